#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace km::test {

/**
 * A parsed JSON value for the tests, keeping object keys in document order (the CLI's key order
 * is part of its contract). Strict enough to reject what a JSON parser would reject.
 */
struct JsonValue
{
    enum class Type { Null, Bool, Number, String, Array, Object };

    Type type = Type::Null;
    bool boolean = false;
    double number = 0;
    std::string text;
    std::vector<JsonValue> items;                              // Array
    std::vector<std::pair<std::string, JsonValue>> members;   // Object, in order

    /** Parses a whole document; throws std::runtime_error on malformed input. */
    static JsonValue parse(const std::string& document);

    bool isNull() const { return type == Type::Null; }
    /** The member `key` of an object; throws when absent. */
    const JsonValue& operator[](const std::string& key) const;
    const JsonValue& operator[](std::size_t index) const { return items.at(index); }
    std::vector<std::string> keys() const;
    /** The item of an array whose "id" member is `id`; throws when there is none. */
    const JsonValue& byId(const std::string& id) const;
    std::size_t size() const { return type == Type::Object ? members.size() : items.size(); }
};

} // namespace km::test
