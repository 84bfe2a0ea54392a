#pragma once

#include "core/indicators/IndicatorSet.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

/**
 * The figures of the selections already computed for the study on screen, so that going back
 * to a selection, or to a single cohort computed alongside the whole study, shows at once
 * instead of scanning a million cases again. Emptied whenever the study or its data change.
 */
class IndicatorCache
{
public:
    std::shared_ptr<const km::IndicatorSet> find(const km::Selection& selection) const;
    void store(std::shared_ptr<const km::IndicatorSet> figures);
    void clear() { sets_.clear(); }

    /**
     * What to compute ahead, in one pass, once the figures of `selection` are on screen: when
     * it is the whole study (no cohort ticked), each of `cohorts` alone with the same regio and
     * window, the choices a user makes next; without a regio also each cohort with each of
     * `regions`, as long as all of them fit in one pass and in the cache. Only those not cached yet.
     */
    std::vector<km::Selection> ahead(const km::Selection& selection, const std::vector<std::string>& cohorts,
                                     const std::vector<std::string>& regions = {}) const;

private:
    static std::string key(const km::Selection& selection);

    std::map<std::string, std::shared_ptr<const km::IndicatorSet>> sets_;
};
