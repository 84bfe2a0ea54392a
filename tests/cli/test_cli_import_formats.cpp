#include "tests/cli/CliRunner.h"
#include "tests/cli/TextContains.h"
#include "tests/cli/TempDir.h"

#include <catch2/catch.hpp>

#include <string>

using km::test::CliRunner;
using km::test::CliResult;
using km::test::contains;
using km::test::TempDir;

namespace {

const std::string demoDir = KM_DEMO_DIR;

} // namespace

TEST_CASE("import takes a workbook as a positional file and imports all its sheets", "[cli][import][formats]")
{
    TempDir dir;
    const std::string study = dir.file("demo.db");
    const CliResult r = CliRunner::run({"import", study, demoDir + "/demo.xlsx"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    // The demo CSVs have 219, 386 and 114 data rows (wc -l minus the header).
    CHECK(contains(r.out, "casussen: 219 rijen"));
    CHECK(contains(r.out, "trajecten: 386 rijen"));
    CHECK(contains(r.out, "gebeurtenissen: 114 rijen"));
}

TEST_CASE("import of a workbook without a casussen sheet exits 1 and says which sheets it has", "[cli][import][formats]")
{
    TempDir dir;
    const std::string study = dir.file("s.db");
    const CliResult r = CliRunner::run({"import", study, std::string(KM_TEST_DATA) + "/ods_only_trajecten.ods"});
    CHECK(r.exitCode == 1);
    CHECK(contains(r.err, "geen blad 'casussen' (bladen: 'trajecten')"));
    const CliResult notATable = CliRunner::run({"import", study, dir.write("a.csv", "x\n1\n"), dir.write("b.csv", "y\n2\n")});
    CHECK(notATable.exitCode == 1);
    CHECK(contains(notATable.err, "uit de bestandsnaam blijkt niet welke tabel dit is"));
}

TEST_CASE("import --mapping maps headers and recodes values", "[cli][import][formats]")
{
    TempDir dir;
    const std::string study = dir.file("s.db");
    const std::string data = dir.write("export.csv",
        "Dossiernummer;Steekproef;Datum melding;Einde observatie;Kinderen\n"
        "D-1;NHN-2019;15-01-2019;15-01-2021;Ja, zeker\n"
        "D-2;NHN-2019;2019-02-01;2021-02-01;9\n");
    const std::string mapping = dir.write("koppeling.csv",
        "tabel,kolom,veld,waarde,code\n"
        "casussen,Dossiernummer,casus_id,,\n"
        "casussen,Steekproef,cohort,,\n"
        "casussen,Datum melding,melddatum,,\n"
        "casussen,Einde observatie,einde_followup,,\n"
        "casussen,Kinderen,minderjarigen,\"Ja, zeker\",ja\n"
        "casussen,,minderjarigen,9,\n");
    const CliResult r = CliRunner::run({"import", study, data, "--mapping", mapping});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(contains(r.out, "casussen: 2 rijen"));
    // The same file without the mapping misses the required columns.
    const CliResult without = CliRunner::run({"import", dir.file("t.db"), "--casussen", data});
    CHECK(without.exitCode == 1);
    CHECK(contains(without.err, "kolom 'casus_id' ontbreekt"));
}
