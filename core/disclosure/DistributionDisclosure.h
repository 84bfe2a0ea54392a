#pragma once

#include "core/indicators/Distribution.h"

#include <cstdint>

namespace km {

/**
 * Which statistics of a distribution of persons' values (days, years) may be published, so that
 * none of them is one person's own value or gives one back (docs/disclosure.md, "Distributions"):
 * - n and the mean from minCell values, but the mean not when the largest value makes up half of
 *   the sum or more (a dominance rule, as CBS uses for magnitude tables): the mean then tells the
 *   hidden maximum almost exactly;
 * - a quantile only when at least minCell values lie on each side of it: the median from
 *   2 × minCell values, the quartiles from 4 × minCell (below that a quartile of R type 7 is an
 *   individual value or lies between two);
 * - never the minimum or the maximum.
 */
class DistributionDisclosure
{
public:
    static constexpr double dominantShare = 0.5;

    explicit DistributionDisclosure(int minCell) : minCell_(minCell) {}

    /** The smallest n from which the median, and the quartiles, are published. */
    std::int64_t medianFrom() const { return 2 * std::int64_t{minCell_}; }
    std::int64_t quartilesFrom() const { return 4 * std::int64_t{minCell_}; }

    /** Whether the largest value is at least dominantShare of the sum (all values are >= 0). */
    static bool dominated(const Distribution& d);

    /** `d` with what may not be published removed; `d` itself when minCell is 0 (internal output). */
    Distribution published(const Distribution& d) const;

private:
    int minCell_;
};

} // namespace km
