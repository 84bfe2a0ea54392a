#include "ImportTestSupport.h"

#include <catch2/catch.hpp>

using namespace km;
using namespace km::test;

// After the last row a large import still rebuilds its indexes, checks across tables and
// commits (a minute at 2M cases): each phase is named to the progress callback, a cancel in
// any of them but the commit rolls everything back, and the commit is told, not asked.

namespace {

std::string indexes(const Database& db)
{
    return queryText(db, "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name");
}

// The indexes DeferredIndexes drops and builds again.
int rebuiltIndexes(const Database& db)
{
    return std::stoi(queryText(db, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                                   "AND tbl_name IN ('cases', 'trajectories', 'events', 'case_extra', "
                                   "'trajectory_extra', 'event_extra')"));
}

ImportOptions bulk(std::function<bool(const ImportProgress&)> progress)
{
    ImportOptions options;
    options.deferIndexesFromBytes = 0;
    options.progress = std::move(progress);
    return options;
}

// `count` valid cases P0..P<count-1>, one per line from line 2.
std::string cases(int count)
{
    std::string text = "casus_id,cohort,melddatum,einde_followup\n";
    for (int i = 0; i < count; ++i)
        text += "P" + std::to_string(i) + ",NHN-2022,2022-01-10,2024-01-10\n";
    return text;
}

} // namespace

TEST_CASE("a large import names each phase, in order, and tells when it commits", "[importer][phases]")
{
    auto study = Study::open(":memory:", true);
    const int built = rebuiltIndexes(study->db());
    REQUIRE(built > 1);
    std::vector<ImportProgress> seen;
    const ImportResult result = importTexts(*study, validCasussen, validTrajecten, validGebeurtenissen,
                                            bulk([&](const ImportProgress& p) {
                                                seen.push_back(p);
                                                return true;
                                            }));
    INFO(describe(result));
    REQUIRE(result.committed);
    std::vector<ImportPhase> phases;
    std::vector<double> indexShares;
    for (const ImportProgress& p : seen) {
        if (phases.empty() || phases.back() != p.phase)
            phases.push_back(p.phase);
        if (p.phase == ImportPhase::RebuildingIndexes)
            indexShares.push_back(p.fraction);
    }
    CHECK(phases == std::vector<ImportPhase>{ImportPhase::Reading, ImportPhase::RebuildingIndexes,
                                             ImportPhase::FinalChecks, ImportPhase::Committing});
    // Three small files: one report per index before it is built, none from within a statement.
    REQUIRE(indexShares.size() == static_cast<std::size_t>(built));
    CHECK(indexShares.front() == 0.0);
    CHECK(indexShares.back() == Approx(static_cast<double>(built - 1) / built));
    CHECK(seen.back().phase == ImportPhase::Committing);
    CHECK(seen.back().rowsRead == 8);   // 3 cases, 3 trajectories, 2 events
}

TEST_CASE("a cancel after the rows are read rolls the import back", "[importer][phases]")
{
    // An empty study, so that the import takes the bulk path with its index rebuild.
    auto study = Study::open(":memory:", true);
    const std::string before = dumpStudy(study->db());
    const std::string schemaIndexes = indexes(study->db());

    ImportPhase stopIn = ImportPhase::RebuildingIndexes;
    int reportsBuilding = 0;
    SECTION("between two indexes")
    {
        stopIn = ImportPhase::RebuildingIndexes;
        reportsBuilding = 2;   // the second index is not started
    }
    SECTION("in the checks over all tables")
    {
        stopIn = ImportPhase::FinalChecks;
    }
    int calls = 0;
    const ImportResult result = importTexts(*study, cases(50), {}, {}, bulk([&](const ImportProgress& p) {
        if (p.phase != stopIn)
            return true;
        return ++calls < std::max(1, reportsBuilding);
    }));
    CHECK(result.cancelled);
    CHECK_FALSE(result.committed);
    CHECK(result.errors.empty());
    CHECK(dumpStudy(study->db()) == before);
    CHECK(indexes(study->db()) == schemaIndexes);
}

TEST_CASE("a cancel stops a long CREATE INDEX while it runs", "[importer][phases]")
{
    auto study = Study::open(":memory:", true);
    const std::string schemaIndexes = indexes(study->db());
    // Building an index over 20000 cases takes far more steps than SQLite's progress handler
    // waits between two questions: the statement asks again, with the share it started at.
    // The indexes are asked about at 0, 1/n, 2/n...: a share asked twice is a question from
    // within a statement, and the answer there is stop.
    std::vector<double> asked;
    const ImportResult result = importTexts(*study, cases(20000), {}, {}, bulk([&](const ImportProgress& p) {
        if (p.phase != ImportPhase::RebuildingIndexes)
            return true;
        asked.push_back(p.fraction);
        return asked.size() < 2 || asked[asked.size() - 2] != p.fraction;
    }));
    CHECK(result.cancelled);
    CHECK_FALSE(result.committed);
    CHECK(result.errors.empty());
    REQUIRE(asked.size() >= 2);
    CHECK(asked[asked.size() - 2] == asked.back());
    CHECK(asked.back() < 1.0);   // an index was left unbuilt
    CHECK(queryText(study->db(), "SELECT count(*) FROM cases") == "0");
    CHECK(indexes(study->db()) == schemaIndexes);
}

TEST_CASE("once the commit has begun, a cancel no longer stops the import", "[importer][phases]")
{
    auto study = Study::open(":memory:", true);
    const ImportResult result = importTexts(*study, validCasussen, {}, {}, bulk([](const ImportProgress& p) {
        return p.phase != ImportPhase::Committing;
    }));
    INFO(describe(result));
    CHECK(result.committed);
    CHECK_FALSE(result.cancelled);
    CHECK(queryText(study->db(), "SELECT count(*) FROM cases") == "3");
}
