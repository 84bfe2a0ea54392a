#include "IndicatorFixture.h"

#include "core/indicators/SurvivalAnalysis.h"

#include <catch2/catch.hpp>

using namespace km;
using km::test::IndicatorFixture;

namespace {

// Five cases reported 1 Jan 2019 (day offsets in brackets):
//   1: follow-up 30; nieuw_geweld at 10 and 5 (inserted in that order)   -> event at 5
//   2: follow-up 10; no events                                            -> censored at 10
//   3: follow-up 40; nieuw_geweld at 20, nieuwe_zorgen at 2                -> event at 20
//   4: follow-up 20; nieuw_geweld on melddatum (does not count)           -> censored at 20
//   5: follow-up 60, cohort B; nieuw_geweld at 20                         -> event at 20
IndicatorFixture survivalStudy()
{
    IndicatorFixture f;
    const test::IndicatorFixture::Fields ng{{"soort", "nieuw_geweld"}, {"bekend_bij", "vt"}};
    const test::IndicatorFixture::Fields nz{{"soort", "nieuwe_zorgen"}, {"bekend_bij", "vt"}};
    const auto c1 = f.addCase("2019-01-01", "2019-01-31", {{"cohort", "A"}});
    f.addEvent(c1, "2019-01-11", ng);
    f.addEvent(c1, "2019-01-06", ng);
    f.addCase("2019-01-01", "2019-01-11", {{"cohort", "A"}});
    const auto c3 = f.addCase("2019-01-01", "2019-02-10", {{"cohort", "A"}});
    f.addEvent(c3, "2019-01-21", ng);
    f.addEvent(c3, "2019-01-03", nz);
    const auto c4 = f.addCase("2019-01-01", "2019-01-21", {{"cohort", "A"}});
    f.addEvent(c4, "2019-01-01", ng);
    const auto c5 = f.addCase("2019-01-01", "2019-03-02", {{"cohort", "B"}});
    f.addEvent(c5, "2019-01-21", ng);
    return f;
}

} // namespace

TEST_CASE("Kaplan-Meier of the time to new violence", "[indicators][survival]")
{
    IndicatorFixture f = survivalStudy();
    const SurvivalAnalysis analysis(f.study());

    SECTION("all cases; the window of the selection plays no part")
    {
        Selection s;
        s.windowMonths = 0;
        const SurvivalCurve curve = analysis.compute(s, EventSoort::NieuwGeweld);
        CHECK(curve.cases == 5);
        CHECK(curve.events == 3);
        // Times 5E, 10C, 20E, 20C, 20E. Day 5: 5 at risk, 1 event -> 0.8.
        // Day 20: 3 at risk (3, 4, 5), 2 events -> 0.8 * (1 - 2/3) = 0.26667.
        REQUIRE(curve.steps.size() == 2);
        CHECK(curve.steps[0].day == 5);
        CHECK(curve.steps[0].atRisk == 5);
        CHECK(curve.steps[0].events == 1);
        CHECK(curve.steps[0].survival == Approx(0.8));
        CHECK(curve.steps[1].day == 20);
        CHECK(curve.steps[1].atRisk == 3);
        CHECK(curve.steps[1].events == 2);
        CHECK(curve.steps[1].survival == Approx(0.8 / 3));
    }
    SECTION("one cohort")
    {
        Selection s;
        s.cohorts = {"A"};
        const SurvivalCurve curve = analysis.compute(s, EventSoort::NieuwGeweld);
        CHECK(curve.cases == 4);
        CHECK(curve.events == 2);
        // Times 5E, 10C, 20E, 20C. Day 5: 4 at risk -> 0.75; day 20: 2 at risk, 1 event -> 0.375.
        REQUIRE(curve.steps.size() == 2);
        CHECK(curve.steps[0].survival == Approx(0.75));
        CHECK(curve.steps[1].atRisk == 2);
        CHECK(curve.steps[1].survival == Approx(0.375));
    }
    SECTION("nieuwe zorgen")
    {
        const SurvivalCurve curve = analysis.compute({}, EventSoort::NieuweZorgen);
        CHECK(curve.cases == 5);
        CHECK(curve.events == 1);
        // Case 3 at day 2, everyone still at risk: 1 - 1/5.
        REQUIRE(curve.steps.size() == 1);
        CHECK(curve.steps[0].day == 2);
        CHECK(curve.steps[0].atRisk == 5);
        CHECK(curve.steps[0].survival == Approx(0.8));
    }
}
