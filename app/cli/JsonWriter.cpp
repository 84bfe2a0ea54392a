#include "app/cli/JsonWriter.h"

#include "core/util/NumberFormat.h"

#include <cmath>

namespace km::cli {

void JsonWriter::beforeValue()
{
    if (afterKey_) {
        afterKey_ = false;
        return;
    }
    if (!hasItems_.empty()) {
        if (hasItems_.back())
            text_ += ',';
        hasItems_.back() = true;
    }
}

void JsonWriter::open(char bracket)
{
    beforeValue();
    text_ += bracket;
    hasItems_.push_back(false);
}

void JsonWriter::close(char bracket)
{
    text_ += bracket;
    if (!hasItems_.empty())
        hasItems_.pop_back();
}

JsonWriter& JsonWriter::beginObject()
{
    open('{');
    return *this;
}

JsonWriter& JsonWriter::endObject()
{
    close('}');
    return *this;
}

JsonWriter& JsonWriter::beginArray()
{
    open('[');
    return *this;
}

JsonWriter& JsonWriter::endArray()
{
    close(']');
    return *this;
}

JsonWriter& JsonWriter::key(std::string_view name)
{
    string(name);
    text_ += ':';
    afterKey_ = true;
    return *this;
}

JsonWriter& JsonWriter::string(std::string_view value)
{
    beforeValue();
    static constexpr char hex[] = "0123456789abcdef";
    text_ += '"';
    for (const char c : value) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            text_ += '\\';
            text_ += c;
        } else if (c == '\n') {
            text_ += "\\n";
        } else if (c == '\r') {
            text_ += "\\r";
        } else if (c == '\t') {
            text_ += "\\t";
        } else if (byte < 0x20) {
            text_ += "\\u00";
            text_ += hex[byte >> 4];
            text_ += hex[byte & 0xf];
        } else {
            text_ += c;   // UTF-8 passes through unchanged
        }
    }
    text_ += '"';
    return *this;
}

JsonWriter& JsonWriter::integer(std::int64_t value)
{
    beforeValue();
    text_ += std::to_string(value);
    return *this;
}

JsonWriter& JsonWriter::number(double value, int decimals)
{
    return rawNumber(NumberFormat::roundDecimals(value, decimals));
}

JsonWriter& JsonWriter::number(const std::optional<double>& value, int decimals)
{
    return value ? number(*value, decimals) : null();
}

JsonWriter& JsonWriter::rawNumber(double value)
{
    if (!std::isfinite(value))
        return null();   // JSON has no NaN or infinity
    beforeValue();
    text_ += NumberFormat::shortest(value);
    return *this;
}

JsonWriter& JsonWriter::null()
{
    beforeValue();
    text_ += "null";
    return *this;
}

} // namespace km::cli
