#include "core/stats/KaplanMeier.h"

#include <catch2/catch.hpp>

using km::stats::kaplanMeier;
using km::stats::SurvivalObservation;

TEST_CASE("Kaplan-Meier with ties and a censoring on an event day", "[stats][kaplanmeier]")
{
    // Ten subjects (day, E = event / C = censored): 1E, 3E, 3E, 3C, 4C, 6E, 6C, 8C, 10E, 10C.
    // By hand, at risk = subjects with time >= day, censorings on an event day still at risk:
    //   day 1:  10 at risk, 1 event: S = 9/10
    //   day 3:   9 at risk, 2 events: S = 9/10 * 7/9 = 7/10
    //   day 6:   5 at risk, 1 event: S = 7/10 * 4/5 = 14/25
    //   day 10:  2 at risk, 1 event: S = 14/25 * 1/2 = 7/25
    // Days 4 and 8 have only censorings: no step. Given out of order on purpose.
    const std::vector<SurvivalObservation> obs{{6, true}, {3, false}, {10, true}, {1, true}, {8, false},
                                               {3, true}, {4, false}, {10, false}, {3, true}, {6, false}};
    const auto steps = kaplanMeier(obs);
    REQUIRE(steps.size() == 4);
    CHECK(steps[0].day == 1);
    CHECK(steps[0].atRisk == 10);
    CHECK(steps[0].events == 1);
    CHECK(steps[0].survival == Approx(9.0 / 10).epsilon(1e-15));
    CHECK(steps[1].day == 3);
    CHECK(steps[1].atRisk == 9);
    CHECK(steps[1].events == 2);
    CHECK(steps[1].survival == Approx(7.0 / 10).epsilon(1e-15));
    CHECK(steps[2].day == 6);
    CHECK(steps[2].atRisk == 5);
    CHECK(steps[2].events == 1);
    CHECK(steps[2].survival == Approx(14.0 / 25).epsilon(1e-15));
    CHECK(steps[3].day == 10);
    CHECK(steps[3].atRisk == 2);
    CHECK(steps[3].events == 1);
    CHECK(steps[3].survival == Approx(7.0 / 25).epsilon(1e-15));
}

TEST_CASE("Kaplan-Meier edge cases", "[stats][kaplanmeier]")
{
    CHECK(kaplanMeier({}).empty());
    // only censorings: the curve never drops
    CHECK(kaplanMeier({{5, false}, {9, false}}).empty());

    // everyone has the event on the same day: 3 at risk, 3 events, S = 0
    const auto all = kaplanMeier({{2, true}, {2, true}, {2, true}});
    REQUIRE(all.size() == 1);
    CHECK(all[0].atRisk == 3);
    CHECK(all[0].events == 3);
    CHECK(all[0].survival == 0.0);

    // an event on day 0 (the report day itself) with one later censoring: S = 1/2
    const auto first = kaplanMeier({{0, true}, {30, false}});
    REQUIRE(first.size() == 1);
    CHECK(first[0].day == 0);
    CHECK(first[0].atRisk == 2);
    CHECK(first[0].survival == 0.5);
}
