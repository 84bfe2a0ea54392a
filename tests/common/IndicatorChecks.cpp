#include "IndicatorChecks.h"

#include <catch2/catch.hpp>

namespace km::test {

std::ostream& operator<<(std::ostream& out, const Counts& counts)
{
    return out << counts.numerator << "/" << counts.denominator << " (onbekend " << counts.unknown << ")";
}

Counts counts(const IndicatorSet& set, const std::string& id)
{
    const Proportion* p = set.proportion(id);
    return p ? Counts{p->numerator, p->denominator, p->unknown} : Counts{-1, -1, -1};
}

void requireIdentical(const IndicatorSet& actual, const IndicatorSet& expected)
{
    INFO(expected.selection.label());
    CHECK(actual.cases == expected.cases);
    REQUIRE(actual.proportions.size() == expected.proportions.size());
    for (const Proportion& p : expected.proportions)
        CHECK(counts(actual, p.id) == counts(expected, p.id));
    REQUIRE(actual.distributions.size() == expected.distributions.size());
    for (std::size_t d = 0; d < expected.distributions.size(); ++d) {
        const Distribution& a = actual.distributions[d];
        const Distribution& b = expected.distributions[d];
        INFO(b.id);
        CHECK(a.n == b.n);
        CHECK(a.mean == b.mean);
        CHECK(a.median == b.median);
        CHECK(a.q1 == b.q1);
        CHECK(a.q3 == b.q3);
        CHECK(a.min == b.min);
        CHECK(a.max == b.max);
    }
}

} // namespace km::test
