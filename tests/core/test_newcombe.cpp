#include "core/stats/Newcombe.h"

#include <catch2/catch.hpp>

using km::stats::newcombe;

// Expected values: Newcombe (1998), Stat Med 17:873-890, Table II, method 10, to 4 decimals, each
// also recomputed in python3 (50-digit Decimal; Wilson's closed form and
// d -/+ sqrt((p1 - l1)^2 + (u2 - p2)^2), sqrt((u1 - p1)^2 + (p2 - l2)^2) typed independently),
// which gives the 15-digit values.

namespace {

void checkInterval(std::int64_t x1, std::int64_t n1, std::int64_t x2, std::int64_t n2, double lower,
                   double upper)
{
    INFO(x1 << "/" << n1 << " - " << x2 << "/" << n2);
    const auto ci = newcombe(x1, n1, x2, n2);
    CHECK(ci.lower == Approx(lower).epsilon(0).margin(1e-13));
    CHECK(ci.upper == Approx(upper).epsilon(0).margin(1e-13));
}

} // namespace

TEST_CASE("Newcombe hybrid score interval reproduces Newcombe (1998) Table II", "[stats][newcombe]")
{
    // (a) 56/70 - 48/80 = 0.2000: 0.0524 to 0.3339
    checkInterval(56, 70, 48, 80, 0.0524314724023649, 0.333872654036906);
    // (b) 9/10 - 3/10 = 0.6000: 0.1705 to 0.8090
    checkInterval(9, 10, 3, 10, 0.170522723934503, 0.809017973535488);
    // (c) 6/7 - 2/7 = 0.5714: 0.0582 to 0.8062
    checkInterval(6, 7, 2, 7, 0.0582279274823123, 0.806249637524228);
    // (d) 5/56 - 0/29 = 0.0893: -0.0381 to 0.1926
    checkInterval(5, 56, 0, 29, -0.0381371479035369, 0.192560013855112);
}

TEST_CASE("Newcombe interval at the boundaries", "[stats][newcombe]")
{
    // Table II (e)-(h): 0/10 - 0/20: -0.1611 to 0.2775; 10/10 - 0/20: 0.6791 to 1.0000;
    // 10/10 - 0/10: 0.6075 to 1.0000; 0/10 - 0/10: -0.2775 to 0.2775
    checkInterval(0, 10, 0, 20, -0.161125158052819, 0.277532799862889);
    checkInterval(10, 10, 0, 20, 0.679086037141915, 1.0);
    checkInterval(10, 10, 0, 10, 0.607509350430524, 1.0);
    checkInterval(0, 10, 0, 10, -0.277532799862889, 0.277532799862889);
    CHECK(newcombe(10, 10, 0, 20).upper == 1.0);
    CHECK(newcombe(0, 20, 10, 10).lower == -1.0);
}

TEST_CASE("Newcombe interval of equal proportions is symmetric around zero", "[stats][newcombe]")
{
    // python3: 5/10 - 10/20: -0.331156291619119 to 0.331156291619119
    checkInterval(5, 10, 10, 20, -0.331156291619119, 0.331156291619119);
    // swapping the groups mirrors the interval: python3 44/80 - 32/70 = -0.0661 to 0.2454
    checkInterval(44, 80, 32, 70, -0.0660938633700393, 0.245421406612540);
    checkInterval(32, 70, 44, 80, -0.245421406612540, 0.0660938633700393);
}
