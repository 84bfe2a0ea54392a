#include "app/cli/IndicatorsCommand.h"

#include "app/cli/CsvWriter.h"
#include "app/cli/ExitCode.h"
#include "app/cli/FormattedOutput.h"
#include "app/cli/JsonWriter.h"
#include "app/cli/NumberFormat.h"
#include "app/cli/StudyAccess.h"
#include "app/cli/TableFormatter.h"
#include "core/codebook/IndicatorLabels.h"
#include "core/indicators/IndicatorEngine.h"

#include <algorithm>
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

// The groups of a set in reading order: the known ones first, then any other in order of appearance.
std::vector<std::string> groupsOf(const IndicatorSet& set)
{
    std::vector<std::string> groups = IndicatorLabels::groups();
    const auto add = [&](const std::string& id) {
        const std::string group(IndicatorLabels::group(id));
        if (std::find(groups.begin(), groups.end(), group) == groups.end())
            groups.push_back(group);
    };
    for (const Proportion& p : set.proportions)
        add(p.id);
    for (const Distribution& d : set.distributions)
        add(d.id);
    return groups;
}

std::string distributionSummary(const Distribution& d)
{
    if (d.n == 0)
        return "–";
    return "gemiddeld " + NumberFormat::dutch(*d.mean, 1) + ", mediaan " + NumberFormat::dutch(*d.median, 1)
        + " (kwartielen " + NumberFormat::dutch(*d.q1, 1) + " – " + NumberFormat::dutch(*d.q3, 1) + ")";
}

// One group's rows under its heading; nothing at all when the set has no indicator of the group.
void addGroup(TableFormatter& table, const IndicatorSet& set, const std::string& group)
{
    const auto inGroup = [&](const std::string& id) { return IndicatorLabels::group(id) == group; };
    bool headed = false;
    const auto addRow = [&](std::vector<std::string> cells) {
        if (!headed) {
            table.addBlankLine();
            table.addHeading(IndicatorLabels::groupLabel(group, Language::Dutch));
            headed = true;
        }
        table.addRow(std::move(cells));
    };
    for (const Proportion& p : set.proportions) {
        if (inGroup(p.id))
            addRow({IndicatorLabels::label(p.id, Language::Dutch),
                    std::to_string(p.numerator) + "/" + std::to_string(p.denominator),
                    std::to_string(p.unknown), NumberFormat::dutchPercent(p.percent),
                    NumberFormat::dutchInterval(p.ci95)});
    }
    for (const Distribution& d : set.distributions) {
        if (inGroup(d.id))
            addRow({IndicatorLabels::label(d.id, Language::Dutch) + " ("
                        + IndicatorLabels::unitLabel(d.unit, Language::Dutch) + ")",
                    "n = " + std::to_string(d.n), "", "", distributionSummary(d)});
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
    std::string text = CsvWriter::row({"cohort", "cases", "id", "unit", "numerator", "denominator",
                                       "unknown", "percent", "ci95_lower", "ci95_upper", "n", "mean",
                                       "median", "q1", "q3"});
    const auto num = [](const std::optional<double>& v) { return NumberFormat::shortestOrEmpty(v, decimals); };
    for (const IndicatorSet& set : sets) {
        const std::string cohort = StudyAccess::cohortLabel(set.selection);
        const std::string cases = std::to_string(set.cases);
        for (const Proportion& p : set.proportions) {
            const bool ci = p.ci95 && p.percent;
            text += CsvWriter::row({cohort, cases, p.id, "", std::to_string(p.numerator),
                                    std::to_string(p.denominator), std::to_string(p.unknown),
                                    num(p.percent), ci ? num(p.ci95->lower) : "", ci ? num(p.ci95->upper) : "",
                                    "", "", "", "", ""});
        }
        for (const Distribution& d : set.distributions)
            text += CsvWriter::row({cohort, cases, d.id, d.unit, "", "", "", "", "", "",
                                    std::to_string(d.n), num(d.mean), num(d.median), num(d.q1), num(d.q3)});
    }
    return text;
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
        for (const std::string& group : groupsOf(set))
            addGroup(table, set, group);
        text += table.render();
    }
    return text;
}

} // namespace km::cli
