#include "ImportTestSupport.h"

#include "core/db/BulkLoadJournal.h"
#include "core/db/Statement.h"

#include <catch2/catch.hpp>

using namespace km;
using namespace km::test;

// The import's speed-ups (indexes dropped and rebuilt around a large load, case look-ups that
// follow a sorted file along the cases) must not change what is stored, nor what a failed
// import leaves behind.

namespace {

// The study's index definitions, as the schema stores them.
std::string indexes(const Database& db)
{
    return queryText(db, "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name");
}

// The test files are small: take the bulk path (indexes dropped and rebuilt, and a rollback
// journal where the study file has no other reader) all the same.
ImportOptions bulk()
{
    ImportOptions options;
    options.deferIndexesFromBytes = 0;
    options.soleReader = true;
    return options;
}

const std::string fiveCases =
    "casus_id,cohort,melddatum,einde_followup\n"
    "A,K,2019-01-01,2020-01-01\n"
    "B,K,2019-01-01,2020-01-01\n"
    "C,K,2019-01-01,2020-01-01\n"
    "D,K,2019-01-01,2020-01-01\n"
    "E,K,2019-01-01,2020-01-01\n";

} // namespace

TEST_CASE("an import into an empty study leaves every index of the schema in place", "[importer][bulk]")
{
    auto fresh = Study::open(":memory:", true);
    const std::string schemaIndexes = indexes(fresh->db());
    REQUIRE(schemaIndexes.find("trajectories_case") != std::string::npos);

    const ImportResult result = importTexts(*fresh, validCasussen, validTrajecten, validGebeurtenissen, bulk());
    INFO(describe(result));
    REQUIRE(result.committed);
    CHECK(indexes(fresh->db()) == schemaIndexes);
    CHECK(queryText(fresh->db(), "PRAGMA integrity_check") == "ok");
}

TEST_CASE("a failed or cancelled large import gives the dropped indexes back", "[importer][bulk]")
{
    auto study = Study::open(":memory:", true);
    const std::string schemaIndexes = indexes(study->db());

    SECTION("an error in the last table")
    {
        const ImportResult result = importTexts(*study, validCasussen, validTrajecten,
                                                "casus_id,datum,soort,bekend_bij\nC1,2019-06-01,onzin,vt\n", bulk());
        REQUIRE_FALSE(result.committed);
    }
    SECTION("a cancel")
    {
        ImportOptions options = bulk();
        options.progress = [](const ImportProgress&) { return false; };
        const ImportResult result = importTexts(*study, validCasussen, validTrajecten, validGebeurtenissen, options);
        REQUIRE(result.cancelled);
    }
    CHECK(indexes(study->db()) == schemaIndexes);
    CHECK(queryText(study->db(), "SELECT count(*) FROM cases") == "0");
}

TEST_CASE("trajecten in any order find their cases", "[importer][bulk]")
{
    auto study = Study::open(":memory:", true);
    // Out of case order, skipping cases, going back, and an unknown id in between: every row
    // must land on the case it names (ids 1-5 are A-E in file order).
    const ImportResult result = importTexts(*study, fiveCases,
        "casus_id,aanbieder\nE,ggz\nA,ggz\nC,ggz\nC,ggz\nD,ggz\nB,ggz\nA,ggz\nE,ggz\n",
        "casus_id,datum,soort\nB,2019-03-01,nieuw_geweld\nE,2019-03-01,nieuw_geweld\nA,2019-03-01,nieuw_geweld\n", bulk());
    INFO(describe(result));
    REQUIRE(result.committed);
    const Database& db = study->db();
    CHECK(queryText(db, "SELECT c.casus_id, t.source_line FROM trajectories t JOIN cases c ON c.id = t.case_id "
                        "ORDER BY t.id")
          == "E|2\nA|3\nC|4\nC|5\nD|6\nB|7\nA|8\nE|9");
    CHECK(queryText(db, "SELECT c.casus_id FROM events e JOIN cases c ON c.id = e.case_id ORDER BY e.id") == "B\nE\nA");

    // A second import refers to cases of the first one, in reverse order.
    const ImportResult second = importTexts(*study, {}, "casus_id,aanbieder\nD,ggz\nB,ggz\nA,ggz\n");
    INFO(describe(second));
    REQUIRE(second.committed);
    CHECK(queryText(db, "SELECT c.casus_id FROM trajectories t JOIN cases c ON c.id = t.case_id WHERE t.id > 8 "
                        "ORDER BY t.id") == "D\nB\nA");
}

TEST_CASE("an unknown casus_id between sorted ones is still an error", "[importer][bulk]")
{
    auto study = Study::open(":memory:", true);
    const ImportResult result = importTexts(*study, fiveCases, "casus_id,aanbieder\nA,ggz\nB,ggz\nX,ggz\nC,ggz\n", {}, bulk());
    REQUIRE_FALSE(result.committed);
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].line == 4);
    CHECK(result.errors[0].message.find("onbekende casus_id") != std::string::npos);
}

TEST_CASE("a bulk load into a study file goes through a rollback journal and leaves the WAL on", "[importer][bulk]")
{
    TempDir dir;
    const std::string path = dir.path("studie.kmstudy");
    auto study = Study::open(path, true);
    REQUIRE(queryText(study->db(), "PRAGMA journal_mode") == "wal");
    {
        const BulkLoadJournal journal(study->db());
        CHECK(journal.switched());
        CHECK(queryText(study->db(), "PRAGMA journal_mode") == "delete");
    }
    CHECK(queryText(study->db(), "PRAGMA journal_mode") == "wal");

    SECTION("a load that commits")
    {
        const ImportResult result = importTexts(*study, validCasussen, validTrajecten, validGebeurtenissen, bulk());
        INFO(describe(result));
        REQUIRE(result.committed);
        CHECK(queryText(study->db(), "SELECT count(*) FROM cases") == std::to_string(result.rows.at(TableKind::Casussen)));
    }
    SECTION("a load that fails in its last table leaves the study as it was")
    {
        // Into the empty study, so it takes the bulk path and every page it wrote was new.
        const std::string before = dumpStudy(study->db());
        const auto sizeBefore = queryText(study->db(), "SELECT page_count FROM pragma_page_count");
        const ImportResult failed = importTexts(*study, validCasussen, validTrajecten,
                                                "casus_id,datum,soort,bekend_bij\nC1,2019-06-01,onzin,vt\n", bulk());
        REQUIRE_FALSE(failed.committed);
        CHECK(dumpStudy(study->db()) == before);
        CHECK(queryText(study->db(), "SELECT page_count FROM pragma_page_count") == sizeBefore);
        study.reset();
        study = Study::open(path, false);
        CHECK(dumpStudy(study->db()) == before);
    }
    CHECK(queryText(study->db(), "PRAGMA journal_mode") == "wal");
    CHECK(queryText(study->db(), "PRAGMA integrity_check") == "ok");
}

TEST_CASE("with another connection to the study file, a bulk load stays with the WAL", "[importer][bulk]")
{
    TempDir dir;
    const std::string path = dir.path("studie.kmstudy");
    auto study = Study::open(path, true);
    const Database reader(path, Database::Mode::ReadOnly);
    REQUIRE(queryText(reader, "SELECT count(*) FROM cases") == "0");
    {
        const BulkLoadJournal journal(study->db());
        CHECK_FALSE(journal.switched());
    }
    const ImportResult result = importTexts(*study, fiveCases, {}, {}, bulk());
    INFO(describe(result));
    REQUIRE(result.committed);
    CHECK(queryText(reader, "SELECT count(*) FROM cases") == "5");
    CHECK(queryText(study->db(), "PRAGMA journal_mode") == "wal");

    auto memory = Study::open(":memory:", true);
    const BulkLoadJournal none(memory->db());
    CHECK_FALSE(none.switched());
}
