#pragma once

#include <cstdint>
#include <vector>

namespace km::stats {

/** One subject: follow-up time in days and whether it ended in the event (else censored). */
struct SurvivalObservation
{
    std::int64_t time = 0;
    bool event = false;
};

/** One step of the Kaplan-Meier curve: at a day with at least one event. */
struct SurvivalStep
{
    std::int64_t day = 0;
    std::int64_t atRisk = 0;     // subjects with time >= day
    std::int64_t events = 0;     // events on that day
    double survival = 1;         // product of (1 - events/atRisk) up to and including day
};

/**
 * Kaplan-Meier product-limit estimate. Subjects censored on an event day count as at risk on
 * that day (the usual convention: events before censorings).
 */
std::vector<SurvivalStep> kaplanMeier(std::vector<SurvivalObservation> observations);

} // namespace km::stats
