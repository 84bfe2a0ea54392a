#include "core/indicators/CohortComparison.h"

#include <catch2/catch.hpp>

using km::CohortComparison;
using km::IndicatorSet;
using km::Proportion;

// Expected values: the Newcombe (1998) Table II examples and python3 results of
// test_newcombe.cpp and test_fisher.cpp, here in percentage points.

namespace {

IndicatorSet setOf(std::vector<Proportion> proportions)
{
    IndicatorSet set;
    set.proportions = std::move(proportions);
    return set;
}

} // namespace

TEST_CASE("CohortComparison pairs indicators by id and reports a - b in percentage points",
          "[indicators][comparison]")
{
    const IndicatorSet a = setOf({Proportion::make("x", 56, 70, 3), Proportion::make("y", 5, 10, 0),
                                  Proportion::make("only_a", 1, 2, 0), Proportion::make("z", 4, 9, 0)});
    const IndicatorSet b = setOf({Proportion::make("z", 0, 0, 5), Proportion::make("y", 10, 20, 1),
                                  Proportion::make("x", 48, 80, 0)});
    const auto diffs = CohortComparison::compare(a, b);
    REQUIRE(diffs.size() == 3);

    // 56/70 - 48/80 = 20 points; Newcombe (a): 5.24314724023649 to 33.3872654036906;
    // Fisher [[56, 14], [48, 32]]: python3 0.012521129749209154
    const auto& x = diffs[0];
    CHECK(x.id == "x");
    CHECK(x.a.numerator == 56);
    CHECK(x.a.unknown == 3);
    CHECK(x.b.denominator == 80);
    REQUIRE(x.difference);
    CHECK(*x.difference == Approx(20.0).epsilon(1e-13));
    REQUIRE(x.ci95);
    CHECK(x.ci95->lower == Approx(5.24314724023649).epsilon(1e-12));
    CHECK(x.ci95->upper == Approx(33.3872654036906).epsilon(1e-12));
    REQUIRE(x.pFisher);
    CHECK(*x.pFisher == Approx(0.012521129749209154).epsilon(1e-12));
    CHECK(x.significant());

    // 5/10 - 10/20 = 0; python3 Newcombe -33.1156291619119 to 33.1156291619119; Fisher p = 1
    const auto& y = diffs[1];
    CHECK(y.id == "y");
    CHECK(*y.difference == 0.0);
    CHECK(y.ci95->lower == Approx(-33.1156291619119).epsilon(1e-12));
    CHECK(y.ci95->upper == Approx(33.1156291619119).epsilon(1e-12));
    CHECK(*y.pFisher == 1.0);
    CHECK_FALSE(y.significant());

    // b has no denominator: nothing to compare, the two proportions are still there
    const auto& z = diffs[2];
    CHECK(z.id == "z");
    CHECK(z.a.denominator == 9);
    CHECK(z.b.unknown == 5);
    CHECK_FALSE(z.difference);
    CHECK_FALSE(z.ci95);
    CHECK_FALSE(z.pFisher);
    CHECK_FALSE(z.significant());
}

TEST_CASE("CohortComparison of a lower proportion gives a negative difference", "[indicators][comparison]")
{
    // 3/10 - 9/10 = -60 points; Newcombe (b) mirrored: -80.9017973535488 to -17.0522723934503;
    // Fisher [[3, 7], [9, 1]]: python3 83/4199
    const auto diffs = CohortComparison::compare(setOf({Proportion::make("x", 3, 10, 0)}),
                                                 setOf({Proportion::make("x", 9, 10, 0)}));
    REQUIRE(diffs.size() == 1);
    CHECK(*diffs[0].difference == Approx(-60.0).epsilon(1e-13));
    CHECK(diffs[0].ci95->lower == Approx(-80.9017973535488).epsilon(1e-12));
    CHECK(diffs[0].ci95->upper == Approx(-17.0522723934503).epsilon(1e-12));
    CHECK(*diffs[0].pFisher == Approx(83.0 / 4199).epsilon(1e-12));
    CHECK(diffs[0].significant());
}
