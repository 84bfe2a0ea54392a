#pragma once

#include <vector>

namespace km::stats {

/**
 * Quantile p of already sorted values by linear interpolation between order statistics
 * (Hyndman & Fan type 7: R's quantile() and NumPy's percentile() defaults). Requires values.
 */
double quantileSorted(const std::vector<double>& sorted, double p);

} // namespace km::stats
