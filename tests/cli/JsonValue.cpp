#include "tests/cli/JsonValue.h"

#include <charconv>
#include <stdexcept>

namespace km::test {

namespace {

class Parser
{
public:
    explicit Parser(const std::string& text) : text_(text) {}

    JsonValue document()
    {
        JsonValue value = parseValue();
        skipSpace();
        if (pos_ != text_.size())
            fail("trailing text");
        return value;
    }

private:
    [[noreturn]] void fail(const std::string& what) const
    {
        throw std::runtime_error("JSON: " + what + " at offset " + std::to_string(pos_));
    }

    void skipSpace()
    {
        while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\n' || text_[pos_] == '\r' || text_[pos_] == '\t'))
            ++pos_;
    }

    void expect(char c)
    {
        skipSpace();
        if (pos_ >= text_.size() || text_[pos_] != c)
            fail(std::string("expected '") + c + "'");
        ++pos_;
    }

    bool consumeWord(const std::string& word)
    {
        if (text_.compare(pos_, word.size(), word) != 0)
            return false;
        pos_ += word.size();
        return true;
    }

    JsonValue parseValue()
    {
        skipSpace();
        if (pos_ >= text_.size())
            fail("unexpected end");
        JsonValue value;
        const char c = text_[pos_];
        if (c == '{') {
            value.type = JsonValue::Type::Object;
            parseContainer('}', [&] {
                std::string key = parseString();
                expect(':');
                value.members.emplace_back(std::move(key), parseValue());
            });
        } else if (c == '[') {
            value.type = JsonValue::Type::Array;
            parseContainer(']', [&] { value.items.push_back(parseValue()); });
        } else if (c == '"') {
            value.type = JsonValue::Type::String;
            value.text = parseString();
        } else if (consumeWord("null")) {
            value.type = JsonValue::Type::Null;
        } else if (consumeWord("true")) {
            value.type = JsonValue::Type::Bool;
            value.boolean = true;
        } else if (consumeWord("false")) {
            value.type = JsonValue::Type::Bool;
        } else {
            value.type = JsonValue::Type::Number;
            const auto [ptr, ec] = std::from_chars(text_.data() + pos_, text_.data() + text_.size(), value.number);
            if (ec != std::errc())
                fail("bad value");
            pos_ = static_cast<std::size_t>(ptr - text_.data());
        }
        return value;
    }

    template<typename F>
    void parseContainer(char close, F item)
    {
        ++pos_;
        skipSpace();
        if (pos_ < text_.size() && text_[pos_] == close) {
            ++pos_;
            return;
        }
        for (;;) {
            item();
            skipSpace();
            if (pos_ < text_.size() && text_[pos_] == ',') {
                ++pos_;
                continue;
            }
            expect(close);
            return;
        }
    }

    std::string parseString()
    {
        expect('"');
        std::string out;
        while (pos_ < text_.size() && text_[pos_] != '"') {
            char c = text_[pos_++];
            if (static_cast<unsigned char>(c) < 0x20)
                fail("control character in string");
            if (c == '\\') {
                if (pos_ >= text_.size())
                    fail("bad escape");
                c = text_[pos_++];
                if (c == 'n')
                    c = '\n';
                else if (c == 't')
                    c = '\t';
                else if (c == 'r')
                    c = '\r';
                else if (c == 'u') {
                    pos_ += 4;   // only ASCII control characters are escaped this way by the CLI
                    c = '?';
                }
            }
            out += c;
        }
        expect('"');
        return out;
    }

    const std::string& text_;
    std::size_t pos_ = 0;
};

} // namespace

JsonValue JsonValue::parse(const std::string& document)
{
    return Parser(document).document();
}

const JsonValue& JsonValue::operator[](const std::string& key) const
{
    for (const auto& [name, value] : members)
        if (name == key)
            return value;
    throw std::runtime_error("JSON: no member " + key);
}

const JsonValue& JsonValue::byId(const std::string& id) const
{
    for (const JsonValue& item : items)
        if (item.type == Type::Object && item["id"].text == id)
            return item;
    throw std::runtime_error("JSON: no item with id " + id);
}

std::vector<std::string> JsonValue::keys() const
{
    std::vector<std::string> names;
    for (const auto& member : members)
        names.push_back(member.first);
    return names;
}

} // namespace km::test
