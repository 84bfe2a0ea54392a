// The command line and the study file's safety: a newer schema is refused with exit code 3,
// and delete-cohort removes one cohort completely (cascading, overwritten in the file).
#include "core/db/Database.h"
#include "core/db/Statement.h"
#include "core/db/Study.h"
#include "tests/cli/CliRunner.h"
#include "tests/cli/DemoStudy.h"
#include "tests/cli/TempDir.h"
#include "tests/cli/TextContains.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

using km::test::CliResult;
using km::test::CliRunner;
using km::test::contains;
using km::test::DemoStudy;
using km::test::TempDir;

namespace {

const std::string demoDir = KM_DEMO_DIR;

std::int64_t count(km::Database& db, const std::string& sql)
{
    km::Statement st = db.prepare(sql);
    st.step();
    return st.int64(0);
}

// Lines of the demo casussen file that belong to `cohort` (the file is ;-separated).
std::int64_t demoCases(const std::string& cohort)
{
    const std::string text = km::test::readFile(demoDir + "/casussen.csv");
    std::int64_t n = 0;
    for (std::size_t at = text.find(";" + cohort + ";"); at != std::string::npos; at = text.find(";" + cohort + ";", at + 1))
        ++n;
    return n;
}

} // namespace

TEST_CASE("a study of a newer schema version: exit code 3 and a clear message", "[cli][safety]")
{
    TempDir dir;
    const std::string study = DemoStudy::create(dir, "demo.db");
    {
        km::Database db(study, km::Database::Mode::ReadWrite);
        db.exec("PRAGMA user_version = 7");
    }
    const CliResult r = CliRunner::run({"indicators", study});
    CHECK(r.exitCode == 3);
    CHECK(contains(r.err, "schemaversie 7"));
    CHECK(contains(r.err, "nieuwere Ketenmonitor"));
}

TEST_CASE("delete-cohort removes one cohort with its trajectories and events", "[cli][safety]")
{
    TempDir dir;
    const std::string study = DemoStudy::create(dir, "demo.db");
    const CliResult r = CliRunner::run({"delete-cohort", study, "--cohort", "NHN-2019"});
    REQUIRE(r.exitCode == 0);
    // demoCases counts the NHN-2019 lines of the demo file independently of the program.
    CHECK(contains(r.out, "Cohort \"NHN-2019\" verwijderd: " + std::to_string(demoCases("NHN-2019")) + " casussen"));

    auto s = km::Study::open(study, false);
    CHECK(count(s->db(), "SELECT count(*) FROM cases WHERE cohort = 'NHN-2019'") == 0);
    CHECK(count(s->db(), "SELECT count(*) FROM cases WHERE cohort = 'NHN-2023'") == demoCases("NHN-2023"));
    // Nothing is left hanging: every trajectory and event belongs to a remaining case.
    CHECK(count(s->db(), "SELECT count(*) FROM trajectories t JOIN cases c ON c.id = t.case_id "
                         "WHERE c.cohort = 'NHN-2023'") == count(s->db(), "SELECT count(*) FROM trajectories"));
    CHECK(count(s->db(), "SELECT count(*) FROM events e LEFT JOIN cases c ON c.id = e.case_id WHERE c.id IS NULL") == 0);
    CHECK(count(s->db(), "SELECT count(*) FROM case_extra x LEFT JOIN cases c ON c.id = x.case_id WHERE c.id IS NULL") == 0);
    s.reset();
    // Overwritten, not just unlinked: no casus_id of the deleted cohort is left in the file.
    const std::string bytes = km::test::readFile(study) + km::test::readFile(study + "-wal");
    CHECK_FALSE(contains(bytes, "DEMO19-0"));
    CHECK(contains(bytes, "DEMO23-0"));
}

TEST_CASE("delete-cohort while another connection reads: refused, and once it closes the ids leave the file",
          "[cli][safety]")
{
    TempDir dir;
    const std::string study = DemoStudy::create(dir, "demo.db");
    const std::int64_t cases = demoCases("NHN-2019");
    {
        // Another program in the middle of reading, as a desktop window holding its snapshot.
        km::Database reader(study, km::Database::Mode::ReadOnly);
        reader.exec("BEGIN");
        REQUIRE(count(reader, "SELECT count(*) FROM cases WHERE cohort = 'NHN-2019'") == cases);
        const CliResult r = CliRunner::run({"delete-cohort", study, "--cohort", "NHN-2019"});
        CHECK(r.exitCode == 3);
        CHECK(contains(r.err, "Niets verwijderd: een ander programma leest in"));
        CHECK(r.out.empty());
        reader.exec("COMMIT");
        CHECK(count(reader, "SELECT count(*) FROM cases WHERE cohort = 'NHN-2019'") == cases);
    }
    const CliResult r = CliRunner::run({"delete-cohort", study, "--cohort", "NHN-2019"});
    REQUIRE(r.exitCode == 0);
    CHECK(contains(r.out, "verwijderd: " + std::to_string(cases) + " casussen"));
    const std::string bytes = km::test::readFile(study) + km::test::readFile(study + "-wal");
    CHECK_FALSE(contains(bytes, "DEMO19-0"));
    CHECK(contains(bytes, "DEMO23-0"));
}

TEST_CASE("delete-cohort of an unknown cohort changes nothing (exit code 2)", "[cli][safety]")
{
    TempDir dir;
    const std::string study = DemoStudy::create(dir, "demo.db");
    const CliResult r = CliRunner::run({"delete-cohort", study, "--cohort", "NHN-1999"});
    CHECK(r.exitCode == 2);
    CHECK(contains(r.err, "onbekend cohort \"NHN-1999\""));
    auto s = km::Study::open(study, false);
    CHECK(s->caseCount() == demoCases("NHN-2019") + demoCases("NHN-2023"));
}

TEST_CASE("delete-cohort needs exactly one --cohort", "[cli][safety]")
{
    TempDir dir;
    const std::string study = DemoStudy::create(dir, "demo.db");
    CHECK(CliRunner::run({"delete-cohort", study}).exitCode == 2);
    CHECK(CliRunner::run({"delete-cohort", study, "--cohort", "NHN-2019", "--cohort", "NHN-2023"}).exitCode == 2);
}
