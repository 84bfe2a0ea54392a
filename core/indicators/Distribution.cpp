#include "core/indicators/Distribution.h"

#include "core/stats/Quantile.h"

#include <algorithm>
#include <numeric>

namespace km {

Distribution Distribution::make(std::string id, std::string unit, std::vector<double>& values)
{
    Distribution d;
    d.id = std::move(id);
    d.unit = std::move(unit);
    d.n = static_cast<std::int64_t>(values.size());
    if (values.empty())
        return d;

    if (!std::is_sorted(values.begin(), values.end()))
        std::sort(values.begin(), values.end());
    d.mean = std::accumulate(values.begin(), values.end(), 0.0) / static_cast<double>(values.size());
    d.median = stats::quantileSorted(values, 0.5);
    d.q1 = stats::quantileSorted(values, 0.25);
    d.q3 = stats::quantileSorted(values, 0.75);
    d.min = values.front();
    d.max = values.back();
    return d;
}

} // namespace km
