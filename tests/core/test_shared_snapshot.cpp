// SharedSnapshot: read connections that all see one committed state, or none at all when that
// cannot be had without waiting.

#include "ImportTestSupport.h"

#include "core/db/SharedSnapshot.h"
#include "core/db/Statement.h"
#include "core/db/Study.h"

#include <catch2/catch.hpp>

using namespace km;
using km::test::TempDir;

namespace {

std::int64_t count(const Database& db, const std::string& table)
{
    Statement st = db.prepare("SELECT count(*) FROM " + table);
    st.step();
    return st.int64(0);
}

// The bundled demo study, written to a file: SharedSnapshot needs a file to open it again.
std::unique_ptr<Study> demoFile(const TempDir& dir)
{
    const std::string path = dir.path("demo.db");
    Study::openDemo()->db().exec("VACUUM INTO '" + path + "'");
    return Study::open(path, false);
}

} // namespace

TEST_CASE("the readers keep the state they started on while the study changes", "[snapshot]")
{
    TempDir dir;
    auto study = demoFile(dir);
    const std::int64_t before = count(study->db(), "cases");
    REQUIRE(before > 0);

    const auto snapshot = SharedSnapshot::open(study->db(), 2);
    REQUIRE(snapshot);
    REQUIRE(snapshot->size() == 2);
    const std::string cohort = study->cohorts().front().name;
    // Not deleteCohort: it refuses while readers are open (see test_study_safety).
    study->db().exec("DELETE FROM cases WHERE cohort = '" + cohort + "'");

    // The study's own connection sees the deletion; both readers still see every case.
    CHECK(count(study->db(), "cases") < before);
    CHECK(count(snapshot->reader(0), "cases") == before);
    CHECK(count(snapshot->reader(1), "cases") == before);
    CHECK(count(SharedSnapshot::open(study->db(), 1)->reader(0), "cases") == count(study->db(), "cases"));
}

TEST_CASE("no snapshot while a writer holds the study, inside a transaction, or in memory", "[snapshot]")
{
    TempDir dir;
    auto study = demoFile(dir);

    SECTION("another connection is writing")
    {
        Database writer(dir.path("demo.db"), Database::Mode::ReadWrite);
        writer.exec("BEGIN IMMEDIATE");
        CHECK_FALSE(SharedSnapshot::open(study->db(), 2));
        writer.exec("ROLLBACK");
        CHECK(SharedSnapshot::open(study->db(), 2));
    }
    SECTION("the study's connection is inside a transaction")
    {
        // Another connection would not see what this one has not committed yet.
        study->db().exec("BEGIN");
        CHECK_FALSE(SharedSnapshot::open(study->db(), 2));
        study->db().exec("ROLLBACK");
    }
    SECTION("an in-memory study has no file to open again")
    {
        CHECK_FALSE(SharedSnapshot::open(Study::openDemo()->db(), 2));
    }
    SECTION("zero readers asked")
    {
        CHECK_FALSE(SharedSnapshot::open(study->db(), 0));
    }
}
