#include "app/cli/SurvivalCommand.h"

#include "app/cli/ExitCode.h"
#include "app/cli/FormattedOutput.h"
#include "app/cli/JsonWriter.h"
#include "app/cli/StudyAccess.h"
#include "app/cli/TableFormatter.h"
#include "core/csv/CsvWriter.h"
#include "core/util/NumberFormat.h"

#include <ostream>

namespace km::cli {

namespace {

constexpr int survivalDecimals = 4;

std::string soortText(const std::string& soort)
{
    return soort == "nieuw_geweld" ? "nieuw geweld" : "nieuwe zorgen";
}

} // namespace

int SurvivalCommand::run(const CliArguments& args, std::ostream& out, std::ostream& err)
{
    const std::unique_ptr<Study> study = StudyAccess::open(args, err);
    if (!study)
        return ExitFailure;
    if (!StudyAccess::checkNames(*study, args, err))
        return ExitUsage;
    const std::string soort = args.soort.value_or("nieuw_geweld");
    const EventSoort eventSoort = soort == "nieuwe_zorgen" ? EventSoort::NieuweZorgen : EventSoort::NieuwGeweld;
    const SurvivalAnalysis analysis(*study);
    std::vector<SurvivalCurve> curves;
    for (const std::string& cohort : args.cohorts.empty() ? study->cohortNames() : args.cohorts)
        curves.push_back(analysis.compute(StudyAccess::selection(args, {cohort}), eventSoort));
    FormattedOutput{[&] { return json(soort, curves); }, [&] { return csv(soort, curves); },
                    [&] { return table(soort, curves); }}
        .write(args, out);
    return ExitOk;
}

std::string SurvivalCommand::json(const std::string& soort, const std::vector<SurvivalCurve>& curves)
{
    JsonWriter json;
    json.beginObject().key("soort").string(soort).key("cohorts").beginArray();
    for (const SurvivalCurve& curve : curves) {
        json.beginObject().key("cohort").string(StudyAccess::cohortLabel(curve.selection)).key("steps").beginArray();
        for (const stats::SurvivalStep& step : curve.steps)
            json.beginObject()
                .key("day").integer(step.day)
                .key("at_risk").integer(step.atRisk)
                .key("events").integer(step.events)
                .key("survival").number(step.survival, survivalDecimals)
                .endObject();
        json.endArray().endObject();
    }
    json.endArray().endObject();
    return json.text() + "\n";
}

std::string SurvivalCommand::csv(const std::string& soort, const std::vector<SurvivalCurve>& curves)
{
    CsvWriter csv;
    csv.row({"soort", "cohort", "day", "at_risk", "events", "survival"});
    for (const SurvivalCurve& curve : curves) {
        const std::string cohort = StudyAccess::cohortLabel(curve.selection);
        for (const stats::SurvivalStep& step : curve.steps)
            csv.text(soort).text(cohort).integer(step.day).integer(step.atRisk).integer(step.events)
                .shortest(step.survival, survivalDecimals).endRow();
    }
    return csv.str();
}

std::string SurvivalCommand::table(const std::string& soort, const std::vector<SurvivalCurve>& curves)
{
    using Align = TableFormatter::Align;
    std::string text = "Tijd tot " + soortText(soort)
        + " (Kaplan-Meier, gecensureerd op het einde van de follow-up)\n";
    if (curves.empty())
        return text + "\nDe studie bevat geen casussen.\n";
    for (const SurvivalCurve& curve : curves) {
        text += "\n" + curve.selection.label() + ": " + std::to_string(curve.cases) + " casussen, "
            + std::to_string(curve.events) + " met " + soortText(soort) + "\n";
        TableFormatter table({Align::Right, Align::Right, Align::Right, Align::Right});
        table.addRow({"dag", "onder observatie", "gebeurtenissen", "zonder " + soortText(soort)});
        for (const stats::SurvivalStep& step : curve.steps)
            table.addRow({std::to_string(step.day), std::to_string(step.atRisk), std::to_string(step.events),
                          NumberFormat::dutch(step.survival * 100, 1) + "%"});
        text += table.render();
    }
    return text;
}

} // namespace km::cli
