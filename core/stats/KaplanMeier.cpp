#include "core/stats/KaplanMeier.h"

#include <algorithm>

namespace km::stats {

std::vector<SurvivalStep> kaplanMeier(std::vector<SurvivalObservation> observations)
{
    std::sort(observations.begin(), observations.end(),
              [](const SurvivalObservation& l, const SurvivalObservation& r) { return l.time < r.time; });

    std::vector<SurvivalStep> steps;
    double survival = 1;
    auto atRisk = static_cast<std::int64_t>(observations.size());
    for (auto it = observations.begin(); it != observations.end();) {
        const std::int64_t day = it->time;
        std::int64_t events = 0;
        std::int64_t leaving = 0;
        for (; it != observations.end() && it->time == day; ++it) {
            events += it->event ? 1 : 0;
            ++leaving;
        }
        if (events > 0) {
            survival *= 1 - static_cast<double>(events) / static_cast<double>(atRisk);
            steps.push_back({day, atRisk, events, survival});
        }
        atRisk -= leaving;
    }
    return steps;
}

} // namespace km::stats
