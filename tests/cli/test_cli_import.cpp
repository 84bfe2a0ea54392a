#include "tests/cli/CliRunner.h"
#include "tests/cli/TextContains.h"
#include "tests/cli/TempDir.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <string>

using km::test::CliRunner;
using km::test::CliResult;
using km::test::contains;
using km::test::TempDir;

namespace {

const std::string demoDir = KM_DEMO_DIR;

// Data rows of a CSV file without quoted line breaks: its lines minus the header.
long dataRows(const std::string& path)
{
    const std::string text = km::test::readFile(path);
    return static_cast<long>(std::count(text.begin(), text.end(), '\n')) - 1;
}

const std::string header =
    "casus_id;cohort;regio;melddatum;einde_followup;minderjarigen;richting;aard;vt_eerder_betrokken;"
    "geweldsgeschiedenis;geschiedenis_jaren;datum_overdracht;casusregie;afstemming;veiligheidsplan;"
    "hulpverleningsplan;herstelplan\n";

} // namespace

TEST_CASE("import of the demo study's files reports the rows per table and the cohorts", "[cli][import]")
{
    TempDir dir;
    const std::string study = dir.file("demo.db");
    const CliResult r = CliRunner::run({"import", study, "--casussen", demoDir + "/casussen.csv", "--trajecten",
                                        demoDir + "/trajecten.csv", "--gebeurtenissen",
                                        demoDir + "/gebeurtenissen.csv"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.empty());
    // Expected counts come from the files themselves (line counts), not from the program.
    CHECK(contains(r.out, "casussen: " + std::to_string(dataRows(demoDir + "/casussen.csv")) + " rijen"));
    CHECK(contains(r.out, "trajecten: " + std::to_string(dataRows(demoDir + "/trajecten.csv")) + " rijen"));
    CHECK(contains(r.out, "gebeurtenissen: " + std::to_string(dataRows(demoDir + "/gebeurtenissen.csv")) + " rijen"));
    CHECK(contains(r.out, "NHN-2019, NHN-2023"));
    CHECK(std::filesystem::exists(study));

    // Importing the same cases again is an error (casus_id must be unique against the study).
    const CliResult again = CliRunner::run({"import", study, "--casussen", demoDir + "/casussen.csv"});
    CHECK(again.exitCode == 1);
    CHECK(contains(again.err, "er is niets geïmporteerd."));
}

TEST_CASE("a failing import exits 1, names file and line on stderr and leaves the study unchanged",
          "[cli][import]")
{
    TempDir dir;
    const std::string study = dir.file("study.db");
    const std::string good = dir.write("goed.csv", header + "A1;T;Alkmaar;10-01-2020;10-01-2021;ja;kind;fysiek;ja;nee;;;;;;;\n");
    REQUIRE(CliRunner::run({"import", study, "--casussen", good}).exitCode == 0);
    const std::string before = km::test::readFile(study);
    REQUIRE(!before.empty());

    // Line 3: 31 February does not exist; line 4: "misschien" is not a yes/no value. Line 2 is fine.
    const std::string bad = dir.write("fout.csv", header
        + "B1;T;Alkmaar;10-01-2020;10-01-2021;ja;kind;fysiek;ja;nee;;;;;;;\n"
        + "B2;T;Alkmaar;31-02-2020;10-01-2021;ja;kind;fysiek;ja;nee;;;;;;;\n"
        + "B3;T;Alkmaar;10-01-2020;10-01-2021;misschien;kind;fysiek;ja;nee;;;;;;;\n");
    const CliResult r = CliRunner::run({"import", study, "--casussen", bad});
    CHECK(r.exitCode == 1);
    CHECK(r.out.empty());
    CHECK(contains(r.err, bad + ":3:"));
    CHECK(contains(r.err, bad + ":4:"));
    CHECK(contains(r.err, "2 fouten; er is niets geïmporteerd."));
    CHECK(km::test::readFile(study) == before);

    // The study still holds exactly the one good case.
    const CliResult check = CliRunner::run({"indicators", study, "--format", "csv"});
    CHECK(contains(check.out, "\nT,1,kenmerken.minderjarigen,,1,1,0,100,"));
}

TEST_CASE("a failing import into a new study leaves no study file behind", "[cli][import]")
{
    TempDir dir;
    const std::string study = dir.file("nieuw.db");
    const std::string bad = dir.write("fout.csv", header + "B1;T;;10-01-2020;01-01-2020;;;;;;;;;;;;\n");
    const CliResult r = CliRunner::run({"import", study, "--casussen", bad});
    CHECK(r.exitCode == 1);
    CHECK(contains(r.err, bad + ":2:"));
    CHECK_FALSE(std::filesystem::exists(study));
}

TEST_CASE("import of a file that does not exist is an import error, and creates nothing", "[cli][import]")
{
    TempDir dir;
    const std::string study = dir.file("nieuw.db");
    const CliResult r = CliRunner::run({"import", study, "--casussen", dir.file("bestaat-niet.csv")});
    CHECK(r.exitCode == 1);
    CHECK(contains(r.err, "bestaat-niet.csv"));
    CHECK(contains(r.err, "1 fout; er is niets geïmporteerd."));
    CHECK_FALSE(std::filesystem::exists(study));
}

TEST_CASE("import into something that is not a study file exits 3", "[cli][import]")
{
    TempDir dir;
    const std::string notAStudy = dir.write("tekst.db", "dit is geen SQLite-bestand, maar gewone tekst\n");
    const CliResult r = CliRunner::run({"import", notAStudy, "--casussen", demoDir + "/casussen.csv"});
    CHECK(r.exitCode == 3);
    CHECK_FALSE(r.err.empty());
    CHECK(km::test::readFile(notAStudy) == "dit is geen SQLite-bestand, maar gewone tekst\n");

    const CliResult dirAsStudy = CliRunner::run({"import", dir.path(), "--casussen", demoDir + "/casussen.csv"});
    CHECK(dirAsStudy.exitCode == 3);
    CHECK(std::filesystem::is_directory(dir.path()));
}
