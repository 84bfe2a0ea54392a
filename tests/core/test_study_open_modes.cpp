// How a study is opened and closed: a reader reads the last committed state while another
// program bulk-loads the file, and a closed study leaves an empty WAL even when another
// connection still has the file open.
#include "ImportTestSupport.h"

#include "core/db/BulkLoadJournal.h"
#include "core/db/Statement.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace km;
using namespace km::test;

TEST_CASE("a reader opens and reads the last committed state while another program bulk-loads the study", "[study]")
{
    TempDir dir;
    const std::string path = dir.path("studie.db");
    REQUIRE(importTexts(*Study::open(path, true), validCasussen).committed);
    const std::vector<std::string> committed = Study::open(path, false)->cohortNames();

    // The other program's bulk load: a rollback journal, a write transaction not yet committed.
    Database writer(path, Database::Mode::ReadWrite);
    BulkLoadJournal journal(writer);
    REQUIRE(journal.switched());
    writer.exec("BEGIN IMMEDIATE");
    writer.exec("INSERT INTO cases(casus_id, cohort, melddatum, einde_followup, import_id, source_line) SELECT 'B1', 'BULK', 18000, 18400, max(id), 1 FROM imports");

    const auto reader = Study::open(path, false);   // before: "de studie is in gebruik" at once
    CHECK(reader->cohortNames() == committed);
    CHECK(queryText(reader->db(), "PRAGMA journal_mode") == "delete");   // left alone for the load
    writer.exec("ROLLBACK");
}

TEST_CASE("closing a study empties its WAL, also while another connection has the file open", "[study]")
{
    TempDir dir;
    const std::string path = dir.path("studie.db");
    auto study = Study::open(path, true);
    REQUIRE(importTexts(*study, validCasussen).committed);
    Database other(path, Database::Mode::ReadOnly);   // e.g. the command line reading the same study
    CHECK(queryText(other, "SELECT count(*) FROM cases") == "3");
    REQUIRE(std::filesystem::file_size(path + "-wal") > 0);
    study.reset();
    CHECK(std::filesystem::file_size(path + "-wal") == 0);
    CHECK(queryText(other, "SELECT count(*) FROM cases") == "3");
}
