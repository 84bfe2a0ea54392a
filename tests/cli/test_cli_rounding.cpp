// --round-counts: the optional second disclosure policy on the command line (docs/disclosure.md).
#include "tests/cli/CliRunner.h"
#include "tests/cli/DemoStudy.h"
#include "tests/cli/TempDir.h"
#include "tests/cli/TextContains.h"

#include <catch2/catch.hpp>

using km::test::CliResult;
using km::test::CliRunner;
using km::test::contains;
using km::test::TempDir;

TEST_CASE("export --round-counts 5 rounds every count and computes the percent from the rounded counts",
          "[cli][figures][disclosure]")
{
    TempDir dir;
    const std::string study = km::test::DemoStudy::create(dir, "studie.db");
    const std::string folder = dir.file("figuren");
    const CliResult exported = CliRunner::run({"export", study, "--out", folder, "--cohort", "NHN-2019", "--round-counts", "5"});
    if (exported.exitCode == 3 && contains(exported.err, "niet beschikbaar")) {
        WARN("built without the desktop program's ui library: no export");
        return;
    }
    INFO(exported.err);
    REQUIRE(exported.exitCode == 0);
    const std::string csv = km::test::readFile(folder + "/recidive.csv");
    // Recidive 21/99 (21.21%) reads 20/100, 20.00%; unknown 0 stays 0.
    // The CSV of --lang nl is the Dutch Excel dialect (docs/export-formats.md): ';' and a decimal comma.
    CHECK(contains(csv, "\r\nNHN-2019;recidive;recidive.nieuw_geweld;Nieuw geweld binnen het venster;20;100;0;20,00;"));
    CHECK(contains(km::test::readFile(folder + "/toelichting.txt"), "afgerond op veelvouden van 5"));

    const CliResult both = CliRunner::run({"export", study, "--out", folder, "--round-counts", "5", "--no-suppression"});
    CHECK(both.exitCode == 2);
    CHECK(contains(both.err, "--round-counts en --no-suppression gaan niet samen"));
    const CliResult bad = CliRunner::run({"export", study, "--out", folder, "--round-counts", "1"});
    CHECK(bad.exitCode == 2);
    CHECK(contains(bad.err, "--round-counts verwacht een heel aantal van 2 tot en met 100"));
}
