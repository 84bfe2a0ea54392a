#include "IndicatorFixture.h"

#include "core/indicators/IndicatorEngine.h"

#include <catch2/catch.hpp>

using namespace km;
using km::test::Counts;
using km::test::IndicatorFixture;

TEST_CASE("proportion ids are the brief's list in the brief's order", "[indicators]")
{
    // Typed from the brief's "Indicator decisions" and the codebook's value lists, on purpose
    // not derived from the Codebook class the engine uses.
    const std::vector<std::string> expected{
        "kenmerken.minderjarigen",
        "kenmerken.richting.kind", "kenmerken.richting.partner", "kenmerken.richting.oudere",
        "kenmerken.richting.ouder", "kenmerken.richting.overig",
        "kenmerken.aard.psychisch", "kenmerken.aard.fysiek", "kenmerken.aard.seksueel",
        "kenmerken.aard.verwaarlozing", "kenmerken.aard.financieel", "kenmerken.aard.stalking",
        "kenmerken.vt_eerder_betrokken", "kenmerken.geweldsgeschiedenis",
        "recidive.nieuw_geweld", "recidive.nieuwe_zorgen", "recidive.bekend_bij_een_partij",
        "uitval.trajecten", "uitval.casussen", "uitval.voldoende_doorlopen", "uitval.niet_gestart",
        "regie.casusregie", "regie.afstemming",
        "plannen.veiligheidsplan", "plannen.hulpverleningsplan", "plannen.herstelplan",
        "hulp.risicofactor.opvoeding", "hulp.risicofactor.relatie_scheiding", "hulp.risicofactor.psych_kind",
        "hulp.risicofactor.geweldsgeschiedenis", "hulp.risicofactor.psych_volwassene",
        "hulp.risicofactor.verslaving", "hulp.risicofactor.financien_werk", "hulp.risicofactor.overig",
    };
    CHECK(IndicatorEngine::proportionIds() == expected);

    // compute() returns exactly these ids in this order, and the three distributions.
    IndicatorFixture f;
    f.addCase("2019-01-10", "2021-01-10");
    const IndicatorSet set = f.compute();
    std::vector<std::string> ids;
    for (const Proportion& p : set.proportions)
        ids.push_back(p.id);
    CHECK(ids == expected);
    REQUIRE(set.distributions.size() == 3);
    CHECK(set.distributions[0].id == "kenmerken.geschiedenis_jaren");
    CHECK(set.distributions[0].unit == "jaren");
    CHECK(set.distributions[1].id == "snelheid.melding_tot_overdracht");
    CHECK(set.distributions[1].unit == "dagen");
    CHECK(set.distributions[2].id == "snelheid.melding_tot_hulp");
    CHECK(set.distributions[2].unit == "dagen");
}

namespace {

// Four cases with every case-level field; case 3 has everything unknown.
IndicatorFixture kenmerkenStudy()
{
    IndicatorFixture f;
    f.addCase("2019-01-10", "2021-01-10",
              {{"minderjarigen", "ja"}, {"richting", "kind|partner"}, {"aard", "psychisch"},
               {"vt_eerder_betrokken", "ja"}, {"geweldsgeschiedenis", "ja"}, {"geschiedenis_jaren", "5"},
               {"datum_overdracht", "2019-01-20"}, {"casusregie", "ja"},
               {"veiligheidsplan", "allen"}, {"hulpverleningsplan", "geen"}});
    f.addCase("2019-02-01", "2021-02-01",
              {{"minderjarigen", "nee"}, {"richting", "kind"}, {"aard", "psychisch|fysiek"},
               {"vt_eerder_betrokken", "nee"}, {"geweldsgeschiedenis", "ja"}, {"geschiedenis_jaren", "2,5"},
               {"datum_overdracht", "2019-03-03"}, {"casusregie", "nee"},
               {"veiligheidsplan", "deels"}, {"hulpverleningsplan", "allen"}});
    f.addCase("2019-03-01", "2021-03-01",
              {{"minderjarigen", ""}, {"richting", ""}, {"aard", ""}, {"vt_eerder_betrokken", ""},
               {"geweldsgeschiedenis", ""}, {"casusregie", ""}, {"veiligheidsplan", ""}});
    f.addCase("2019-04-01", "2021-04-01",
              {{"minderjarigen", "ja"}, {"richting", "partner|overig"}, {"aard", "fysiek"},
               {"geweldsgeschiedenis", "nee"}, {"veiligheidsplan", "allen"}, {"hulpverleningsplan", "deels"},
               {"herstelplan", "geen"}});
    return f;
}

} // namespace

TEST_CASE("kenmerken: yes/no and multi-value fields with unknowns", "[indicators]")
{
    const IndicatorSet set = kenmerkenStudy().compute();
    CHECK(set.cases == 4);

    // minderjarigen: ja = cases 1 and 4, known = 1, 2, 4, unknown = case 3.
    CHECK(test::counts(set, "kenmerken.minderjarigen") == Counts{2, 3, 1});
    const Proportion& minderjarigen = *set.proportion("kenmerken.minderjarigen");
    // 2/3 = 66.67%; Wilson 2/3 from python3 (Decimal, z = 1.959963984540054): 20.766 .. 93.851.
    REQUIRE(minderjarigen.percent);
    CHECK(*minderjarigen.percent == Approx(200.0 / 3));
    REQUIRE(minderjarigen.ci95);
    CHECK(minderjarigen.ci95->lower == Approx(20.7659600802047753));
    CHECK(minderjarigen.ci95->upper == Approx(93.8508055279603758));

    // richting known for cases 1, 2, 4: kind (1, 2), partner (1, 4), overig (4), the rest 0.
    CHECK(test::counts(set, "kenmerken.richting.kind") == Counts{2, 3, 1});
    CHECK(test::counts(set, "kenmerken.richting.partner") == Counts{2, 3, 1});
    CHECK(test::counts(set, "kenmerken.richting.oudere") == Counts{0, 3, 1});
    CHECK(test::counts(set, "kenmerken.richting.ouder") == Counts{0, 3, 1});
    CHECK(test::counts(set, "kenmerken.richting.overig") == Counts{1, 3, 1});
    // A value with count 0 still has a percentage (0) and an interval starting at 0.
    const Proportion& oudere = *set.proportion("kenmerken.richting.oudere");
    REQUIRE(oudere.percent);
    CHECK(*oudere.percent == 0.0);
    REQUIRE(oudere.ci95);
    CHECK(oudere.ci95->lower == 0.0);

    // aard known for 1, 2, 4: psychisch (1, 2), fysiek (2, 4).
    CHECK(test::counts(set, "kenmerken.aard.psychisch") == Counts{2, 3, 1});
    CHECK(test::counts(set, "kenmerken.aard.fysiek") == Counts{2, 3, 1});
    CHECK(test::counts(set, "kenmerken.aard.seksueel") == Counts{0, 3, 1});
    CHECK(test::counts(set, "kenmerken.aard.stalking") == Counts{0, 3, 1});

    // vt_eerder_betrokken: ja (1), nee (2), empty (3), absent (4).
    CHECK(test::counts(set, "kenmerken.vt_eerder_betrokken") == Counts{1, 2, 2});
    // geweldsgeschiedenis: ja (1, 2), nee (4), empty (3).
    CHECK(test::counts(set, "kenmerken.geweldsgeschiedenis") == Counts{2, 3, 1});
    // casusregie: ja (1), nee (2), unknown (3, 4).
    CHECK(test::counts(set, "regie.casusregie") == Counts{1, 2, 2});
}

TEST_CASE("plannen: allen over known, geen and deels are not aware", "[indicators]")
{
    const IndicatorSet set = kenmerkenStudy().compute();
    // veiligheidsplan: allen (1, 4), deels (2), empty (3).
    CHECK(test::counts(set, "plannen.veiligheidsplan") == Counts{2, 3, 1});
    // hulpverleningsplan: geen (1), allen (2), deels (4), absent (3).
    CHECK(test::counts(set, "plannen.hulpverleningsplan") == Counts{1, 3, 1});
    // herstelplan: only case 4 (geen) known.
    CHECK(test::counts(set, "plannen.herstelplan") == Counts{0, 1, 3});
    // 0/1: percent 0; python3 Wilson upper 79.345...
    const Proportion& herstel = *set.proportion("plannen.herstelplan");
    REQUIRE(herstel.ci95);
    CHECK(herstel.ci95->upper == Approx(79.3450685622762573));
}

TEST_CASE("distributions of geschiedenis_jaren and melding_tot_overdracht", "[indicators]")
{
    const IndicatorSet set = kenmerkenStudy().compute();
    // Years 5 and 2.5 (written "2,5"): mean 3.75; type 7: q1 = 2.5 + 0.25 * 2.5, q3 = 2.5 + 0.75 * 2.5.
    const Distribution& jaren = *set.distribution("kenmerken.geschiedenis_jaren");
    CHECK(jaren.n == 2);
    CHECK(*jaren.mean == Approx(3.75));
    CHECK(*jaren.median == Approx(3.75));
    CHECK(*jaren.q1 == Approx(3.125));
    CHECK(*jaren.q3 == Approx(4.375));
    CHECK(*jaren.min == 2.5);
    CHECK(*jaren.max == 5.0);
    // 2019-01-10 -> 2019-01-20 = 10 days; 2019-02-01 -> 2019-03-03 = 27 + 3 = 30 days.
    const Distribution& overdracht = *set.distribution("snelheid.melding_tot_overdracht");
    CHECK(overdracht.n == 2);
    CHECK(*overdracht.mean == Approx(20.0));
    CHECK(*overdracht.min == 10.0);
    CHECK(*overdracht.max == 30.0);
    // No trajectories at all: no starts.
    const Distribution& hulp = *set.distribution("snelheid.melding_tot_hulp");
    CHECK(hulp.n == 0);
    CHECK_FALSE(hulp.mean);
    CHECK_FALSE(hulp.median);
}

TEST_CASE("melding_tot_hulp: earliest start on or after melddatum, quartiles by type 7", "[indicators]")
{
    IndicatorFixture f;
    // All reported 2019-01-10.
    const auto c1 = f.addCase("2019-01-10", "2021-01-10");
    f.addTrajectory(c1, {{"startdatum", "2019-02-01"}});   // +22
    f.addTrajectory(c1, {{"startdatum", "2019-01-11"}});   // +1, the earliest
    const auto c2 = f.addCase("2019-01-10", "2021-01-10");
    f.addTrajectory(c2, {{"startdatum", "2019-01-01"}});   // before the report: not a start
    f.addTrajectory(c2, {{"startdatum", "2019-01-13"}});   // +3
    const auto c3 = f.addCase("2019-01-10", "2021-01-10");
    f.addTrajectory(c3, {{"startdatum", "2019-01-17"}});   // +7
    f.addTrajectory(c3, {{"afloop", "niet_gestart"}});     // never started
    const auto c4 = f.addCase("2019-01-10", "2021-01-10");
    f.addTrajectory(c4, {{"startdatum", "2019-01-30"}});   // +20
    const auto c5 = f.addCase("2019-01-10", "2021-01-10");
    f.addTrajectory(c5, {{"startdatum", "2018-12-01"}});   // only help from before: left out
    const auto c6 = f.addCase("2019-01-10", "2021-01-10");
    f.addTrajectory(c6, {{"startdatum", "2019-01-10"}});   // on melddatum: 0 days
    const auto c7 = f.addCase("2019-01-10", "2021-01-10");
    f.addTrajectory(c7, {{"startdatum", "2019-02-19"}});   // +40
    f.addCase("2019-01-10", "2021-01-10");                  // no trajectories

    // Values 0, 1, 3, 7, 20, 40 (n = 6, sum 71). Type 7, h = (n - 1) p:
    // q1: h = 1.25 -> 1 + 0.25 * (3 - 1) = 1.5; median: h = 2.5 -> 3 + 0.5 * 4 = 5;
    // q3: h = 3.75 -> 7 + 0.75 * 13 = 16.75.
    const IndicatorSet set = f.compute();
    const Distribution& hulp = *set.distribution("snelheid.melding_tot_hulp");
    CHECK(hulp.n == 6);
    CHECK(*hulp.mean == Approx(71.0 / 6));
    CHECK(*hulp.q1 == Approx(1.5));
    CHECK(*hulp.median == Approx(5.0));
    CHECK(*hulp.q3 == Approx(16.75));
    CHECK(*hulp.min == 0.0);
    CHECK(*hulp.max == 40.0);
}

TEST_CASE("zero denominators give no percent and no interval", "[indicators]")
{
    SECTION("an empty study")
    {
        IndicatorFixture f;
        const IndicatorSet set = f.compute();
        CHECK(set.cases == 0);
        REQUIRE(set.proportions.size() == IndicatorEngine::proportionIds().size());
        for (const Proportion& p : set.proportions) {
            INFO(p.id);
            CHECK(Counts{p.numerator, p.denominator, p.unknown} == Counts{0, 0, 0});
            CHECK_FALSE(p.percent);
            CHECK_FALSE(p.ci95);
        }
        for (const Distribution& d : set.distributions) {
            INFO(d.id);
            CHECK(d.n == 0);
            CHECK_FALSE(d.mean);
            CHECK_FALSE(d.q1);
        }
    }
    SECTION("cases with only unknown values")
    {
        IndicatorFixture f;
        f.addCase("2019-01-10", "2021-01-10", {{"minderjarigen", ""}});
        const IndicatorSet set = f.compute();
        CHECK(test::counts(set, "kenmerken.minderjarigen") == Counts{0, 0, 1});
        CHECK_FALSE(set.proportion("kenmerken.minderjarigen")->percent);
        CHECK_FALSE(set.proportion("kenmerken.minderjarigen")->ci95);
        // No trajectory, no event: nothing to count for uitval, afstemming, risk factors.
        CHECK(test::counts(set, "uitval.trajecten") == Counts{0, 0, 0});
        CHECK(test::counts(set, "regie.afstemming") == Counts{0, 0, 0});
        CHECK(test::counts(set, "hulp.risicofactor.opvoeding") == Counts{0, 0, 0});
        CHECK(test::counts(set, "recidive.bekend_bij_een_partij") == Counts{0, 0, 0});
        CHECK_FALSE(set.proportion("recidive.bekend_bij_een_partij")->percent);
        // Recidive is over all cases: 0 of 1.
        CHECK(test::counts(set, "recidive.nieuw_geweld") == Counts{0, 1, 0});
        CHECK(*set.proportion("recidive.nieuw_geweld")->percent == 0.0);
    }
}
