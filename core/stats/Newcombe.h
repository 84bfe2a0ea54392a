#pragma once

#include "core/stats/Interval.h"

#include <cstdint>

namespace km::stats {

/**
 * Newcombe's hybrid score interval (method 10, 1998) for the difference p1 - p2 of two
 * independent proportions x1/n1 and x2/n2, built from the two Wilson intervals; fractions.
 */
Interval newcombe(std::int64_t x1, std::int64_t n1, std::int64_t x2, std::int64_t n2,
                  double z = 1.959963984540054);

} // namespace km::stats
