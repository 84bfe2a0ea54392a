#include "core/stats/FisherExact.h"

#include <algorithm>
#include <cassert>
#include <limits>

namespace km::stats {

namespace {

/**
 * The hypergeometric distribution of the top-left cell x of a 2x2 table with fixed margins, as
 * weights relative to its mode: the first row draws row1 of col1 + col2 balls, col1 of them white.
 */
struct Hypergeometric
{
    std::int64_t row1, col1, col2;
    std::int64_t lo = std::max<std::int64_t>(0, row1 - col2);
    std::int64_t hi = std::min(row1, col1);
    std::int64_t mode = std::clamp((row1 + 1) * (col1 + 1) / (col1 + col2 + 2), lo, hi);

    /** P(x + 1) / P(x), for lo <= x < hi. */
    double ratioUp(std::int64_t x) const
    {
        return (static_cast<double>(row1 - x) * static_cast<double>(col1 - x))
             / (static_cast<double>(x + 1) * static_cast<double>(col2 - row1 + x + 1));
    }

    /**
     * Calls visit(x, weight) for x = mode, mode + 1, ..., then mode - 1, mode - 2, ... Stepping
     * by the ratio of neighbours needs no factorials, so nothing overflows for national cohorts
     * of millions, and the relative error grows by only one rounding per step. The walk stops
     * where the weights leave the normal double range (every weight further out is smaller
     * still); those tables count as probability 0, as in R, whose exp(d - max(d)) underflows too.
     */
    template<typename Visit>
    void walk(Visit visit) const
    {
        constexpr double smallest = std::numeric_limits<double>::min();
        double w = 1;
        visit(mode, w);
        for (std::int64_t x = mode; x < hi; ++x) {
            w *= ratioUp(x);
            if (w < smallest)
                break;
            visit(x + 1, w);
        }
        w = 1;
        for (std::int64_t x = mode; x > lo; --x) {
            w /= ratioUp(x - 1);
            if (w < smallest)
                break;
            visit(x - 1, w);
        }
    }
};

} // namespace

double fisherExactTwoSided(std::int64_t a, std::int64_t b, std::int64_t c, std::int64_t d)
{
    assert(a >= 0 && b >= 0 && c >= 0 && d >= 0);
    const Hypergeometric h{a + b, a + c, b + d};
    if (h.lo == h.hi)
        return 1;

    double observed = 0;
    h.walk([&](std::int64_t x, double w) {
        if (x == a)
            observed = w;
    });
    // R's rule: sum the tables no more likely than the observed one, with a relative tolerance
    // so that ties which differ only by rounding still count.
    const double limit = observed * (1 + 1e-7);
    double total = 0;
    double tail = 0;
    h.walk([&](std::int64_t, double w) {
        total += w;
        if (w <= limit)
            tail += w;
    });
    return std::min(1.0, tail / total);
}

} // namespace km::stats
