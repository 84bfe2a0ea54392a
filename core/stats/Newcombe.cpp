#include "core/stats/Newcombe.h"

#include "core/stats/Wilson.h"

#include <cmath>

namespace km::stats {

Interval newcombe(std::int64_t x1, std::int64_t n1, std::int64_t x2, std::int64_t n2, double z)
{
    const double p1 = static_cast<double>(x1) / static_cast<double>(n1);
    const double p2 = static_cast<double>(x2) / static_cast<double>(n2);
    const Interval w1 = wilson(x1, n1, z);
    const Interval w2 = wilson(x2, n2, z);
    const double d = p1 - p2;
    return {d - std::hypot(p1 - w1.lower, w2.upper - p2), d + std::hypot(w1.upper - p1, p2 - w2.lower)};
}

} // namespace km::stats
