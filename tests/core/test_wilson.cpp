#include "core/indicators/Proportion.h"
#include "core/stats/Wilson.h"

#include <catch2/catch.hpp>

using km::Proportion;
using km::stats::wilson;

// Expected values: the closed form (p + z^2/2n -/+ z sqrt(p(1-p)/n + z^2/4n^2)) / (1 + z^2/n),
// typed independently in python3 with 50-digit Decimal, z = 1.959963984540054.

TEST_CASE("Wilson interval of an ordinary proportion", "[stats][wilson]")
{
    // python3: wilson(81, 263) = (0.255288519878274, 0.366209576982800)
    const auto ci = wilson(81, 263);
    CHECK(ci.lower == Approx(0.255288519878274).epsilon(1e-12));
    CHECK(ci.upper == Approx(0.366209576982800).epsilon(1e-12));

    // python3: wilson(3, 10) = (0.107791267406301, 0.603221852538855)
    const auto small = wilson(3, 10);
    CHECK(small.lower == Approx(0.107791267406301).epsilon(1e-12));
    CHECK(small.upper == Approx(0.603221852538855).epsilon(1e-12));
}

TEST_CASE("Wilson interval at x = 0 and x = n is exactly 0 or 1 at that end", "[stats][wilson]")
{
    // python3: wilson(0, 10) upper = 0.277532799862889; wilson(10, 10) lower = 0.722467200137111
    const auto none = wilson(0, 10);
    CHECK(none.lower == 0.0);
    CHECK(none.upper == Approx(0.277532799862889).epsilon(1e-12));
    const auto all = wilson(10, 10);
    CHECK(all.lower == Approx(0.722467200137111).epsilon(1e-12));
    CHECK(all.upper == 1.0);

    // n = 1, python3: (0, 0.793450685622763) and (0.206549314377237, 1)
    const auto zeroOfOne = wilson(0, 1);
    CHECK(zeroOfOne.lower == 0.0);
    CHECK(zeroOfOne.upper == Approx(0.793450685622763).epsilon(1e-12));
    const auto oneOfOne = wilson(1, 1);
    CHECK(oneOfOne.lower == Approx(0.206549314377237).epsilon(1e-12));
    CHECK(oneOfOne.upper == 1.0);

    for (std::int64_t n : {1, 2, 7, 29, 1000, 1000000}) {
        CHECK(wilson(0, n).lower == 0.0);
        CHECK(wilson(n, n).upper == 1.0);
        CHECK(wilson(n, n).lower <= 1.0);
        CHECK(wilson(0, n).upper >= 0.0);
    }
}

TEST_CASE("Wilson interval keeps its relative precision for rare events in large samples",
          "[stats][wilson]")
{
    // python3: wilson(1, 1000000) = (1.76524576745371e-7, 5.66491180431144e-6); the lower bound
    // is where centre - half would cancel.
    const auto rare = wilson(1, 1000000);
    CHECK(rare.lower == Approx(1.76524576745371e-7).epsilon(1e-12));
    CHECK(rare.upper == Approx(5.66491180431144e-6).epsilon(1e-12));

    // python3: wilson(999999, 1000000) = (0.999994335088196, 0.999999823475423), the mirror image
    const auto common = wilson(999999, 1000000);
    CHECK(common.lower == Approx(0.999994335088196).epsilon(1e-12));
    CHECK(common.upper == Approx(0.999999823475423).epsilon(1e-12));
}

TEST_CASE("Proportion::make gives percent and the Wilson interval in percent", "[indicators][proportion]")
{
    // 81 / 263 = 30.7984790874525 %; interval = 100 x the python3 Wilson values above
    const Proportion p = Proportion::make("kenmerken.minderjarigen", 81, 263, 12);
    CHECK(p.id == "kenmerken.minderjarigen");
    CHECK(p.numerator == 81);
    CHECK(p.denominator == 263);
    CHECK(p.unknown == 12);
    REQUIRE(p.percent);
    CHECK(*p.percent == Approx(30.7984790874525).epsilon(1e-12));
    REQUIRE(p.ci95);
    CHECK(p.ci95->lower == Approx(25.5288519878274).epsilon(1e-12));
    CHECK(p.ci95->upper == Approx(36.6209576982800).epsilon(1e-12));

    const Proportion all = Proportion::make("x", 10, 10, 0);
    CHECK(*all.percent == 100.0);
    CHECK(all.ci95->upper == 100.0);
    const Proportion none = Proportion::make("x", 0, 10, 0);
    CHECK(*none.percent == 0.0);
    CHECK(none.ci95->lower == 0.0);
    CHECK(none.ci95->upper == Approx(27.7532799862889).epsilon(1e-12));
}

TEST_CASE("Proportion::make leaves percent and interval absent without a denominator",
          "[indicators][proportion]")
{
    const Proportion p = Proportion::make("regie.afstemming", 0, 0, 4);
    CHECK(p.denominator == 0);
    CHECK(p.unknown == 4);
    CHECK_FALSE(p.percent);
    CHECK_FALSE(p.ci95);
}
