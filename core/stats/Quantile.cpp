#include "core/stats/Quantile.h"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace km::stats {

double quantileSorted(const std::vector<double>& sorted, double p)
{
    assert(!sorted.empty());
    const double index = static_cast<double>(sorted.size() - 1) * std::clamp(p, 0.0, 1.0);
    const auto lo = static_cast<std::size_t>(std::floor(index));
    const double h = index - static_cast<double>(lo);
    const double below = sorted[lo];
    if (h == 0 || sorted[lo + 1] == below)
        return below;
    // The same expression as R's quantile(type = 7), so results agree to the last bit.
    return (1 - h) * below + h * sorted[lo + 1];
}

} // namespace km::stats
