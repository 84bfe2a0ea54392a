#include "ui/IndicatorCache.h"

#include "core/indicators/CaseScan.h"

#include <algorithm>

namespace {

// Enough for every cohort of a multi-year study and the selections a user flips between; a
// full cache starts over rather than tracking use, since one pass refills it.
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

std::vector<km::Selection> IndicatorCache::ahead(const km::Selection& selection, const std::vector<std::string>& cohorts,
                                                 const std::vector<std::string>& regions) const
{
    std::vector<km::Selection> pass;
    if (!selection.cohorts.empty() || cohorts.size() < 2)
        return pass;
    // One slot of the cache stays for the figures on screen.
    const std::size_t room = std::min(km::CaseScan::maxSelections, maxSets - 1);
    const bool withRegions = !selection.regio && cohorts.size() * (regions.size() + 1) <= room;
    const auto add = [&](km::Selection candidate) {
        if (!find(candidate) && pass.size() < room)
            pass.push_back(std::move(candidate));
    };
    for (const std::string& cohort : cohorts) {
        km::Selection alone = selection;
        alone.cohorts = {cohort};
        add(alone);
        for (const std::string& regio : withRegions ? regions : std::vector<std::string>{}) {
            alone.regio = regio;
            add(alone);
        }
    }
    return pass;
}
