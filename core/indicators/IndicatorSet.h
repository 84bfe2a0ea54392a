#pragma once

#include "core/indicators/Distribution.h"
#include "core/indicators/Proportion.h"
#include "core/indicators/Selection.h"

#include <vector>

namespace km {

/**
 * Every indicator of the codebook for one selection, in codebook order (ids of multi-value
 * indicators in the order of the codebook's values, every value present even when its count
 * is 0). An immutable value the CLI, the charts and the report all read.
 */
struct IndicatorSet
{
    Selection selection;
    std::int64_t cases = 0;
    std::vector<Proportion> proportions;
    std::vector<Distribution> distributions;

    const Proportion* proportion(const std::string& id) const;
    const Distribution* distribution(const std::string& id) const;
};

} // namespace km
