#include "app/cli/CompareCommand.h"

#include "app/cli/ExitCode.h"
#include "app/cli/FormattedOutput.h"
#include "app/cli/JsonWriter.h"
#include "app/cli/StudyAccess.h"
#include "app/cli/TableFormatter.h"
#include "core/codebook/IndicatorLabels.h"
#include "core/csv/CsvWriter.h"
#include "core/indicators/IndicatorEngine.h"
#include "core/util/NumberFormat.h"

#include <ostream>

namespace km::cli {

namespace {

constexpr int decimals = 2;          // percentages, differences and intervals
constexpr int pDigits = 4;           // significant digits of p_fisher

std::optional<double> roundedP(const std::optional<double>& p)
{
    return p ? std::optional<double>(NumberFormat::roundSignificant(*p, pDigits)) : std::nullopt;
}

void writeSide(JsonWriter& json, const Proportion& p)
{
    json.beginObject()
        .key("numerator").integer(p.numerator)
        .key("denominator").integer(p.denominator)
        .key("percent").number(p.percent, decimals)
        .endObject();
}

std::string dutchDifference(const std::optional<double>& difference)
{
    if (!difference)
        return "–";
    const std::string text = NumberFormat::dutch(*difference, 1);
    return text[0] == '-' || text == "0,0" ? text : "+" + text;
}

std::string dutchP(const std::optional<double>& p)
{
    if (!p)
        return "";
    return NumberFormat::pValue(*p, ',');
}

// The options that narrow both cohorts, for the table's heading ("" when none).
std::string scopeOf(const CliArguments& args)
{
    std::string scope;
    if (args.regio)
        scope += "regio " + *args.regio;
    if (args.windowMonths)
        scope += (scope.empty() ? "" : ", ") + std::string("recidive binnen ")
            + std::to_string(*args.windowMonths) + (*args.windowMonths == 1 ? " maand" : " maanden");
    return scope;
}

std::string fraction(const Proportion& p)
{
    return std::to_string(p.numerator) + "/" + std::to_string(p.denominator);
}

} // namespace

int CompareCommand::run(const CliArguments& args, std::ostream& out, std::ostream& err)
{
    const std::unique_ptr<Study> study = StudyAccess::open(args, err);
    if (!study)
        return ExitFailure;
    if (!StudyAccess::checkNames(*study, args, err))
        return ExitUsage;
    const IndicatorEngine engine(*study);
    const std::string& a = args.cohorts.at(0);
    const std::string& b = args.cohorts.at(1);
    const std::vector<ProportionDifference> differences = CohortComparison::compare(
        engine.compute(StudyAccess::selection(args, {a})), engine.compute(StudyAccess::selection(args, {b})));
    FormattedOutput{[&] { return json(a, b, differences); }, [&] { return csv(a, b, differences); },
                    [&] { return table(a, b, differences, scopeOf(args)); }}
        .write(args, out);
    return ExitOk;
}

std::string CompareCommand::json(const std::string& a, const std::string& b,
                                 const std::vector<ProportionDifference>& differences)
{
    JsonWriter json;
    json.beginObject().key("a").string(a).key("b").string(b).key("indicators").beginArray();
    for (const ProportionDifference& d : differences) {
        json.beginObject().key("id").string(d.id).key("a");
        writeSide(json, d.a);
        json.key("b");
        writeSide(json, d.b);
        json.key("difference").number(d.difference, decimals).key("ci95");
        if (d.ci95 && d.difference)
            json.beginArray().number(d.ci95->lower, decimals).number(d.ci95->upper, decimals).endArray();
        else
            json.null();
        const std::optional<double> p = roundedP(d.pFisher);
        json.key("p_fisher");
        if (p)
            json.rawNumber(*p);
        else
            json.null();
        json.endObject();
    }
    json.endArray().endObject();
    return json.text() + "\n";
}

std::string CompareCommand::csv(const std::string& a, const std::string& b,
                                const std::vector<ProportionDifference>& differences)
{
    CsvWriter csv;
    csv.row({"a", "b", "id", "a_numerator", "a_denominator", "a_percent", "b_numerator", "b_denominator",
             "b_percent", "difference", "ci95_lower", "ci95_upper", "p_fisher"});
    for (const ProportionDifference& d : differences) {
        const bool ci = d.ci95 && d.difference;
        csv.text(a).text(b).text(d.id).integer(d.a.numerator).integer(d.a.denominator)
            .shortest(d.a.percent, decimals).integer(d.b.numerator).integer(d.b.denominator)
            .shortest(d.b.percent, decimals).shortest(d.difference, decimals)
            .shortest(ci ? std::optional<double>(d.ci95->lower) : std::nullopt, decimals)
            .shortest(ci ? std::optional<double>(d.ci95->upper) : std::nullopt, decimals)
            .exact(roundedP(d.pFisher))
            .endRow();
    }
    return csv.str();
}

std::string CompareCommand::table(const std::string& a, const std::string& b,
                                  const std::vector<ProportionDifference>& differences, const std::string& scope)
{
    using Align = TableFormatter::Align;
    TableFormatter table({Align::Left, Align::Right, Align::Right, Align::Right, Align::Right,
                          Align::Right, Align::Left, Align::Right, Align::Left});
    table.addRow({"Indicator", a, "%", b, "%", "verschil", "95%-BI", "p (Fisher)", ""});
    std::string_view group;
    for (const ProportionDifference& d : differences) {
        if (IndicatorLabels::group(d.id) != group) {
            group = IndicatorLabels::group(d.id);
            table.addBlankLine();
            table.addHeading(IndicatorLabels::groupLabel(group, Language::Dutch));
        }
        table.addRow({IndicatorLabels::label(d.id, Language::Dutch), fraction(d.a),
                      NumberFormat::dutchPercent(d.a.percent), fraction(d.b),
                      NumberFormat::dutchPercent(d.b.percent), dutchDifference(d.difference),
                      NumberFormat::dutchInterval(d.ci95), dutchP(d.pFisher), d.significant() ? "*" : ""});
    }
    return "Vergelijking " + a + " met " + b + (scope.empty() ? "" : ", " + scope) + " (verschil " + a + " - " + b
        + " in procentpunten)\n\n"
        + table.render()
        + "\n* het 95%-betrouwbaarheidsinterval van het verschil bevat 0 niet.\n";
}

} // namespace km::cli
