#pragma once

#include "core/cases/ChainEvent.h"
#include "core/cases/ChainTrajectory.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace km {

/**
 * The reconstruction of one case, as the case chain view draws it: its dates from melding to
 * the end of follow-up, its trajectories (by start date) and its events (by date). A value,
 * read in one go for one case.
 */
struct CaseChain
{
    std::int64_t id = 0;
    std::string casusId;
    std::string cohort;
    std::string regio;
    Day melddatum = 0;
    std::optional<Day> datumOverdracht;
    Day eindeFollowup = 0;
    std::optional<bool> casusregie;
    std::optional<bool> afstemming;
    std::vector<ChainTrajectory> trajectories;
    std::vector<ChainEvent> events;
};

} // namespace km
