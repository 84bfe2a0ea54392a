#include "core/disclosure/PublishedCurve.h"

#include <algorithm>

namespace km {

SurvivalCurve PublishedCurve::of(const SurvivalCurve& curve, const SmallCellPolicy& policy)
{
    if (!policy.active())
        return curve;
    SurvivalCurve published = curve;
    const auto n = static_cast<std::int64_t>(curve.followUpDays.size());
    if (n < policy.minCell || curve.events < policy.minCell || n - curve.events < policy.minCell) {
        // Each step of such a curve would be one person's event, and the legend's count a small number.
        published.steps.clear();
        published.followUpDays.clear();
        published.events = 0;
        published.cases = 0;
        return published;
    }
    // atRisk(cut) = n - (index of the first follow-up >= cut) >= minCell.
    const std::int64_t cut = curve.followUpDays[static_cast<std::size_t>(n - policy.minCell)];
    published.steps.erase(std::remove_if(published.steps.begin(), published.steps.end(),
                                         [cut](const stats::SurvivalStep& s) { return s.day > cut; }),
                          published.steps.end());
    for (std::int64_t& day : published.followUpDays)
        day = std::min(day, cut);
    return published;
}

} // namespace km
