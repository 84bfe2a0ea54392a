#include "IndicatorFixture.h"

#include <catch2/catch.hpp>

using namespace km;
using km::test::Counts;
using km::test::IndicatorFixture;

namespace {

// Seven cases; trajectories are inserted out of case order, so the engine's merge by case id
// is exercised too. Per case (afloop; risicofactoren; afstemming):
//   1: afgerond, voortijdig_client; opvoeding|relatie_scheiding, opvoeding; ja
//   2: afgerond, lopend; (empty), psych_kind; nee
//   3: voortijdig_aanbieder, niet_gestart, onbekend; all empty; (empty)
//   4: lopend, (empty); verslaving, (empty); ja
//   5: niet_gestart; (empty); ja, but only one trajectory
//   6: onbekend; overig
//   7: no trajectories; ja
IndicatorFixture uitvalStudy()
{
    IndicatorFixture f;
    const auto c1 = f.addCase("2019-01-10", "2021-01-10", {{"afstemming", "ja"}});
    const auto c2 = f.addCase("2019-01-10", "2021-01-10", {{"afstemming", "nee"}});
    const auto c3 = f.addCase("2019-01-10", "2021-01-10", {{"afstemming", ""}});
    const auto c4 = f.addCase("2019-01-10", "2021-01-10", {{"afstemming", "ja"}});
    const auto c5 = f.addCase("2019-01-10", "2021-01-10", {{"afstemming", "ja"}});
    const auto c6 = f.addCase("2019-01-10", "2021-01-10");
    f.addCase("2019-01-10", "2021-01-10", {{"afstemming", "ja"}});

    f.addTrajectory(c3, {{"afloop", "voortijdig_aanbieder"}});
    f.addTrajectory(c6, {{"afloop", "onbekend"}, {"risicofactoren", "overig"}});
    f.addTrajectory(c1, {{"afloop", "afgerond"}, {"risicofactoren", "opvoeding|relatie_scheiding"}});
    f.addTrajectory(c2, {{"afloop", "afgerond"}, {"risicofactoren", ""}});
    f.addTrajectory(c3, {{"afloop", "niet_gestart"}});
    f.addTrajectory(c1, {{"afloop", "voortijdig_client"}, {"risicofactoren", "opvoeding"}});
    f.addTrajectory(c4, {{"afloop", "lopend"}, {"risicofactoren", "verslaving"}});
    f.addTrajectory(c2, {{"afloop", "lopend"}, {"risicofactoren", "psych_kind"}});
    f.addTrajectory(c5, {{"afloop", "niet_gestart"}});
    f.addTrajectory(c4, {{"afloop", ""}});
    f.addTrajectory(c3, {{"afloop", "onbekend"}});
    return f;
}

} // namespace

TEST_CASE("uitval with every afloop value", "[indicators][uitval]")
{
    const IndicatorSet set = uitvalStudy().compute();
    // 11 trajectories: afgerond 2, voortijdig_client 1, voortijdig_aanbieder 1, niet_gestart 2,
    // lopend 2, onbekend 2, empty 1 -> unknown afloop 3 for every trajectory-level indicator.

    // Early (2) over ended (afgerond 2 + early 2 = 4).
    CHECK(test::counts(set, "uitval.trajecten") == Counts{2, 4, 3});
    CHECK(*set.proportion("uitval.trajecten")->percent == Approx(50.0));
    // Afgerond (2) over started (afgerond 2 + early 2 + lopend 2 = 6).
    CHECK(test::counts(set, "uitval.voldoende_doorlopen") == Counts{2, 6, 3});
    // Niet_gestart (2) over known afloop (11 - 3 = 8).
    CHECK(test::counts(set, "uitval.niet_gestart") == Counts{2, 8, 3});
    CHECK(*set.proportion("uitval.niet_gestart")->percent == Approx(25.0));
    // Cases: ended trajectories in 1, 2, 3, early ones in 1 and 3. Unknown: 4 (lopend + empty)
    // and 6 (onbekend) have no ended trajectory but an unknown afloop; 5 (niet_gestart only)
    // and 7 (none) count nowhere.
    CHECK(test::counts(set, "uitval.casussen") == Counts{2, 3, 2});
}

TEST_CASE("regie.afstemming only for cases with two or more trajectories", "[indicators][regie]")
{
    const IndicatorSet set = uitvalStudy().compute();
    // 2+ trajectories: 1 (ja), 2 (nee), 3 (empty -> unknown), 4 (ja). Case 5 has one
    // trajectory and 7 none: their ja does not count.
    CHECK(test::counts(set, "regie.afstemming") == Counts{2, 3, 1});
}

TEST_CASE("hulp.risicofactor per case over cases with known risk factors", "[indicators][hulp]")
{
    const IndicatorSet set = uitvalStudy().compute();
    // Known: 1 {opvoeding, relatie_scheiding}, 2 {psych_kind}, 4 {verslaving}, 6 {overig}.
    // Unknown: 3 and 5 (trajectories, none with risk factors). Case 7 has no trajectory.
    CHECK(test::counts(set, "hulp.risicofactor.opvoeding") == Counts{1, 4, 2});
    CHECK(test::counts(set, "hulp.risicofactor.relatie_scheiding") == Counts{1, 4, 2});
    CHECK(test::counts(set, "hulp.risicofactor.psych_kind") == Counts{1, 4, 2});
    CHECK(test::counts(set, "hulp.risicofactor.geweldsgeschiedenis") == Counts{0, 4, 2});
    CHECK(test::counts(set, "hulp.risicofactor.psych_volwassene") == Counts{0, 4, 2});
    CHECK(test::counts(set, "hulp.risicofactor.verslaving") == Counts{1, 4, 2});
    CHECK(test::counts(set, "hulp.risicofactor.financien_werk") == Counts{0, 4, 2});
    CHECK(test::counts(set, "hulp.risicofactor.overig") == Counts{1, 4, 2});
    // Case 1 names opvoeding twice (two trajectories): it is one case.
    CHECK(*set.proportion("hulp.risicofactor.opvoeding")->percent == Approx(25.0));
}

TEST_CASE("a case without trajectories", "[indicators]")
{
    IndicatorFixture f;
    f.addCase("2019-01-10", "2021-01-10", {{"afstemming", "ja"}, {"minderjarigen", "ja"}});
    const IndicatorSet set = f.compute();
    CHECK(set.cases == 1);
    CHECK(test::counts(set, "kenmerken.minderjarigen") == Counts{1, 1, 0});
    for (const char* id : {"uitval.trajecten", "uitval.casussen", "uitval.voldoende_doorlopen", "uitval.niet_gestart",
                           "regie.afstemming", "hulp.risicofactor.overig"}) {
        INFO(id);
        CHECK(test::counts(set, id) == Counts{0, 0, 0});
    }
    CHECK(set.distribution("snelheid.melding_tot_hulp")->n == 0);
}
