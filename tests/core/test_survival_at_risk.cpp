#include "IndicatorFixture.h"

#include "core/indicators/SurvivalAnalysis.h"

#include <catch2/catch.hpp>

using namespace km;
using km::test::IndicatorFixture;

// The numbers at risk a Kaplan-Meier chart prints under its x axis.
TEST_CASE("Survival curve: cases at risk on a day", "[indicators][survival]")
{
    // Four cases reported 1 Jan 2019: an event at day 5; censored at 10 (no event);
    // an event at day 20 (the event on the melddatum itself does not count); censored at 40.
    IndicatorFixture f;
    const IndicatorFixture::Fields ng{{"soort", "nieuw_geweld"}, {"bekend_bij", "vt"}};
    const auto c1 = f.addCase("2019-01-01", "2019-03-01");
    f.addEvent(c1, "2019-01-06", ng);
    f.addCase("2019-01-01", "2019-01-11");
    const auto c3 = f.addCase("2019-01-01", "2019-02-10");
    f.addEvent(c3, "2019-01-01", ng);
    f.addEvent(c3, "2019-01-21", ng);
    f.addCase("2019-01-01", "2019-02-10");

    const SurvivalCurve curve = SurvivalAnalysis(f.study()).compute({}, EventSoort::NieuwGeweld);
    // Times 5 (event), 10 (censored), 20 (event), 40 (censored), sorted.
    CHECK(curve.followUpDays == std::vector<std::int64_t>{5, 10, 20, 40});
    CHECK(curve.atRisk(0) == 4);
    CHECK(curve.atRisk(5) == 4);    // time >= day: still at risk on the day of the event
    CHECK(curve.atRisk(6) == 3);
    CHECK(curve.atRisk(10) == 3);
    CHECK(curve.atRisk(11) == 2);
    CHECK(curve.atRisk(40) == 1);
    CHECK(curve.atRisk(41) == 0);
    CHECK(curve.atRisk(360) == 0);
}
