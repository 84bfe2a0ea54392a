#include "core/import/FieldConverter.h"

#include "core/import/IdentifierGuard.h"
#include "core/util/Day.h"
#include "core/util/ValueParser.h"

#include <algorithm>

namespace km {

namespace {

std::string joined(const std::vector<std::string>& values)
{
    std::string text;
    for (const std::string& v : values)
        text += (text.empty() ? "" : ", ") + v;
    return text;
}

bool allDigits(std::string_view text)
{
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// True when the text has the shape of a codebook date (D-M-YYYY or YYYY-MM-DD), so that a
// failed parse means the date does not exist rather than that it is written wrongly.
bool looksLikeDate(std::string_view text)
{
    const std::size_t first = text.find('-');
    const std::size_t second = first == std::string_view::npos ? first : text.find('-', first + 1);
    if (second == std::string_view::npos || text.find('-', second + 1) != std::string_view::npos)
        return false;
    const std::string_view a = text.substr(0, first);
    const std::string_view b = text.substr(first + 1, second - first - 1);
    const std::string_view c = text.substr(second + 1);
    if (!allDigits(a) || !allDigits(b) || !allDigits(c) || b.size() > 2)
        return false;
    return (a.size() == 4 && b.size() == 2 && c.size() == 2) || (a.size() <= 2 && c.size() == 4);
}

// The code's index; files mostly hold the codes exactly as the codebook writes them, which is
// checked first, before the case-insensitive match that needs a lower-cased copy.
std::optional<int> codeOf(const FieldSpec& field, std::string_view code)
{
    for (std::size_t i = 0; i < field.values.size(); ++i)
        if (field.values[i] == code)
            return static_cast<int>(i);
    return field.codeIndex(code);
}

} // namespace

std::string FieldConverter::expectation(const FieldSpec& field)
{
    switch (field.type) {
    case FieldType::Text: return "verwacht een waarde";
    case FieldType::Date: return "verwacht een datum (JJJJ-MM-DD of DD-MM-JJJJ)";
    case FieldType::Number: return "verwacht een getal (bijvoorbeeld 2,5 of 2.5)";
    case FieldType::YesNo: return "verwacht ja of nee";
    case FieldType::Enum: return "verwacht een van: " + joined(field.values);
    case FieldType::Multi: return "verwacht een of meer van: " + joined(field.values) + " (gescheiden door |)";
    }
    return {};
}

FieldConverter::Result FieldConverter::convert(const FieldSpec& field, std::string_view text)
{
    const std::string_view trimmed = ValueParser::trim(text);
    if (trimmed.empty())
        return {};
    switch (field.type) {
    case FieldType::Text:
        return {trimmed, {}};
    case FieldType::Date:
        return date(field, trimmed);
    case FieldType::Number:
        return number(field, trimmed);
    case FieldType::YesNo:
        if (auto yes = ValueParser::yesNo(trimmed))
            return {std::int64_t{*yes ? 1 : 0}, {}};
        return {{}, expectation(field)};
    case FieldType::Enum:
        if (auto code = codeOf(field, trimmed))
            return {std::int64_t{*code}, {}};
        return {{}, expectation(field)};
    case FieldType::Multi:
        return multi(field, trimmed);
    }
    return {};
}

FieldConverter::Result FieldConverter::date(const FieldSpec& field, std::string_view text)
{
    if (auto day = days::parse(text))
        return {std::int64_t{*day}, {}};
    if (looksLikeDate(text))
        return {{}, "deze datum bestaat niet; " + expectation(field)};
    return {{}, expectation(field)};
}

FieldConverter::Result FieldConverter::number(const FieldSpec& field, std::string_view text)
{
    if (auto value = ValueParser::number(text))
        return {*value, {}};
    if (std::count_if(text.begin(), text.end(), [](char c) { return c == '.' || c == ','; }) > 1)
        return {{}, "getal met meer dan één scheidingsteken (duizendtallen?); verwacht een getal met "
                    "alleen een decimaalteken (bijvoorbeeld 1234,5 of 2.5)"};
    return {{}, expectation(field)};
}

FieldConverter::Result FieldConverter::multi(const FieldSpec& field, std::string_view text)
{
    std::int64_t mask = 0;
    std::size_t start = 0;
    while (true) {
        const std::size_t bar = text.find('|', start);
        const std::string_view part = ValueParser::trim(text.substr(start, bar == std::string_view::npos ? bar : bar - start));
        if (part.empty())
            return {{}, "lege waarde tussen de |-tekens; " + expectation(field)};
        const auto code = codeOf(field, part);
        if (!code)
            return {{}, "onbekende waarde " + IdentifierGuard::shown(part) + "; " + expectation(field)};
        mask |= std::int64_t{1} << *code;
        if (bar == std::string_view::npos)
            return {mask, {}};
        start = bar + 1;
    }
}

} // namespace km
