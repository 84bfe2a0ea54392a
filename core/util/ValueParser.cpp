#include "core/util/ValueParser.h"

#include <array>
#include <charconv>
#include <string>

namespace km {

namespace {

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Length of the run of digits at the start of `text`.
std::size_t digitRun(std::string_view text)
{
    std::size_t n = 0;
    while (n < text.size() && isDigit(text[n]))
        ++n;
    return n;
}

} // namespace

// Shape checked before conversion: [-]digits[(.|,)digits]. Digits are required on both sides
// of the separator (`.5`, `2.` are rejected): nobody's spreadsheet writes them, and a lone
// separator is more often a fragment of a grouped number than a deliberate value.
// Surrounding whitespace is ignored, like everywhere else in a cell.
std::optional<double> ValueParser::number(std::string_view text)
{
    text = trim(text);
    std::size_t pos = (!text.empty() && text.front() == '-') ? 1 : 0;
    const std::size_t intDigits = digitRun(text.substr(pos));
    if (intDigits == 0)
        return std::nullopt;
    pos += intDigits;

    std::string normalized(text);
    if (pos < text.size()) {
        if (text[pos] != '.' && text[pos] != ',')
            return std::nullopt;
        normalized[pos] = '.';
        const std::size_t fracDigits = digitRun(text.substr(pos + 1));
        if (fracDigits == 0 || pos + 1 + fracDigits != text.size())
            return std::nullopt;
    }

    double value = 0.0;
    const char* end = normalized.data() + normalized.size();
    const auto [ptr, ec] = std::from_chars(normalized.data(), end, value, std::chars_format::fixed);
    if (ec != std::errc{} || ptr != end)
        return std::nullopt;
    return value;
}

std::optional<bool> ValueParser::yesNo(std::string_view text)
{
    static const std::array<std::string_view, 5> yes{"ja", "j", "1", "true", "yes"};
    static const std::array<std::string_view, 5> no{"nee", "n", "0", "false", "no"};
    const std::string word = lower(trim(text));
    for (std::string_view candidate : yes)
        if (word == candidate)
            return true;
    for (std::string_view candidate : no)
        if (word == candidate)
            return false;
    return std::nullopt;
}

std::string_view ValueParser::trim(std::string_view text)
{
    while (!text.empty() && isAsciiSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isAsciiSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

std::string ValueParser::lower(std::string_view text)
{
    std::string result(text);
    for (char& c : result)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return result;
}

} // namespace km
