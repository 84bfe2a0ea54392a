#pragma once

#include "core/disclosure/GroupTable.h"
#include "core/disclosure/Publication.h"
#include "core/indicators/CohortComparison.h"

#include <vector>

namespace km {

/**
 * A difference between two selections as it may be published: each side exactly as its
 * published table shows it (Publication: primary and secondary suppression, rounding), and the
 * difference, its interval and p-value left out when either side is suppressed (next to a
 * withheld count they would give it away). Reports and the Compare tab's exports use it.
 */
struct PublishedDifference
{
    ProportionDifference value;   // difference, ci95 and pFisher absent when suppressed
    PublishedProportion a;
    PublishedProportion b;
    bool suppressed = false;      // either side is

    /**
     * The differences of the indicators both selections publish a row of, computed from the
     * published figures (with rounding, the exact counts must not come back through the test).
     */
    static std::vector<PublishedDifference> build(const PublishedSelection& a, const PublishedSelection& b);

    /** The researcher's own differences, nothing hidden (the Compare tab on screen). */
    static std::vector<PublishedDifference> unprotected(const std::vector<ProportionDifference>& differences);
};

} // namespace km
