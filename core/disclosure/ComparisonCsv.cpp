#include "core/disclosure/ComparisonCsv.h"

#include "core/csv/CsvWriter.h"
#include "core/disclosure/GroupCsv.h"

namespace km {

namespace {

constexpr int decimals = 2;
constexpr int pDecimals = 4;

void addSide(CsvWriter& csv, const PublishedProportion& p)
{
    if (p.suppressed)
        csv.text(p.numeratorText);
    else
        csv.integer(p.value.numerator);
    csv.text(p.denominatorText).number(p.value.percent, decimals);
}

} // namespace

std::string ComparisonCsv::write(const std::vector<PublishedDifference>& rows, const std::string& selection,
                                 const std::string& protection, Language language, CsvDialect dialect)
{
    CsvWriter csv(dialect);
    GroupCsv::heading(csv, selection, protection, language);
    csv.row({"id", "indicator", "a_teller", "a_noemer", "a_percent", "b_teller", "b_noemer", "b_percent", "verschil",
             "ci95_onder", "ci95_boven", "p_fisher", "onderdrukt"});
    for (const PublishedDifference& d : rows) {
        csv.text(d.value.id).text(IndicatorLabels::label(d.value.id, language));
        addSide(csv, d.a);
        addSide(csv, d.b);
        csv.number(d.value.difference, decimals)
            .number(d.value.ci95 ? std::optional<double>(d.value.ci95->lower) : std::nullopt, decimals)
            .number(d.value.ci95 ? std::optional<double>(d.value.ci95->upper) : std::nullopt, decimals)
            .number(d.value.pFisher, pDecimals)
            .integer(d.suppressed ? 1 : 0)
            .endRow();
    }
    return csv.str();
}

} // namespace km
