#include "ui/IndicatorCache.h"

#include <algorithm>

namespace {

// Enough for the selections a user flips between; a full cache starts over rather than
// tracking use, since the cube refills it in milliseconds.
constexpr std::size_t maxSets = 64;

} // namespace

std::string IndicatorCache::key(const km::Selection& selection)
{
    // The cohort order does not change the figures; separators are control characters no
    // cohort or regio name holds after import.
    std::vector<std::string> cohorts = selection.cohorts;
    std::sort(cohorts.begin(), cohorts.end());
    std::string key;
    for (const std::string& cohort : cohorts)
        key += cohort + '\x1f';
    key += '\x1e';
    key += selection.regio ? "r" + *selection.regio : std::string("-");
    key += '\x1e';
    key += selection.windowMonths ? std::to_string(*selection.windowMonths) : std::string("-");
    return key;
}

std::shared_ptr<const km::IndicatorSet> IndicatorCache::find(const km::Selection& selection) const
{
    const auto it = sets_.find(key(selection));
    return it == sets_.end() ? nullptr : it->second;
}

void IndicatorCache::store(std::shared_ptr<const km::IndicatorSet> figures)
{
    if (!figures)
        return;
    if (sets_.size() >= maxSets)
        sets_.clear();
    sets_[key(figures->selection)] = std::move(figures);
}
