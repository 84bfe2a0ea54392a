#pragma once

#include "core/db/Study.h"

#include <cstdint>
#include <string>
#include <vector>

namespace km {

/**
 * What the desktop program offers to choose from in a study: its cohorts (by name), its distinct
 * non-empty regions (by name) and the number of cases. Read once per study, not per view.
 */
struct StudyOverview
{
    std::vector<std::string> cohorts;
    std::vector<std::string> regions;
    std::int64_t cases = 0;
};

} // namespace km
