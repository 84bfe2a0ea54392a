#include "tests/cli/CliRunner.h"
#include "tests/cli/TextContains.h"
#include "tests/cli/TempDir.h"

#include "core/Version.h"

#include <catch2/catch.hpp>

#include <string>

using km::test::CliRunner;
using km::test::CliResult;
using km::test::contains;

TEST_CASE("usage errors exit 2 with a message on stderr and nothing on stdout", "[cli][usage]")
{
    const std::vector<std::vector<std::string>> wrong{
        {},                                                         // no command
        {"rapport"},                                                // unknown command
        {"--bestaat-niet"},
        {"indicators", "--bestaat-niet"},                           // unknown option
        {"indicators", "-"},
        {"indicators", "-x"},
        {"indicators", "--=x"},
        {"indicators", "--soort", "nieuw_geweld"},                  // option of another command
        {"indicators", "--cohort"},                                 // missing value
        {"indicators", "--window-months", "twaalf"},                // bad number
        {"indicators", "--window-months", "12x"},
        {"indicators", "--window-months", "0"},
        {"indicators", "--window-months=-3"},
        {"indicators", "--format", "xml"},
        {"indicators", "a.db", "b.db"},                             // two studies
        {"indicators", "--regio", "Alkmaar", "--regio", "Den Helder"},
        {"compare", "--cohort", "NHN-2019"},                        // compare needs two cohorts
        {"compare", "--cohort", "NHN-2019", "--cohort", "NHN-2019"},
        {"survival"},                                               // --soort is required
        {"survival", "--soort", "overlijden"},
        {"survival", "--soort", "nieuw_geweld", "--window-months", "12"},
        {"import", "--casussen", "c.csv"},                          // no study file
        {"import", "s.db"},                                         // no --casussen
    };
    for (const auto& args : wrong) {
        std::string joined;
        for (const std::string& a : args)
            joined += a + " ";
        INFO("args: " << joined);
        const CliResult r = CliRunner::run(args);
        CHECK(r.exitCode == 2);
        CHECK(r.out.empty());
        CHECK(contains(r.err, "ketenmonitor-cli: "));
        CHECK(contains(r.err, "--help"));
    }
}

TEST_CASE("an unknown cohort or regio exits 2 and lists what exists", "[cli][usage]")
{
    const CliResult cohort = CliRunner::run({"indicators", "--cohort", "NHN-2020"});
    CHECK(cohort.exitCode == 2);
    CHECK(contains(cohort.err, "NHN-2020"));
    CHECK(contains(cohort.err, "\"NHN-2019\", \"NHN-2023\""));
    CHECK(cohort.out.empty());

    const CliResult compare = CliRunner::run({"compare", "--cohort", "NHN-2019", "--cohort", "X"});
    CHECK(compare.exitCode == 2);
    const CliResult survival = CliRunner::run({"survival", "--soort", "nieuw_geweld", "--cohort", "X"});
    CHECK(survival.exitCode == 2);

    const CliResult regio = CliRunner::run({"indicators", "--regio", "Amsterdam"});
    CHECK(regio.exitCode == 2);
    CHECK(contains(regio.err, "\"Alkmaar\""));
}

TEST_CASE("a study that cannot be opened exits 3", "[cli][usage]")
{
    km::test::TempDir dir;
    const CliResult missing = CliRunner::run({"indicators", dir.file("bestaat-niet.db")});
    CHECK(missing.exitCode == 3);
    CHECK(contains(missing.err, "bestaat-niet.db"));
    const std::string text = dir.write("tekst.db", "geen database\n");
    CHECK(CliRunner::run({"indicators", text}).exitCode == 3);
    CHECK(CliRunner::run({"survival", text, "--soort", "nieuw_geweld"}).exitCode == 3);
    CHECK(CliRunner::run({"compare", text, "--cohort", "A", "--cohort", "B"}).exitCode == 3);
}

TEST_CASE("help and version texts", "[cli][usage]")
{
    const CliResult help = CliRunner::run({"--help"});
    CHECK(help.exitCode == 0);
    CHECK(contains(help.out, "Afsluitcodes"));
    CHECK(contains(help.out, "Voorbeelden"));
    for (const char* command : {"import", "indicators", "compare", "survival"}) {
        const CliResult r = CliRunner::run({command, "--help"});
        INFO(command);
        CHECK(r.exitCode == 0);
        CHECK(contains(r.out, std::string("ketenmonitor-cli ") + command));
        CHECK(contains(r.out, "Afsluitcodes"));
    }
    // --help wins over other, even wrong, arguments.
    CHECK(CliRunner::run({"indicators", "--format", "xml", "--help"}).exitCode == 0);
    CHECK(CliRunner::run({"help", "compare"}).out == CliRunner::run({"compare", "--help"}).out);

    const CliResult version = CliRunner::run({"--version"});
    CHECK(version.exitCode == 0);
    CHECK(version.out == std::string("ketenmonitor-cli ") + km::programVersion + "\n");
}

TEST_CASE("options accept the --name=value form", "[cli][usage]")
{
    const CliResult r = CliRunner::run({"indicators", "--cohort=NHN-2019", "--format=csv"});
    CHECK(r.exitCode == 0);
    CHECK(contains(r.out, "\nNHN-2019,99,kenmerken.minderjarigen,"));
}
