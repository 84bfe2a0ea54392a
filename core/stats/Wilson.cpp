#include "core/stats/Wilson.h"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace km::stats {

Interval wilson(std::int64_t x, std::int64_t n, double z)
{
    assert(n > 0 && x >= 0 && x <= n);
    const double xd = static_cast<double>(x);
    const double nd = static_cast<double>(n);
    const double z2 = z * z;
    const double denominator = nd + z2;
    const double centre = (xd + z2 / 2) / denominator;
    const double half = z * std::sqrt(xd * (nd - xd) / nd + z2 / 4) / denominator;
    const double upper = centre + half;
    // centre - half cancels badly for small x and large n; the product of the two bounds is
    // x^2 / (n (n + z^2)), which gives the lower bound without cancellation and exactly 0 at x = 0.
    const double lower = xd * xd / (nd * denominator) / upper;
    return {std::max(0.0, lower), x == n ? 1.0 : std::min(1.0, upper)};
}

} // namespace km::stats
