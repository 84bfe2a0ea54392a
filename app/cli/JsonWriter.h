#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace km::cli {

/**
 * Writes compact JSON in the order the calls are made (the CLI's output shapes are a contract
 * other tools parse, keys in a fixed order), inserting the commas itself. Numbers go through
 * NumberFormat, so a double prints in its shortest form.
 */
class JsonWriter
{
public:
    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    JsonWriter& key(std::string_view name);
    JsonWriter& string(std::string_view text);
    JsonWriter& integer(std::int64_t number);
    /** The number rounded to `decimals` decimals. */
    JsonWriter& number(double value, int decimals);
    /** The number rounded to `decimals` decimals, or null when absent. */
    JsonWriter& number(const std::optional<double>& value, int decimals);
    /** A number already rounded as the caller wants it, printed shortest. */
    JsonWriter& rawNumber(double value);
    JsonWriter& null();

    const std::string& text() const { return text_; }

private:
    void beforeValue();
    void open(char bracket);
    void close(char bracket);

    std::string text_;
    std::vector<bool> hasItems_;   // per open container: something was written already
    bool afterKey_ = false;
};

} // namespace km::cli
