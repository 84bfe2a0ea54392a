#include "tests/cli/CliRunner.h"
#include "tests/cli/TextContains.h"
#include "tests/cli/JsonValue.h"
#include "tests/cli/MiniStudy.h"

#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>

using km::test::CliRunner;
using km::test::CliResult;
using km::test::contains;
using km::test::JsonValue;

TEST_CASE("compare JSON has the agreed shape and values", "[cli][compare]")
{
    const CliResult r = CliRunner::run({"compare", "--cohort", "NHN-2019", "--cohort", "NHN-2023", "--format", "json"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const JsonValue doc = JsonValue::parse(r.out);
    CHECK(doc.keys() == std::vector<std::string>{"a", "b", "indicators"});
    CHECK(doc["a"].text == "NHN-2019");
    CHECK(doc["b"].text == "NHN-2023");
    REQUIRE(doc["indicators"].size() == 34);
    for (const JsonValue& d : doc["indicators"].items) {
        CHECK(d.keys() == std::vector<std::string>{"id", "a", "b", "difference", "ci95", "p_fisher"});
        CHECK(d["a"].keys() == std::vector<std::string>{"numerator", "denominator", "percent"});
        CHECK(d["b"].keys() == std::vector<std::string>{"numerator", "denominator", "percent"});
    }
    // recidive.nieuw_geweld, 21/99 against 17/120. Expected values from an independent Python
    // computation: difference 100·(21/99 - 17/120) = 7.0455; Newcombe's hybrid score interval
    // from the two Wilson intervals [-3.0369, 17.4475]; Fisher's two-sided p, summing the
    // hypergeometric probabilities no larger than the observed table's: 0.209910.
    const JsonValue& d = doc["indicators"].byId("recidive.nieuw_geweld");
    CHECK(d["a"]["numerator"].number == 21);
    CHECK(d["a"]["denominator"].number == 99);
    CHECK(d["a"]["percent"].number == 21.21);
    CHECK(d["b"]["percent"].number == 14.17);
    CHECK(d["difference"].number == 7.05);
    CHECK(d["ci95"][0].number == -3.04);
    CHECK(d["ci95"][1].number == 17.45);
    CHECK(d["p_fisher"].number == 0.2099);
    // regie.casusregie 47/96 against 82/117 (same computation): -21.13 [-33.47, -7.90], p 0.0019715.
    const JsonValue& regie = doc["indicators"].byId("regie.casusregie");
    CHECK(regie["difference"].number == -21.13);
    CHECK(regie["ci95"][0].number == -33.47);
    CHECK(regie["ci95"][1].number == -7.9);
    CHECK(regie["p_fisher"].number == 0.001972);   // 4 significant digits
}

TEST_CASE("compare table marks differences whose interval excludes zero", "[cli][compare]")
{
    const CliResult r = CliRunner::run({"compare", "--cohort", "NHN-2019", "--cohort", "NHN-2023"});
    REQUIRE(r.exitCode == 0);
    // casusregie: interval [-33.5, -7.9] excludes 0; nieuw geweld: [-3.0, 17.4] does not.
    std::string regieLine, geweldLine;
    std::size_t start = 0;
    while (start < r.out.size()) {
        const std::size_t end = r.out.find('\n', start);
        const std::string line = r.out.substr(start, end - start);
        if (contains(line, "Casusregie belegd"))
            regieLine = line;
        if (contains(line, "Nieuw geweld binnen het venster"))
            geweldLine = line;
        start = end == std::string::npos ? r.out.size() : end + 1;
    }
    CHECK(regieLine.back() == '*');
    CHECK(contains(regieLine, "[-33,5 – -7,9]"));
    CHECK(geweldLine.back() != '*');
}

TEST_CASE("compare CSV is stable", "[cli][compare]")
{
    const std::vector<std::string> args{"compare", "--cohort", "NHN-2019", "--cohort", "NHN-2023", "--format", "csv"};
    const CliResult first = CliRunner::run(args);
    REQUIRE(first.exitCode == 0);
    CHECK(first.out == CliRunner::run(args).out);
    CHECK(contains(first.out, "\nNHN-2019,NHN-2023,recidive.nieuw_geweld,21,99,21.21,17,120,14.17,7.05,-3.04,17.45,0.2099\n"));
}

TEST_CASE("survival JSON of a hand-checked study, byte for byte", "[cli][survival]")
{
    km::test::TempDir dir;
    const std::string study = km::test::MiniStudy::create(dir);
    // nieuw_geweld: M1 on day 143, M2 censored on day 365: both at risk on day 143, S = 1 - 1/2.
    const CliResult violence = CliRunner::run({"survival", study, "--soort", "nieuw_geweld", "--format", "json"});
    INFO(violence.err);
    REQUIRE(violence.exitCode == 0);
    CHECK(violence.out == R"({"soort":"nieuw_geweld","cohorts":[{"cohort":"MINI","steps":[{"day":143,"at_risk":2,"events":1,"survival":0.5}]}]})" "\n");
    // nieuwe_zorgen: M2 on day 61 (2020-03-01 -> 2020-05-01), M1 censored on day 366.
    const CliResult concerns = CliRunner::run({"survival", study, "--soort", "nieuwe_zorgen", "--format", "json"});
    CHECK(concerns.out == R"({"soort":"nieuwe_zorgen","cohorts":[{"cohort":"MINI","steps":[{"day":61,"at_risk":2,"events":1,"survival":0.5}]}]})" "\n");
}

TEST_CASE("survival gives one curve per cohort, or per named cohort", "[cli][survival]")
{
    const CliResult all = CliRunner::run({"survival", "--soort", "nieuw_geweld", "--format", "json"});
    REQUIRE(all.exitCode == 0);
    const JsonValue doc = JsonValue::parse(all.out);
    CHECK(doc.keys() == std::vector<std::string>{"soort", "cohorts"});
    REQUIRE(doc["cohorts"].size() == 2);
    CHECK(doc["cohorts"][0]["cohort"].text == "NHN-2019");
    const JsonValue& steps = doc["cohorts"][0]["steps"];
    REQUIRE(steps.size() > 0);
    CHECK(steps[0].keys() == std::vector<std::string>{"day", "at_risk", "events", "survival"});
    CHECK(steps[0]["at_risk"].number == 99);   // nobody leaves before the first event (follow-up >= 26 months)
    // 21 of 99 cases have new violence within follow-up (published 21%), and every first event
    // in the demo files falls before day 793, the shortest follow-up (2019-04-30 to 2021-06-30),
    // so nobody is censored before the last event and the curve ends at exactly 78/99.
    double events = 0;
    for (const JsonValue& step : steps.items)
        events += step["events"].number;
    CHECK(events == 21);
    CHECK(steps[steps.size() - 1]["survival"].number == Approx(78.0 / 99).margin(0.00005));

    const CliResult one = CliRunner::run({"survival", "--soort", "nieuwe_zorgen", "--cohort", "NHN-2023", "--format", "json"});
    REQUIRE(one.exitCode == 0);
    const JsonValue oneDoc = JsonValue::parse(one.out);
    REQUIRE(oneDoc["cohorts"].size() == 1);
    CHECK(oneDoc["cohorts"][0]["cohort"].text == "NHN-2023");

    const std::vector<std::string> csvArgs{"survival", "--soort", "nieuw_geweld", "--format", "csv"};
    const CliResult csv = CliRunner::run(csvArgs);
    CHECK(csv.out.rfind("soort,cohort,day,at_risk,events,survival\n", 0) == 0);
    CHECK(csv.out == CliRunner::run(csvArgs).out);
}
