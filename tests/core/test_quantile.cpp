#include "core/indicators/Distribution.h"
#include "core/stats/Quantile.h"

#include <catch2/catch.hpp>

using km::Distribution;
using km::stats::quantileSorted;

// Type 7: with h = (n - 1) p, Q(p) = x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h])
// (0-based), worked out by hand below.

TEST_CASE("Type 7 quantiles of four values", "[stats][quantile]")
{
    // h = 0.75, 1.5, 2.25: 1 + 0.75 = 1.75, 2 + 0.5 = 2.5, 3 + 0.25 = 3.25
    const std::vector<double> x{1, 2, 3, 4};
    CHECK(quantileSorted(x, 0.25) == 1.75);
    CHECK(quantileSorted(x, 0.5) == 2.5);
    CHECK(quantileSorted(x, 0.75) == 3.25);
    CHECK(quantileSorted(x, 0.0) == 1.0);
    CHECK(quantileSorted(x, 1.0) == 4.0);
}

TEST_CASE("Type 7 quantiles match R's documented output", "[stats][quantile]")
{
    // R: quantile(1:10) gives 1.00 3.25 5.50 7.75 10.00 (also by hand: h = 2.25, 4.5, 6.75)
    const std::vector<double> x{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    CHECK(quantileSorted(x, 0.0) == 1.0);
    CHECK(quantileSorted(x, 0.25) == 3.25);
    CHECK(quantileSorted(x, 0.5) == 5.5);
    CHECK(quantileSorted(x, 0.75) == 7.75);
    CHECK(quantileSorted(x, 1.0) == 10.0);
}

TEST_CASE("Type 7 quantiles with ties, gaps and a single value", "[stats][quantile]")
{
    // {1, 3, 3, 10}: p = 0.9 -> h = 2.7: 3 + 0.7 * 7 = 7.9; p = 0.5 -> h = 1.5 between the two 3s
    const std::vector<double> x{1, 3, 3, 10};
    CHECK(quantileSorted(x, 0.9) == Approx(7.9).epsilon(1e-15));
    CHECK(quantileSorted(x, 0.5) == 3.0);
    // {0, 10}: p = 0.3 -> 3
    CHECK(quantileSorted({0, 10}, 0.3) == Approx(3.0).epsilon(1e-15));
    for (double p : {0.0, 0.25, 0.5, 0.75, 1.0})
        CHECK(quantileSorted({7}, p) == 7.0);
}

TEST_CASE("Distribution::make summarises unsorted values", "[indicators][distribution]")
{
    // sorted 1 2 4 7 10: n 5, mean 24 / 5 = 4.8, h = 1, 2, 3 -> q1 2, median 4, q3 7
    std::vector<double> values{10, 2, 7, 4, 1};
    const Distribution d = Distribution::make("snelheid.melding_tot_hulp", "dagen", values);
    CHECK(d.id == "snelheid.melding_tot_hulp");
    CHECK(d.unit == "dagen");
    CHECK(d.n == 5);
    CHECK(*d.mean == Approx(4.8).epsilon(1e-15));
    CHECK(*d.median == 4.0);
    CHECK(*d.q1 == 2.0);
    CHECK(*d.q3 == 7.0);
    CHECK(*d.min == 1.0);
    CHECK(*d.max == 10.0);
    CHECK(values == std::vector<double>{1, 2, 4, 7, 10});

    // {3, 1, 4, 2}: as {1, 2, 3, 4} above; mean 10 / 4 = 2.5
    std::vector<double> four{3, 1, 4, 2};
    const Distribution e = Distribution::make("kenmerken.geschiedenis_jaren", "jaren", four);
    CHECK(e.n == 4);
    CHECK(*e.mean == 2.5);
    CHECK(*e.q1 == 1.75);
    CHECK(*e.median == 2.5);
    CHECK(*e.q3 == 3.25);
}

TEST_CASE("Distribution::make of no values has n 0 and no statistics", "[indicators][distribution]")
{
    std::vector<double> none;
    const Distribution d = Distribution::make("snelheid.melding_tot_overdracht", "dagen", none);
    CHECK(d.n == 0);
    CHECK_FALSE(d.mean);
    CHECK_FALSE(d.median);
    CHECK_FALSE(d.q1);
    CHECK_FALSE(d.q3);
    CHECK_FALSE(d.min);
    CHECK_FALSE(d.max);
}
