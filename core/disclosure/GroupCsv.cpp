#include "core/disclosure/GroupCsv.h"

#include "core/csv/CsvWriter.h"

namespace km {

namespace {

constexpr int decimals = 2;

// A count as a number, or its mark ("<5", "x") as text.
void count(CsvWriter& csv, std::int64_t value, const std::string& text)
{
    if (text == std::to_string(value))
        csv.integer(value);
    else
        csv.text(text);
}

void addProportion(CsvWriter& csv, const std::string& selection, const std::string& group,
                   const PublishedProportion& p, Language language)
{
    const Proportion& v = p.value;
    csv.text(selection).text(group).text(v.id).text(IndicatorLabels::label(v.id, language));
    // A suppressed count is the mark ("<5", "> 38"), any other a number.
    if (p.suppressed)
        csv.text(p.numeratorText);
    else
        csv.integer(v.numerator);
    count(csv, v.denominator, p.denominatorText);
    count(csv, v.unknown, p.unknownText);
    csv.number(v.percent, decimals)
        .number(v.ci95 ? std::optional<double>(v.ci95->lower) : std::nullopt, decimals)
        .number(v.ci95 ? std::optional<double>(v.ci95->upper) : std::nullopt, decimals);
    csv.empty().empty().empty().empty().empty().empty().integer(p.suppressed ? 1 : 0).endRow();
}

void addDistribution(CsvWriter& csv, const std::string& selection, const std::string& group,
                     const PublishedDistribution& d, Language language)
{
    const Distribution& v = d.value;
    csv.text(selection).text(group).text(v.id).text(IndicatorLabels::label(v.id, language));
    csv.empty().empty().empty().empty().empty().empty().text(v.unit);
    if (d.suppressed)
        csv.text(d.nText);
    else
        csv.integer(v.n);
    csv.number(v.mean, decimals).number(v.median, decimals).number(v.q1, decimals).number(v.q3, decimals)
        .integer(d.suppressed ? 1 : 0).endRow();
}

} // namespace

void GroupCsv::heading(CsvWriter& csv, const std::string& selection, const std::string& protection, Language language)
{
    const bool dutch = language == Language::Dutch;
    csv.text(dutch ? "selectie" : "selection").text(selection).endRow();
    csv.text(dutch ? "afscherming" : "protection").text(protection).endRow();
    csv.endRow();
}

std::string GroupCsv::write(const std::vector<Part>& parts, const std::string& selection,
                            const std::string& protection, Language language, CsvDialect dialect, Rows rows)
{
    CsvWriter csv(dialect);
    heading(csv, selection, protection, language);
    csv.row({"selectie", "groep", "id", "indicator", "teller", "noemer", "onbekend", "percent", "ci95_onder",
             "ci95_boven", "eenheid", "n", "gemiddelde", "mediaan", "q1", "q3", "onderdrukt"});
    for (const Part& part : parts) {
        if (rows != Rows::Distributions)
            for (const PublishedProportion& p : part.table->proportions)
                addProportion(csv, part.selection, part.table->group, p, language);
        if (rows != Rows::Proportions)
            for (const PublishedDistribution& d : part.table->distributions)
                addDistribution(csv, part.selection, part.table->group, d, language);
    }
    return csv.str();
}

} // namespace km
