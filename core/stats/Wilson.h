#pragma once

#include "core/stats/Interval.h"

#include <cstdint>

namespace km::stats {

/**
 * Wilson score interval for a binomial proportion x/n, as fractions in [0, 1]. z defaults to
 * the 97.5% normal quantile (a 95% two-sided interval). Requires n > 0.
 */
Interval wilson(std::int64_t x, std::int64_t n, double z = 1.959963984540054);

} // namespace km::stats
