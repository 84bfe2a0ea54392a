#pragma once

#include "core/disclosure/GroupTable.h"
#include "core/indicators/CohortComparison.h"

#include <vector>

namespace km {

/**
 * A difference between two selections as it may be published: both sides masked by the policy,
 * and the difference, its interval and p-value left out when either side is suppressed (next to
 * a withheld count they would give it away). Reports and the Compare tab's exports use it.
 */
struct PublishedDifference
{
    ProportionDifference value;   // difference, ci95 and pFisher absent when suppressed
    PublishedProportion a;
    PublishedProportion b;
    bool suppressed = false;      // either side is

    static std::vector<PublishedDifference> build(const std::vector<ProportionDifference>& differences,
                                                  const SmallCellPolicy& policy);
};

} // namespace km
