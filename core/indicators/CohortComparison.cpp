#include "core/indicators/CohortComparison.h"

#include "core/stats/FisherExact.h"
#include "core/stats/Newcombe.h"

namespace km {

bool ProportionDifference::significant() const
{
    return ci95 && (ci95->lower > 0 || ci95->upper < 0);
}

std::vector<ProportionDifference> CohortComparison::compare(const IndicatorSet& a, const IndicatorSet& b)
{
    std::vector<ProportionDifference> result;
    result.reserve(a.proportions.size());
    for (const Proportion& pa : a.proportions) {
        const Proportion* pb = b.proportion(pa.id);
        if (!pb)
            continue;
        ProportionDifference diff{pa.id, pa, *pb, std::nullopt, std::nullopt, std::nullopt};
        if (pa.denominator > 0 && pb->denominator > 0) {
            const std::int64_t xa = pa.numerator, na = pa.denominator;
            const std::int64_t xb = pb->numerator, nb = pb->denominator;
            diff.difference = 100.0 * (static_cast<double>(xa) / static_cast<double>(na)
                                       - static_cast<double>(xb) / static_cast<double>(nb));
            const Interval ci = stats::newcombe(xa, na, xb, nb);
            diff.ci95 = Interval{100.0 * ci.lower, 100.0 * ci.upper};
            diff.pFisher = stats::fisherExactTwoSided(xa, na - xa, xb, nb - xb);
        }
        result.push_back(std::move(diff));
    }
    return result;
}

} // namespace km
