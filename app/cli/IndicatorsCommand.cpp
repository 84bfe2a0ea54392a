#include "app/cli/IndicatorsCommand.h"

#include "app/cli/ExitCode.h"
#include "app/cli/FormattedOutput.h"
#include "app/cli/JsonWriter.h"
#include "app/cli/StudyAccess.h"
#include "app/cli/TableFormatter.h"
#include "core/codebook/IndicatorLabels.h"
#include "core/csv/CsvWriter.h"
#include "core/disclosure/Publication.h"
#include "core/indicators/IndicatorEngine.h"
#include "core/util/NumberFormat.h"

#include <ostream>

namespace km::cli {

namespace {

constexpr int decimals = 2;   // percentages, intervals and statistics in JSON and CSV

void writeProportion(JsonWriter& json, const Proportion& p)
{
    json.beginObject()
        .key("id").string(p.id)
        .key("numerator").integer(p.numerator)
        .key("denominator").integer(p.denominator)
        .key("unknown").integer(p.unknown)
        .key("percent").number(p.percent, decimals)
        .key("ci95");
    if (p.ci95 && p.percent)
        json.beginArray().number(p.ci95->lower, decimals).number(p.ci95->upper, decimals).endArray();
    else
        json.null();
    json.endObject();
}

void writeDistribution(JsonWriter& json, const Distribution& d)
{
    json.beginObject()
        .key("id").string(d.id)
        .key("unit").string(d.unit)
        .key("n").integer(d.n)
        .key("mean").number(d.mean, decimals)
        .key("median").number(d.median, decimals)
        .key("q1").number(d.q1, decimals)
        .key("q3").number(d.q3, decimals)
        .endObject();
}

std::string distributionSummary(const Distribution& d)
{
    if (d.n == 0)
        return "–";
    return "gemiddeld " + NumberFormat::dutch(*d.mean, 1) + ", mediaan " + NumberFormat::dutch(*d.median, 1)
        + " (kwartielen " + NumberFormat::dutch(*d.q1, 1) + " – " + NumberFormat::dutch(*d.q3, 1) + ")";
}

// One group's rows under its heading. The CLI prints what it computed, so the table is unprotected.
void addGroup(TableFormatter& table, const GroupTable& group)
{
    table.addBlankLine();
    table.addHeading(IndicatorLabels::groupLabel(group.group, Language::Dutch));
    for (const PublishedProportion& published : group.proportions) {
        const Proportion& p = published.value;
        table.addRow({IndicatorLabels::label(p.id, Language::Dutch),
                      published.numeratorText + "/" + published.denominatorText, std::to_string(p.unknown),
                      NumberFormat::dutchPercent(p.percent), NumberFormat::dutchInterval(p.ci95)});
    }
    for (const PublishedDistribution& published : group.distributions) {
        const Distribution& d = published.value;
        table.addRow({IndicatorLabels::label(d.id, Language::Dutch) + " ("
                          + IndicatorLabels::unitLabel(d.unit, Language::Dutch) + ")",
                      "n = " + published.nText, "", "", distributionSummary(d)});
    }
}

} // namespace

int IndicatorsCommand::run(const CliArguments& args, std::ostream& out, std::ostream& err)
{
    const std::unique_ptr<Study> study = StudyAccess::open(args, err);
    if (!study)
        return ExitFailure;
    if (!StudyAccess::checkNames(*study, args, err))
        return ExitUsage;
    std::vector<Selection> selections;
    if (args.cohorts.empty()) {
        for (const std::string& cohort : study->cohortNames())
            selections.push_back(StudyAccess::selection(args, {cohort}));
    } else {
        selections.push_back(StudyAccess::selection(args, args.cohorts));
    }
    const std::vector<IndicatorSet> sets = IndicatorEngine(*study).computeAll(selections);
    FormattedOutput{[&] { return json(sets); }, [&] { return csv(sets); }, [&] { return table(sets); }}
        .write(args, out);
    return ExitOk;
}

std::string IndicatorsCommand::json(const std::vector<IndicatorSet>& sets)
{
    JsonWriter json;
    json.beginObject().key("cohorts").beginArray();
    for (const IndicatorSet& set : sets) {
        json.beginObject()
            .key("cohort").string(StudyAccess::cohortLabel(set.selection))
            .key("cases").integer(set.cases)
            .key("indicators").beginArray();
        for (const Proportion& p : set.proportions)
            writeProportion(json, p);
        json.endArray().key("distributions").beginArray();
        for (const Distribution& d : set.distributions)
            writeDistribution(json, d);
        json.endArray().endObject();
    }
    json.endArray().endObject();
    return json.text() + "\n";
}

std::string IndicatorsCommand::csv(const std::vector<IndicatorSet>& sets)
{
    CsvWriter csv;
    csv.row({"cohort", "cases", "id", "unit", "numerator", "denominator", "unknown", "percent", "ci95_lower",
             "ci95_upper", "n", "mean", "median", "q1", "q3"});
    for (const IndicatorSet& set : sets) {
        const std::string cohort = StudyAccess::cohortLabel(set.selection);
        for (const Proportion& p : set.proportions) {
            const bool ci = p.ci95 && p.percent;
            csv.text(cohort).integer(set.cases).text(p.id).empty().integer(p.numerator).integer(p.denominator)
                .integer(p.unknown).shortest(p.percent, decimals)
                .shortest(ci ? std::optional<double>(p.ci95->lower) : std::nullopt, decimals)
                .shortest(ci ? std::optional<double>(p.ci95->upper) : std::nullopt, decimals)
                .empty().empty().empty().empty().empty().endRow();
        }
        for (const Distribution& d : set.distributions)
            csv.text(cohort).integer(set.cases).text(d.id).text(d.unit).empty().empty().empty().empty().empty()
                .empty().integer(d.n).shortest(d.mean, decimals).shortest(d.median, decimals)
                .shortest(d.q1, decimals).shortest(d.q3, decimals).endRow();
    }
    return csv.str();
}

std::string IndicatorsCommand::table(const std::vector<IndicatorSet>& sets)
{
    using Align = TableFormatter::Align;
    std::string text;
    if (sets.empty())
        return "De studie bevat geen casussen.\n";
    for (const IndicatorSet& set : sets) {
        if (!text.empty())
            text += "\n";
        text += set.selection.label() + ": " + std::to_string(set.cases)
            + (set.cases == 1 ? " casus\n" : " casussen\n");
        TableFormatter table({Align::Left, Align::Right, Align::Right, Align::Right, Align::Left});
        table.addBlankLine();
        table.addRow({"Indicator", "n/N", "onbekend", "%", "95%-BI"});
        const Publication unprotected = Publication::of({set}, SmallCellPolicy::none());
        for (const GroupTable& group : unprotected.selections[0].tables)
            addGroup(table, group);
        text += table.render();
    }
    return text;
}

} // namespace km::cli
