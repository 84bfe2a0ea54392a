#include "core/indicators/SurvivalAnalysis.h"

#include "core/codebook/Codebook.h"
#include "core/db/Study.h"
#include "core/indicators/CaseScan.h"

#include <algorithm>
#include <optional>

namespace km {

namespace {

std::int64_t soortCode(EventSoort soort)
{
    const FieldSpec& field = Codebook::table(TableKind::Gebeurtenissen).field("soort");
    return field.codeIndex(soort == EventSoort::NieuwGeweld ? "nieuw_geweld" : "nieuwe_zorgen").value();
}

} // namespace

std::int64_t SurvivalCurve::atRisk(std::int64_t day) const
{
    return followUpDays.end() - std::lower_bound(followUpDays.begin(), followUpDays.end(), day);
}

SurvivalAnalysis::SurvivalAnalysis(const Study& study)
    : study_(study)
{
}

SurvivalCurve SurvivalAnalysis::compute(const Selection& selection, EventSoort soort) const
{
    const std::int64_t code = soortCode(soort);
    SurvivalCurve curve;
    curve.selection = selection;
    std::vector<stats::SurvivalObservation> observations;
    // Follow-up is the whole observation period, so the selection's window plays no part.
    CaseScan(study_.db(), selection, false)
        .run([&](const CaseScan::Case& c, std::span<const CaseScan::Trajectory>,
                 std::span<const CaseScan::Event> events) {
            std::optional<Day> first;   // events are in case order only, not by date
            for (const CaseScan::Event& e : events)
                if (e.soort == code && e.datum > c.melddatum && e.datum <= c.eindeFollowup
                    && (!first || e.datum < *first))
                    first = e.datum;
            observations.push_back({(first ? *first : c.eindeFollowup) - c.melddatum, first.has_value()});
            if (first)
                ++curve.events;
        });
    curve.cases = static_cast<std::int64_t>(observations.size());
    for (const stats::SurvivalObservation& o : observations)
        curve.followUpDays.push_back(o.time);
    std::sort(curve.followUpDays.begin(), curve.followUpDays.end());
    curve.steps = stats::kaplanMeier(std::move(observations));
    return curve;
}

} // namespace km
