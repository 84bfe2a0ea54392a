#pragma once

#include "core/util/Day.h"

#include <cstdint>
#include <optional>
#include <string>

namespace km {

/**
 * One line of the case list: the case's key fields and how many trajectories and events it
 * has. A value read in pages, so a list of a million cases never holds more than a few pages.
 */
struct CaseRow
{
    std::int64_t id = 0;                 // row id in the study (cases.id)
    std::string casusId;
    std::string cohort;
    std::string regio;                   // empty = unknown
    Day melddatum = 0;
    std::optional<Day> datumOverdracht;
    Day eindeFollowup = 0;
    std::int64_t trajectories = 0;
    std::int64_t events = 0;
    std::optional<bool> casusregie;
};

} // namespace km
