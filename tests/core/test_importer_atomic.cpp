#include "ImportTestSupport.h"

#include "core/util/Sha256.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace km;
using namespace km::test;

// All-or-nothing: whatever goes wrong, the study's content is what it was before the import.

namespace {

std::string checkpointedFileHash(Study& study, const std::string& path)
{
    study.db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return Sha256::of(bytes.str());
}

// `count` valid cases E0..E<count-1> of cohort NHN-2022, one per line from line 2.
std::string manyCases(int count)
{
    std::string text = "casus_id,cohort,melddatum,einde_followup\n";
    for (int i = 0; i < count; ++i)
        text += "E" + std::to_string(i) + ",NHN-2022,2022-01-10,2024-01-10\n";
    return text;
}

} // namespace

TEST_CASE("a failed import leaves a study file unchanged", "[importer][atomic]")
{
    TempDir dir;
    const std::string path = dir.path("studie.kmstudy");
    auto study = Study::open(path, true);
    REQUIRE(importTexts(*study, validCasussen, validTrajecten, validGebeurtenissen).committed);
    const std::string before = dumpStudy(study->db());
    const std::string hashBefore = checkpointedFileHash(*study, path);

    // Everything valid except the last event (before D2's melddatum), so the cases, trajectories
    // and first events were already written inside the transaction when the error is found.
    const ImportResult failed = importTexts(*study,
        "casus_id,cohort,melddatum,einde_followup,Notitie\n"
        "D1,NHN-2021,2021-01-04,2023-01-04,x\n"
        "D2,NHN-2021,2021-02-01,2023-02-01,y\n",
        "casus_id,aanbieder,Extra\nD1,ggz,a\nD2,ggz,b\nC1,ggz,c\n",
        "casus_id,datum,bijzonderheid\nD1,2021-06-01,p\nC1,2019-07-01,q\nD2,2021-01-31,r\n");
    INFO(describe(failed));
    CHECK_FALSE(failed.committed);
    REQUIRE(failed.errors.size() == 1);
    CHECK(failed.errors[0].file == "gebeurtenissen.csv");
    CHECK(failed.errors[0].line == 4);
    CHECK(failed.rows.empty());
    CHECK(failed.cohorts.empty());

    CHECK(dumpStudy(study->db()) == before);
    CHECK(checkpointedFileHash(*study, path) == hashBefore);

    // And it stays so after reopening the file.
    study.reset();
    study = Study::open(path, false);
    CHECK(dumpStudy(study->db()) == before);
}

TEST_CASE("cancelling through the progress callback leaves the study unchanged", "[importer][atomic]")
{
    auto study = Study::open(":memory:", true);
    REQUIRE(importTexts(*study, validCasussen).committed);
    const std::string before = dumpStudy(study->db());

    int calls = 0;
    ImportOptions options;
    options.progress = [&](const ImportProgress&) {
        ++calls;
        return false;
    };
    const ImportResult result = importTexts(*study, manyCases(10000), {}, {}, options);
    CHECK(result.cancelled);
    CHECK_FALSE(result.committed);
    CHECK(result.errors.empty());
    CHECK(calls == 1);
    CHECK(dumpStudy(study->db()) == before);
}

TEST_CASE("progress is reported every 4096 records and at the end of each source", "[importer][atomic]")
{
    auto study = Study::open(":memory:", true);
    std::string trajecten = "casus_id,aanbieder\n";
    for (int i = 0; i < 5000; ++i)
        trajecten += "E" + std::to_string(i) + ",ggz\n";
    std::vector<ImportProgress> seen;
    ImportOptions options;
    options.progress = [&](const ImportProgress& p) {
        if (p.phase == ImportPhase::Reading)   // the later phases: test_import_phases
            seen.push_back(p);
        return true;
    };
    const ImportResult result = importTexts(*study, manyCases(10000), trajecten, {}, options);
    INFO(describe(result));
    REQUIRE(result.committed);
    // casussen: records 4096, 8192, end at 10000; trajecten: 4096 and 5000 more.
    std::vector<std::int64_t> rows;
    for (const ImportProgress& p : seen)
        rows.push_back(p.rowsRead);
    CHECK(rows == std::vector<std::int64_t>{4096, 8192, 10000, 14096, 15000});
    CHECK(seen[2].table == TableKind::Casussen);
    CHECK(seen[3].table == TableKind::Trajecten);
    for (std::size_t i = 1; i < seen.size(); ++i)
        CHECK(seen[i].fraction >= seen[i - 1].fraction);
    CHECK(seen[0].fraction > 0.0);
    CHECK(seen.back().fraction == Approx(1.0));
}

TEST_CASE("a database failure becomes an error and the import is rolled back", "[importer][atomic]")
{
    auto study = Study::open(":memory:", true);
    REQUIRE(importTexts(*study, validCasussen).committed);
    // Stands in for a full disk: the first event insert fails inside SQLite.
    study->db().exec("CREATE TRIGGER fail_events BEFORE INSERT ON events BEGIN SELECT RAISE(ABORT, 'schijf vol'); END");
    const std::string before = dumpStudy(study->db());

    const ImportResult result = importTexts(*study,
        "casus_id,cohort,melddatum,einde_followup\nD1,NHN-2021,2021-01-04,2023-01-04\n", {},
        "casus_id,datum\nD1,2021-06-01\n");
    CHECK_FALSE(result.committed);
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].line == 0);
    CHECK(result.errors[0].message == "fout in het studiebestand: schijf vol; er is niets geïmporteerd");
    CHECK(dumpStudy(study->db()) == before);

    // The connection is usable afterwards.
    study->db().exec("DROP TRIGGER fail_events");
    CHECK(importTexts(*study, {}, {}, "casus_id,datum\nC1,2019-06-01\n").committed);
}
