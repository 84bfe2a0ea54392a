// A pass split over threads (IndicatorEngine::Threads) must give exactly what one pass gives:
// the same counts and the same distributions to the last bit.

#include "ImportTestSupport.h"
#include "IndicatorFixture.h"

#include "core/db/Statement.h"
#include "core/db/Study.h"
#include "core/indicators/IndicatorEngine.h"

#include <catch2/catch.hpp>

using namespace km;
using km::test::TempDir;

TEST_CASE("a pass split over threads gives exactly the figures of one pass", "[indicators][threads]")
{
    TempDir dir;
    const std::string path = dir.path("demo.db");
    Study::openDemo()->db().exec("VACUUM INTO '" + path + "'");
    auto study = Study::open(path, false);

    // The demo's cohorts were imported one after the other, so with two or three parts some
    // part holds no case of a cohort at all; the regio selection spans the parts.
    std::vector<Selection> selections{Selection{}};
    for (const CohortInfo& cohort : study->cohorts())
        selections.push_back(Selection{{cohort.name}, std::nullopt, std::nullopt});
    selections.push_back(Selection{{}, study->regions().front(), std::nullopt});
    selections.push_back(Selection{{}, std::nullopt, 6});
    REQUIRE(selections.size() == 5);

    const std::vector<IndicatorSet> whole = IndicatorEngine(*study, {1, 1}).computeAll(selections);
    REQUIRE(whole.front().cases == study->caseCount());
    for (std::size_t threads : {2, 3, 7}) {
        INFO(threads << " threads");
        const std::vector<IndicatorSet> split = IndicatorEngine(*study, {threads, 1}).computeAll(selections);
        REQUIRE(split.size() == whole.size());
        for (std::size_t i = 0; i < whole.size(); ++i)
            test::requireIdentical(split[i], whole[i]);
    }
}

TEST_CASE("a study without cases or inside a transaction is computed in one pass", "[indicators][threads]")
{
    TempDir dir;
    auto empty = Study::open(dir.path("empty.db"), true);
    const IndicatorSet none = IndicatorEngine(*empty, {4, 1}).compute(Selection{});
    CHECK(none.cases == 0);
    CHECK(test::counts(none, "recidive.nieuw_geweld") == test::Counts{0, 0, 0});

    // Uncommitted cases are only visible to the study's own connection, so no reader may be
    // split off: the figures must include them.
    const std::string path = dir.path("demo.db");
    Study::openDemo()->db().exec("VACUUM INTO '" + path + "'");
    auto study = Study::open(path, false);
    const std::int64_t all = study->caseCount();
    study->db().exec("BEGIN");
    study->db().exec("DELETE FROM cases WHERE id IN (SELECT id FROM cases ORDER BY id LIMIT 10)");
    CHECK(IndicatorEngine(*study, {2, 1}).compute(Selection{}).cases == all - 10);
    study->db().exec("ROLLBACK");
    CHECK(IndicatorEngine(*study, {2, 1}).compute(Selection{}).cases == all);
}
