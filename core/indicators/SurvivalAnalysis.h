#pragma once

#include "core/indicators/Selection.h"
#include "core/stats/KaplanMeier.h"

#include <cstdint>
#include <string>
#include <vector>

namespace km {

class Study;

/** The kind of event a survival curve waits for. */
enum class EventSoort { NieuwGeweld, NieuweZorgen };

/** A Kaplan-Meier curve for one selection. */
struct SurvivalCurve
{
    Selection selection;
    std::int64_t cases = 0;
    std::int64_t events = 0;
    std::vector<stats::SurvivalStep> steps;
    std::vector<std::int64_t> followUpDays;   // every case's days to its event or censoring, ascending

    /** Cases still at risk on `day` (time >= day): the numbers under a Kaplan-Meier chart. */
    std::int64_t atRisk(std::int64_t day) const;
};

/**
 * Time from melddatum to the first event of one soort, censored at einde_followup, as a
 * Kaplan-Meier curve: the fair view of recidive when follow-up lengths differ.
 */
class SurvivalAnalysis
{
public:
    explicit SurvivalAnalysis(const Study& study);
    SurvivalCurve compute(const Selection& selection, EventSoort soort) const;

private:
    const Study& study_;
};

} // namespace km
