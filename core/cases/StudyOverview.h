#pragma once

#include "core/db/Study.h"

#include <cstdint>
#include <string>
#include <vector>

namespace km {

/**
 * What the desktop program offers to choose from in a study: its cohorts with their case counts
 * (by name), its distinct non-empty regions (by name) and the number of cases. Read in one pass
 * over the cohort index, so opening a study of a million cases reads it once, not per view.
 */
struct StudyOverview
{
    std::vector<CohortInfo> cohorts;
    std::vector<std::string> regions;
    std::int64_t cases = 0;
};

} // namespace km
