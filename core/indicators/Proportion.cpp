#include "core/indicators/Proportion.h"

#include "core/stats/Wilson.h"

namespace km {

Proportion Proportion::make(std::string id, std::int64_t numerator, std::int64_t denominator,
                            std::int64_t unknown)
{
    Proportion p{std::move(id), numerator, denominator, unknown, std::nullopt, std::nullopt};
    if (denominator > 0) {
        p.percent = 100.0 * static_cast<double>(numerator) / static_cast<double>(denominator);
        const Interval ci = stats::wilson(numerator, denominator);
        p.ci95 = Interval{100.0 * ci.lower, 100.0 * ci.upper};
    }
    return p;
}

} // namespace km
