#pragma once

#include "core/indicators/IndicatorSet.h"

#include <map>
#include <memory>
#include <string>

/**
 * The figures of the selections already shown for the study on screen, so that going back to
 * a selection shows it at once, without even adding up the cells of the IndicatorCube again.
 * Emptied whenever the study or its data change.
 */
class IndicatorCache
{
public:
    std::shared_ptr<const km::IndicatorSet> find(const km::Selection& selection) const;
    void store(std::shared_ptr<const km::IndicatorSet> figures);
    void clear() { sets_.clear(); }

private:
    static std::string key(const km::Selection& selection);

    std::map<std::string, std::shared_ptr<const km::IndicatorSet>> sets_;
};
