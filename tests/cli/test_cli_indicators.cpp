#include "tests/cli/CliRunner.h"
#include "tests/cli/TextContains.h"
#include "tests/cli/JsonValue.h"
#include "tests/cli/MiniStudy.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>
#include <string>

using km::test::CliRunner;
using km::test::CliResult;
using km::test::contains;
using km::test::JsonValue;

namespace {

long roundHalfAway(double x)
{
    return static_cast<long>(std::floor(std::fabs(x) + 0.5)) * (x < 0 ? -1 : 1);
}

} // namespace

TEST_CASE("indicators of the embedded demo study reproduce the published figures", "[cli][indicators]")
{
    const CliResult r = CliRunner::run({"indicators", "--format", "json"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const JsonValue doc = JsonValue::parse(r.out);
    // Without --cohort: one block per cohort, in name order.
    REQUIRE(doc["cohorts"].size() == 2);
    const JsonValue& block = doc["cohorts"][0];
    CHECK(block["cohort"].text == "NHN-2019");
    CHECK(doc["cohorts"][1]["cohort"].text == "NHN-2023");
    CHECK(block["cases"].number == 99);

    // shared/published-figures.md, whole percent (rounded half away from zero).
    const std::map<std::string, long> published{
        {"kenmerken.minderjarigen", 90}, {"kenmerken.richting.kind", 51}, {"kenmerken.richting.partner", 48},
        {"kenmerken.aard.psychisch", 60}, {"kenmerken.aard.fysiek", 40}, {"kenmerken.vt_eerder_betrokken", 54},
        {"kenmerken.geweldsgeschiedenis", 59}, {"recidive.nieuw_geweld", 21}, {"recidive.nieuwe_zorgen", 28},
        {"regie.afstemming", 34}, {"regie.casusregie", 49}, {"plannen.veiligheidsplan", 29},
        {"plannen.hulpverleningsplan", 31}, {"plannen.herstelplan", 11}, {"uitval.voldoende_doorlopen", 33}};
    for (const auto& [id, percent] : published) {
        INFO(id);
        const JsonValue& p = block["indicators"].byId(id);
        CHECK(roundHalfAway(p["percent"].number) == percent);
        // The reported percentage is the numerator over the denominator.
        CHECK(p["percent"].number == Approx(100.0 * p["numerator"].number / p["denominator"].number).margin(0.005));
    }
    // Counts the generator fixed (tools/generate_demo.py, NHN_2019): 87 of 97 known, 2 unknown;
    // recidive over all 99 cases; afstemming among the 47 cases with 2+ trajectories and a value.
    const JsonValue& minors = block["indicators"].byId("kenmerken.minderjarigen");
    CHECK(minors["numerator"].number == 87);
    CHECK(minors["denominator"].number == 97);
    CHECK(minors["unknown"].number == 2);
    CHECK(block["indicators"].byId("recidive.nieuw_geweld")["denominator"].number == 99);
    CHECK(block["indicators"].byId("regie.afstemming")["denominator"].number == 47);
    // "often known to only one party".
    CHECK(block["indicators"].byId("recidive.bekend_bij_een_partij")["percent"].number > 50);

    const JsonValue& help = block["distributions"].byId("snelheid.melding_tot_hulp");
    CHECK(help["unit"].text == "dagen");
    CHECK(roundHalfAway(help["mean"].number) == 168);
    CHECK(block["distributions"].byId("kenmerken.geschiedenis_jaren")["mean"].number == Approx(5.0).margin(0.05));
}

TEST_CASE("indicators list every id of the codebook in the agreed order", "[cli][indicators]")
{
    const CliResult r = CliRunner::run({"indicators", "--cohort", "NHN-2023", "--format", "json"});
    REQUIRE(r.exitCode == 0);
    const JsonValue doc = JsonValue::parse(r.out);
    REQUIRE(doc["cohorts"].size() == 1);
    // The brief's proportion id order (codebook table order, every multi value).
    const std::vector<std::string> ids{
        "kenmerken.minderjarigen", "kenmerken.richting.kind", "kenmerken.richting.partner",
        "kenmerken.richting.oudere", "kenmerken.richting.ouder", "kenmerken.richting.overig",
        "kenmerken.aard.psychisch", "kenmerken.aard.fysiek", "kenmerken.aard.seksueel",
        "kenmerken.aard.verwaarlozing", "kenmerken.aard.financieel", "kenmerken.aard.stalking",
        "kenmerken.vt_eerder_betrokken", "kenmerken.geweldsgeschiedenis", "recidive.nieuw_geweld",
        "recidive.nieuwe_zorgen", "recidive.bekend_bij_een_partij", "uitval.trajecten", "uitval.casussen",
        "uitval.voldoende_doorlopen", "uitval.niet_gestart", "regie.casusregie", "regie.afstemming",
        "plannen.veiligheidsplan", "plannen.hulpverleningsplan", "plannen.herstelplan",
        "hulp.risicofactor.opvoeding", "hulp.risicofactor.relatie_scheiding", "hulp.risicofactor.psych_kind",
        "hulp.risicofactor.geweldsgeschiedenis", "hulp.risicofactor.psych_volwassene",
        "hulp.risicofactor.verslaving", "hulp.risicofactor.financien_werk", "hulp.risicofactor.overig"};
    const JsonValue& indicators = doc["cohorts"][0]["indicators"];
    REQUIRE(indicators.size() == ids.size());
    for (std::size_t i = 0; i < ids.size(); ++i) {
        CHECK(indicators[i]["id"].text == ids[i]);
        CHECK(indicators[i].keys() == std::vector<std::string>{"id", "numerator", "denominator", "unknown", "percent", "ci95"});
    }
    const JsonValue& distributions = doc["cohorts"][0]["distributions"];
    REQUIRE(distributions.size() == 3);
    CHECK(distributions[0]["id"].text == "kenmerken.geschiedenis_jaren");
    CHECK(distributions[1]["id"].text == "snelheid.melding_tot_overdracht");
    CHECK(distributions[2]["id"].text == "snelheid.melding_tot_hulp");
}

TEST_CASE("indicators with several --cohort give one block for the cohorts together", "[cli][indicators]")
{
    const CliResult r = CliRunner::run({"indicators", "--cohort", "NHN-2019", "--cohort", "NHN-2023", "--format", "json"});
    REQUIRE(r.exitCode == 0);
    const JsonValue doc = JsonValue::parse(r.out);
    REQUIRE(doc["cohorts"].size() == 1);
    CHECK(doc["cohorts"][0]["cohort"].text == "NHN-2019 + NHN-2023");
    CHECK(doc["cohorts"][0]["cases"].number == 99 + 120);   // generator: 99 and 120 cases
    // recidive's denominator is all cases.
    CHECK(doc["cohorts"][0]["indicators"].byId("recidive.nieuw_geweld")["denominator"].number == 219);
}

TEST_CASE("indicators JSON of a hand-checked study, byte for byte", "[cli][indicators]")
{
    km::test::TempDir dir;
    const std::string study = km::test::MiniStudy::create(dir);
    const CliResult r = CliRunner::run({"indicators", study, "--format", "json"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    // Worked out from MiniStudy.h. Wilson 95% intervals (z = 1.959963984540054), in percent,
    // from the score formula (p + z²/2n ± z·sqrt(p(1-p)/n + z²/4n²)) / (1 + z²/n):
    //   1/2 -> [9.45, 90.55]   2/2 -> [34.24, 100]   0/2 -> [0, 65.76]
    //   1/1 -> [20.65, 100]    0/1 -> [0, 79.35]     1/3 -> [6.15, 79.23]
    const std::string half = R"("numerator":1,"denominator":2,"unknown":0,"percent":50,"ci95":[9.45,90.55]})";
    const std::string none2 = R"("numerator":0,"denominator":2,"unknown":0,"percent":0,"ci95":[0,65.76]})";
    const std::string aardUnknown = R"("numerator":0,"denominator":0,"unknown":2,"percent":null,"ci95":null})";
    const std::string expected = std::string(R"({"cohorts":[{"cohort":"MINI","cases":2,"indicators":[)")
        + R"({"id":"kenmerken.minderjarigen",)" + half + ","                 // M1 ja, M2 nee
        + R"({"id":"kenmerken.richting.kind",)" + half + ","                 // M1 only
        + R"({"id":"kenmerken.richting.partner","numerator":2,"denominator":2,"unknown":0,"percent":100,"ci95":[34.24,100]},)"
        + R"({"id":"kenmerken.richting.oudere",)" + none2 + ","
        + R"({"id":"kenmerken.richting.ouder",)" + none2 + ","
        + R"({"id":"kenmerken.richting.overig",)" + none2 + ","
        + R"({"id":"kenmerken.aard.psychisch",)" + aardUnknown + ","         // aard empty in both cases
        + R"({"id":"kenmerken.aard.fysiek",)" + aardUnknown + ","
        + R"({"id":"kenmerken.aard.seksueel",)" + aardUnknown + ","
        + R"({"id":"kenmerken.aard.verwaarlozing",)" + aardUnknown + ","
        + R"({"id":"kenmerken.aard.financieel",)" + aardUnknown + ","
        + R"({"id":"kenmerken.aard.stalking",)" + aardUnknown + ","
        + R"({"id":"kenmerken.vt_eerder_betrokken",)" + half + ","
        + R"({"id":"kenmerken.geweldsgeschiedenis",)" + half + ","
        + R"({"id":"recidive.nieuw_geweld",)" + half + ","                   // M1, day 143
        + R"({"id":"recidive.nieuwe_zorgen",)" + half + ","                  // M2, day 61
        + R"({"id":"recidive.bekend_bij_een_partij",)" + half + ","          // M1 vt only; M2 beide
        // Trajectories: afgerond, lopend, niet_gestart. Ended: 1 (none early); started: 2.
        + R"({"id":"uitval.trajecten","numerator":0,"denominator":1,"unknown":0,"percent":0,"ci95":[0,79.35]},)"
        + R"({"id":"uitval.casussen","numerator":0,"denominator":1,"unknown":0,"percent":0,"ci95":[0,79.35]},)"
        + R"({"id":"uitval.voldoende_doorlopen",)" + half + ","
        + R"({"id":"uitval.niet_gestart","numerator":1,"denominator":3,"unknown":0,"percent":33.33,"ci95":[6.15,79.23]},)"
        + R"({"id":"regie.casusregie",)" + half + ","
        // Only M1 has 2+ trajectories, afstemming ja.
        + R"({"id":"regie.afstemming","numerator":1,"denominator":1,"unknown":0,"percent":100,"ci95":[20.65,100]},)"
        + R"({"id":"plannen.veiligheidsplan",)" + half + ","                 // allen, geen
        + R"({"id":"plannen.hulpverleningsplan","numerator":0,"denominator":1,"unknown":1,"percent":0,"ci95":[0,79.35]},)"
        + R"({"id":"plannen.herstelplan","numerator":0,"denominator":1,"unknown":1,"percent":0,"ci95":[0,79.35]},)"
        // Both cases have a trajectory with known risk factors: M1 opvoeding, psych_kind,
        // psych_volwassene; M2 relatie_scheiding.
        + R"({"id":"hulp.risicofactor.opvoeding",)" + half + ","
        + R"({"id":"hulp.risicofactor.relatie_scheiding",)" + half + ","
        + R"({"id":"hulp.risicofactor.psych_kind",)" + half + ","
        + R"({"id":"hulp.risicofactor.geweldsgeschiedenis",)" + none2 + ","
        + R"({"id":"hulp.risicofactor.psych_volwassene",)" + half + ","
        + R"({"id":"hulp.risicofactor.verslaving",)" + none2 + ","
        + R"({"id":"hulp.risicofactor.financien_werk",)" + none2 + ","
        + R"({"id":"hulp.risicofactor.overig",)" + none2
        + R"(],"distributions":[)"
        // M1's 4,5 years; handovers after 10 and 30 days (quartiles 10 + 0.25·20, 10 + 0.75·20);
        // help 30 days after the report for M1 only (the ggz start precedes the report).
        + R"({"id":"kenmerken.geschiedenis_jaren","unit":"jaren","n":1,"mean":4.5,"median":4.5,"q1":4.5,"q3":4.5},)"
        + R"({"id":"snelheid.melding_tot_overdracht","unit":"dagen","n":2,"mean":20,"median":20,"q1":15,"q3":25},)"
        + R"({"id":"snelheid.melding_tot_hulp","unit":"dagen","n":1,"mean":30,"median":30,"q1":30,"q3":30})"
        + "]}]}\n";
    CHECK(r.out == expected);
}

TEST_CASE("indicators table is Dutch, grouped, with decimal commas", "[cli][indicators]")
{
    const CliResult r = CliRunner::run({"indicators", "--cohort", "NHN-2019"});
    REQUIRE(r.exitCode == 0);
    CHECK(contains(r.out, "synthetische"));              // the demo study says it is invented
    CHECK(contains(r.out, "NHN-2019: 99 casussen"));
    CHECK(contains(r.out, "Kenmerken van de casussen"));
    CHECK(contains(r.out, "Snelheid"));
    CHECK(contains(r.out, "Minderjarigen in het huishouden"));
    CHECK(contains(r.out, "87/97"));
    CHECK(contains(r.out, "89,7%"));                     // 87/97 = 89.69%
    CHECK(contains(r.out, "21/99"));
}

TEST_CASE("indicators CSV is stable: two runs give the same bytes", "[cli][indicators]")
{
    const CliResult first = CliRunner::run({"indicators", "--format", "csv"});
    const CliResult second = CliRunner::run({"indicators", "--format", "csv"});
    REQUIRE(first.exitCode == 0);
    CHECK(first.out == second.out);
    CHECK(first.out.rfind("cohort,cases,id,unit,numerator,denominator,unknown,percent,ci95_lower,ci95_upper,n,mean,median,q1,q3\n", 0) == 0);
    // 2 cohorts x (34 proportions + 3 distributions) rows after the header.
    CHECK(std::count(first.out.begin(), first.out.end(), '\n') == 1 + 2 * (34 + 3));
    CHECK(contains(first.out, "\nNHN-2019,99,recidive.nieuw_geweld,,21,99,0,21.21,"));
}

TEST_CASE("a recidive window (--window-months) narrows recidive but keeps all cases in the denominator", "[cli][indicators]")
{
    km::test::TempDir dir;
    const std::string study = km::test::MiniStudy::create(dir);
    // M1's new violence is on day 143 (after 4 months and 22 days): outside a 4-month window.
    const CliResult r = CliRunner::run({"indicators", study, "--window-months", "4", "--format", "json"});
    REQUIRE(r.exitCode == 0);
    const JsonValue p = JsonValue::parse(r.out)["cohorts"][0]["indicators"].byId("recidive.nieuw_geweld");
    CHECK(p["numerator"].number == 0);
    CHECK(p["denominator"].number == 2);
    const CliResult five = CliRunner::run({"indicators", study, "--window-months", "5", "--format", "json"});
    CHECK(JsonValue::parse(five.out)["cohorts"][0]["indicators"].byId("recidive.nieuw_geweld")["numerator"].number == 1);
}
