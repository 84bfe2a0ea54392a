#include "core/disclosure/GroupCsv.h"

#include <charconv>
#include <cmath>
#include <vector>

namespace km {

namespace {

constexpr int decimals = 2;

std::string row(const std::vector<std::string>& fields)
{
    std::string line;
    for (std::size_t i = 0; i < fields.size(); ++i)
        line += (i ? "," : "") + GroupCsv::field(fields[i]);
    return line + "\n";
}

} // namespace

std::string GroupCsv::field(const std::string& text)
{
    if (text.find_first_of(",\"\r\n") == std::string::npos)
        return text;
    std::string quoted = "\"";
    for (const char c : text)
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

std::string GroupCsv::fixed(const std::optional<double>& value, int places)
{
    if (!value)
        return {};
    char buffer[64];
    // Round half away from zero first, so the text never depends on the binary tie-breaking of to_chars.
    const double scale = std::pow(10.0, places);
    double rounded = std::round(*value * scale) / scale;
    if (rounded == 0)
        rounded = 0;   // no "-0.00"
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, rounded, std::chars_format::fixed, places);
    return std::string(buffer, result.ptr);
}

std::string GroupCsv::write(const GroupTable& table, const std::string& selection, Language language)
{
    std::string text = row({"selectie", "groep", "id", "indicator", "teller", "noemer", "onbekend", "percent",
                            "ci95_onder", "ci95_boven", "eenheid", "n", "gemiddelde", "mediaan", "q1", "q3",
                            "onderdrukt"});
    for (const PublishedProportion& p : table.proportions) {
        const Proportion& v = p.value;
        text += row({selection, table.group, v.id, IndicatorLabels::label(v.id, language), p.numeratorText,
                     p.denominatorText, p.unknownText, fixed(v.percent, decimals),
                     v.ci95 ? fixed(v.ci95->lower, decimals) : "", v.ci95 ? fixed(v.ci95->upper, decimals) : "",
                     "", "", "", "", "", "", p.suppressed ? "1" : "0"});
    }
    for (const PublishedDistribution& d : table.distributions) {
        const Distribution& v = d.value;
        text += row({selection, table.group, v.id, IndicatorLabels::label(v.id, language), "", "", "", "", "", "",
                     v.unit, d.nText, fixed(v.mean, decimals), fixed(v.median, decimals),
                     fixed(v.q1, decimals), fixed(v.q3, decimals), d.suppressed ? "1" : "0"});
    }
    return text;
}

} // namespace km
