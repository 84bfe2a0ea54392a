// The cube answers every selection of whole cohorts, at most one regio and any recidive window
// from its cells: the figures must equal those of a pass of the engine over that selection, to
// the last bit, and cases without a regio must count only where no regio is asked for.

#include "ImportTestSupport.h"
#include "IndicatorFixture.h"

#include "core/db/Study.h"
#include "core/indicators/IndicatorCube.h"
#include "core/indicators/IndicatorEngine.h"

#include <catch2/catch.hpp>


using namespace km;
using km::test::TempDir;

namespace {

// Every kind of selection the dashboard offers, plus names the study does not have.
std::vector<Selection> selectionsOf(const Study& study, std::optional<int> window)
{
    std::vector<std::string> cohorts;
    for (const CohortInfo& cohort : study.cohorts())
        cohorts.push_back(cohort.name);
    std::vector<std::optional<std::string>> regions{std::nullopt, std::string("Nergens")};
    for (const std::string& regio : study.regions())
        regions.emplace_back(regio);
    std::vector<std::vector<std::string>> cohortChoices{{}, cohorts, {"NHN-2000"}, {cohorts.front(), "NHN-2000"}};
    for (const std::string& cohort : cohorts)
        cohortChoices.push_back({cohort});
    std::vector<Selection> selections;
    for (const auto& choice : cohortChoices)
        for (const auto& regio : regions)
            selections.push_back(Selection{choice, regio, window});
    return selections;
}

} // namespace

TEST_CASE("the cube gives every selection exactly the figures of its own pass", "[indicators][cube]")
{
    TempDir dir;
    const std::string path = dir.path("demo.db");
    Study::openDemo()->db().exec("VACUUM INTO '" + path + "'");
    auto study = Study::open(path, false);
    REQUIRE(study->cohorts().size() == 2);
    REQUIRE(study->regions().size() == 3);

    for (std::size_t threads : {1, 3}) {
        INFO(threads << " threads");
        const IndicatorCube cube(*study, {threads, 1});
        CHECK(cube.cases() == study->caseCount());
        for (std::optional<int> window : {std::optional<int>(), std::optional<int>(6), std::optional<int>(12)}) {
            INFO("window " << window.value_or(0));
            const std::vector<Selection> selections = selectionsOf(*study, window);
            REQUIRE(selections.size() == 30);
            const std::vector<IndicatorSet> passes = IndicatorEngine(*study, {1, 1}).computeAll(selections);
            for (std::size_t i = 0; i < selections.size(); ++i) {
                const IndicatorSet figures = cube.figures(selections[i]);
                CHECK(figures.selection.label() == selections[i].label());
                test::requireIdentical(figures, passes[i]);
            }
        }
    }
}

TEST_CASE("the cube counts cases without a regio only when no regio is asked for", "[indicators][cube]")
{
    test::IndicatorFixture f;
    f.addCase("2019-01-10", "2021-01-10",
              {{"cohort", "A"}, {"regio", "Alkmaar"}, {"minderjarigen", "ja"}, {"datum_overdracht", "2019-01-20"}});
    f.addCase("2019-01-10", "2021-01-10",
              {{"cohort", "A"}, {"regio", ""}, {"minderjarigen", "nee"}, {"datum_overdracht", "2019-01-30"}});
    f.addCase("2019-01-10", "2021-01-10",
              {{"cohort", "B"}, {"regio", "Alkmaar"}, {"minderjarigen", ""}, {"datum_overdracht", "2019-02-19"}});
    const IndicatorCube cube(f.study());
    CHECK(cube.cases() == 3);

    // minderjarigen: numerator, denominator, unknown; melding_tot_overdracht: 10, 20, 40 days.
    const IndicatorSet all = cube.figures({});
    CHECK(all.cases == 3);
    CHECK(test::counts(all, "kenmerken.minderjarigen") == test::Counts{1, 2, 1});
    const Distribution& days = all.distributions[1];
    REQUIRE(days.id == "snelheid.melding_tot_overdracht");
    CHECK(days.n == 3);
    CHECK(*days.median == 20.0);
    CHECK(*days.mean == Approx(70.0 / 3.0));

    const IndicatorSet alkmaar = cube.figures({{}, "Alkmaar", std::nullopt});
    CHECK(alkmaar.cases == 2);
    CHECK(test::counts(alkmaar, "kenmerken.minderjarigen") == test::Counts{1, 1, 1});
    CHECK(*alkmaar.distributions[1].median == 25.0);

    const IndicatorSet cohortA = cube.figures({{"A"}, std::nullopt, std::nullopt});
    CHECK(cohortA.cases == 2);
    CHECK(test::counts(cohortA, "kenmerken.minderjarigen") == test::Counts{1, 2, 0});

    const IndicatorSet bAlkmaar = cube.figures({{"B"}, "Alkmaar", std::nullopt});
    CHECK(bAlkmaar.cases == 1);
    CHECK(test::counts(bAlkmaar, "kenmerken.minderjarigen") == test::Counts{0, 0, 1});

    const IndicatorSet none = cube.figures({{"C"}, std::nullopt, std::nullopt});
    CHECK(none.cases == 0);
    CHECK_FALSE(none.distributions[1].median);
}

TEST_CASE("a cube of a study without cases has empty figures", "[indicators][cube]")
{
    TempDir dir;
    auto empty = Study::open(dir.path("empty.db"), true);
    const IndicatorCube nothing(*empty, {4, 1});
    CHECK(nothing.cases() == 0);
    const IndicatorSet figures = nothing.figures({{}, std::nullopt, 12});
    CHECK(figures.cases == 0);
    CHECK(test::counts(figures, "recidive.nieuw_geweld") == test::Counts{0, 0, 0});
}
