#pragma once

#include "core/disclosure/SmallCellPolicy.h"
#include "core/indicators/SurvivalAnalysis.h"

namespace km {

/**
 * A Kaplan-Meier curve as it may be published: cut off where fewer than minCell cases are
 * still at risk, as is usual for published survival curves. The last follow-ups beyond the cut
 * are moved to it, so every number at risk up to the cut is still right and none is below
 * minCell, and the longest follow-up (one person's own) is not shown. A curve of fewer than
 * minCell cases, or with fewer than minCell with or without the event, is not published at all
 * (empty): its steps would be single persons' events.
 */
class PublishedCurve
{
public:
    static SurvivalCurve of(const SurvivalCurve& curve, const SmallCellPolicy& policy);
};

} // namespace km
