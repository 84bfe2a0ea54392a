#include "ui/models/IndicatorNotes.h"

QString IndicatorNotes::forGroup(const std::string& group)
{
    if (group == "kenmerken")
        return tr("Each percentage is out of the cases with a known value for that characteristic; empty "
                  "values are counted as unknown. A case can have several directions and kinds of violence, "
                  "so those percentages do not add up to 100%. The length of the history of violence is in "
                  "years, for the cases with a known history.");
    if (group == "recidive")
        return tr("New violence and new concerns: cases with at least one such event in the window after "
                  "the report, out of all cases in the selection. A case followed up for a shorter time still "
                  "counts; the Survival view gives the fair comparison. Known to one party: cases whose events "
                  "in the window were all known only to Veilig Thuis or only to the care providers, out of the "
                  "cases with at least one event.");
    if (group == "uitval")
        return tr("Stopped early: trajectories ended early by the client or the provider, out of the "
                  "trajectories that ended. Cases: cases with at least one trajectory that ended early, out of "
                  "the cases with at least one ended trajectory. Completed: trajectories completed as planned, "
                  "out of those that started. Never started: out of the trajectories with a known outcome.");
    if (group == "regie")
        return tr("Case coordination: one party held case coordination, out of the cases with a known value. "
                  "Coordination between trajectories only counts cases with two or more trajectories.");
    if (group == "plannen")
        return tr("A plan counts when all parties knew it; a case without a plan counts as not known. Out of "
                  "the cases with a known value.");
    if (group == "hulp")
        return tr("Cases with at least one trajectory aimed at the risk factor, out of the cases with at least "
                  "one trajectory with known risk factors. A case can have several.");
    if (group == "snelheid")
        return tr("Days from the report to the handover by Veilig Thuis, and to the first start of help on or "
                  "after the report (help that was already running does not count). Box: quartiles; thick "
                  "line: median; diamond: mean; whiskers: minimum and maximum.");
    return {};
}
