#include "IndicatorFixture.h"

#include "core/db/Statement.h"
#include "core/indicators/CaseScan.h"
#include "core/indicators/IndicatorEngine.h"

#include <catch2/catch.hpp>

using namespace km;
using km::test::Counts;
using km::test::IndicatorFixture;

namespace {

Selection select(std::vector<std::string> cohorts, std::optional<std::string> regio = std::nullopt)
{
    Selection s;
    s.cohorts = std::move(cohorts);
    s.regio = std::move(regio);
    return s;
}

// Cohort, regio, minderjarigen, one trajectory's afloop, one event's soort per case:
//   a1 A Alkmaar         ja  afgerond             nieuw_geweld
//   a2 A Alkmaar         nee voortijdig_client    -
//   a3 A West-Friesland  ja  -                    nieuwe_zorgen
//   b1 B Alkmaar         ja  voortijdig_aanbieder nieuw_geweld
//   b2 B (none)          nee afgerond             nieuw_geweld
//   o1 O'Brien Alkmaar   ja  -                    -
IndicatorFixture cohortStudy()
{
    IndicatorFixture f;
    auto add = [&](const char* cohort, const char* regio, const char* minderjarigen, const char* afloop,
                   const char* soort) {
        const auto c = f.addCase("2019-01-10", "2021-01-10",
                                 {{"cohort", cohort}, {"regio", regio}, {"minderjarigen", minderjarigen}});
        if (*afloop)
            f.addTrajectory(c, {{"afloop", afloop}});
        if (*soort)
            f.addEvent(c, "2019-06-01", {{"soort", soort}, {"bekend_bij", "vt"}});
    };
    add("A", "Alkmaar", "ja", "afgerond", "nieuw_geweld");
    add("A", "Alkmaar", "nee", "voortijdig_client", "");
    add("A", "West-Friesland", "ja", "", "nieuwe_zorgen");
    add("B", "Alkmaar", "ja", "voortijdig_aanbieder", "nieuw_geweld");
    add("B", "", "nee", "afgerond", "nieuw_geweld");
    add("O'Brien", "Alkmaar", "ja", "", "");
    return f;
}

// The plan SQLite chose, one line per step.
std::string queryPlan(const Database& db, const std::string& sql)
{
    Statement st = db.prepare("EXPLAIN QUERY PLAN " + sql);
    std::string plan;
    while (st.step())
        plan += st.text(3) + "\n";
    return plan;
}

} // namespace

TEST_CASE("selection by cohort, by two cohorts and by regio", "[indicators][selection]")
{
    const IndicatorFixture f = cohortStudy();

    SECTION("all cases")
    {
        const IndicatorSet set = f.compute();
        CHECK(set.cases == 6);
        CHECK(test::counts(set, "kenmerken.minderjarigen") == Counts{4, 6, 0});
        // Ended: a1, a2, b1, b2; early: a2, b1.
        CHECK(test::counts(set, "uitval.trajecten") == Counts{2, 4, 0});
        CHECK(test::counts(set, "recidive.nieuw_geweld") == Counts{3, 6, 0});
    }
    SECTION("one cohort")
    {
        const IndicatorSet set = f.compute(select({"A"}));
        CHECK(set.cases == 3);
        CHECK(test::counts(set, "kenmerken.minderjarigen") == Counts{2, 3, 0});
        CHECK(test::counts(set, "uitval.trajecten") == Counts{1, 2, 0});      // a2 of a1, a2
        CHECK(test::counts(set, "recidive.nieuw_geweld") == Counts{1, 3, 0});  // a1
        CHECK(test::counts(set, "recidive.nieuwe_zorgen") == Counts{1, 3, 0}); // a3
    }
    SECTION("two cohorts")
    {
        const IndicatorSet set = f.compute(select({"A", "B"}));
        CHECK(set.cases == 5);
        CHECK(test::counts(set, "kenmerken.minderjarigen") == Counts{3, 5, 0});
        CHECK(test::counts(set, "uitval.trajecten") == Counts{2, 4, 0});
        CHECK(test::counts(set, "recidive.nieuw_geweld") == Counts{3, 5, 0});
    }
    SECTION("regio over all cohorts, and with two cohorts")
    {
        // Alkmaar: a1, a2, b1, o1.
        const IndicatorSet all = f.compute(select({}, "Alkmaar"));
        CHECK(all.cases == 4);
        CHECK(test::counts(all, "kenmerken.minderjarigen") == Counts{3, 4, 0});
        CHECK(test::counts(all, "uitval.trajecten") == Counts{2, 3, 0});     // a2, b1 of a1, a2, b1
        CHECK(test::counts(all, "recidive.nieuw_geweld") == Counts{2, 4, 0}); // a1, b1
        const IndicatorSet ab = f.compute(select({"A", "B"}, "Alkmaar"));
        CHECK(ab.cases == 3);
        CHECK(test::counts(ab, "recidive.nieuw_geweld") == Counts{2, 3, 0});
        // Exact match: a different case is a different regio.
        CHECK(f.compute(select({}, "alkmaar")).cases == 0);
    }
    SECTION("names are bound, not spliced into SQL")
    {
        CHECK(f.compute(select({"O'Brien"})).cases == 1);
        CHECK(f.compute(select({"x' OR '1'='1"})).cases == 0);
        CHECK(f.compute(select({"A"}, "x' OR '1'='1")).cases == 0);
    }
}

TEST_CASE("several selections in one pass give what each gives alone", "[indicators][selection]")
{
    IndicatorFixture f = cohortStudy();
    Selection windowed = select({"A"});
    windowed.windowMonths = 1;   // a1's event (2019-06-01) falls outside one month after 2019-01-10
    const std::vector<Selection> selections{select({"A"}), select({"B"}), select({}, "Alkmaar"), select({}),
                                            select({"nobody"}), windowed, select({"A"})};
    const std::vector<IndicatorSet> together = IndicatorEngine(f.study()).computeAll(selections);
    REQUIRE(together.size() == selections.size());
    for (std::size_t i = 0; i < selections.size(); ++i) {
        INFO(i << ": " << selections[i].label());
        const IndicatorSet alone = f.compute(selections[i]);
        CHECK(together[i].selection.label() == selections[i].label());
        CHECK(together[i].cases == alone.cases);
        REQUIRE(together[i].proportions.size() == alone.proportions.size());
        for (std::size_t p = 0; p < alone.proportions.size(); ++p)
            CHECK(test::counts(together[i], alone.proportions[p].id) == test::counts(alone, alone.proportions[p].id));
        REQUIRE(together[i].distributions.size() == alone.distributions.size());
        for (std::size_t d = 0; d < alone.distributions.size(); ++d)
            CHECK(together[i].distributions[d].n == alone.distributions[d].n);
    }
    // Counted by hand from the table above.
    CHECK(together[1].cases == 2);
    CHECK(together[2].cases == 4);
    CHECK(together[4].cases == 0);
    CHECK(test::counts(together[5], "recidive.nieuw_geweld") == Counts{0, 3, 0});
}

TEST_CASE("the three scans read in index order without sorting or table lookups", "[indicators][selection]")
{
    IndicatorFixture f = cohortStudy();
    for (const Selection& s : {select({}), select({"A", "B"}, "Alkmaar"), select({"A"})}) {
        const CaseScan scan(f.study().db(), s);
        for (const CaseScan::Reach reach : {CaseScan::Reach::Study, CaseScan::Reach::SelectedCases}) {
            if (reach == CaseScan::Reach::SelectedCases && s.cohorts.empty())
                continue;   // all cases: never read case by case
            INFO(s.label() << (reach == CaseScan::Reach::Study ? ", whole study" : ", selected cases"));
            const std::string cases = queryPlan(f.study().db(), scan.casesSql(reach));
            const std::string trajectories = queryPlan(f.study().db(), scan.trajectoriesSql(reach));
            const std::string events = queryPlan(f.study().db(), scan.eventsSql(reach));
            INFO(cases << trajectories << events);
            CHECK(cases.find("TEMP B-TREE") == std::string::npos);
            CHECK(trajectories.find("TEMP B-TREE") == std::string::npos);
            CHECK(events.find("TEMP B-TREE") == std::string::npos);
            // Covering: the rows come from the index alone, never from the table in import order.
            CHECK(trajectories.find("COVERING INDEX trajectories_case") != std::string::npos);
            CHECK(events.find("COVERING INDEX events_case") != std::string::npos);
            if (reach == CaseScan::Reach::SelectedCases) {
                // The selected cases come from the cohort index, their rows by look-up.
                CHECK(cases.find("INDEX cases_cohort") != std::string::npos);
                CHECK(trajectories.find("(case_id=?)") != std::string::npos);
                CHECK(events.find("(case_id=?)") != std::string::npos);
            }
        }
    }
}

TEST_CASE("a small selection is read case by case and gives the same figures", "[indicators][selection]")
{
    IndicatorFixture small = cohortStudy();
    IndicatorFixture large = cohortStudy();
    // 30 more cases of another cohort, so that every selection of the six cases above is at
    // most a quarter of the study and is looked up instead of scanned.
    for (int i = 0; i < 30; ++i) {
        const auto c = large.addCase("2019-02-01", "2021-02-01", {{"cohort", "Z"}, {"regio", "Den Helder"}});
        large.addTrajectory(c, {{"afloop", "afgerond"}});
        large.addEvent(c, "2019-03-01", {{"soort", "nieuw_geweld"}, {"bekend_bij", "vt"}});
    }
    Selection windowed = select({"A"});
    windowed.windowMonths = 1;
    for (const Selection& s : {select({"A"}), select({"A", "B"}), select({}, "Alkmaar"),
                               select({"A", "B"}, "Alkmaar"), select({"O'Brien"}), windowed}) {
        INFO(s.label());
        CHECK(CaseScan(large.study().db(), s).reach() == CaseScan::Reach::SelectedCases);
        const IndicatorSet looked = large.compute(s);
        const IndicatorSet scanned = small.compute(s);
        CHECK(looked.cases == scanned.cases);
        for (const Proportion& p : scanned.proportions)
            CHECK(test::counts(looked, p.id) == test::counts(scanned, p.id));
        for (std::size_t d = 0; d < scanned.distributions.size(); ++d)
            CHECK(looked.distributions[d].n == scanned.distributions[d].n);
    }
    // Counted by hand (first test case): the same figures as from the six cases alone.
    CHECK(test::counts(large.compute(select({}, "Alkmaar")), "uitval.trajecten") == Counts{2, 3, 0});
    // Large selections, all cases and several selections at once are scanned.
    CHECK(CaseScan(large.study().db(), select({"Z"})).reach() == CaseScan::Reach::Study);
    CHECK(CaseScan(large.study().db(), select({})).reach() == CaseScan::Reach::Study);
    CHECK(CaseScan(large.study().db(), std::vector<Selection>{select({"A"}), select({"B"})}).reach()
          == CaseScan::Reach::Study);
    CHECK(CaseScan(small.study().db(), select({"A"})).reach() == CaseScan::Reach::Study);
}

TEST_CASE("selection labels", "[indicators][selection]")
{
    CHECK(Selection{}.label() == "alle casussen");
    CHECK(select({"NHN-2019"}).label() == "NHN-2019");
    Selection full = select({"NHN-2019", "NHN-2023"}, "Alkmaar");
    full.windowMonths = 12;
    CHECK(full.label() == "NHN-2019 + NHN-2023, regio Alkmaar, venster 12 maanden");
    Selection one = select({}, "West-Friesland");
    one.windowMonths = 1;
    CHECK(one.label() == "alle casussen, regio West-Friesland, venster 1 maand");
}

TEST_CASE("cohort names and regions found by index hops are those of plain SQL", "[indicators][selection]")
{
    IndicatorFixture f;
    for (const auto& [cohort, regio] : std::vector<std::pair<const char*, const char*>>{
             {"B", "Den Helder"}, {"A", ""}, {"A b", "alkmaar"}, {"A", "Alkmaar"}, {"B", "Alkmaar"},
             {"O'Brien", ""}, {"A", "Den Helder"}, {"A", "Alkmaar"}, {"B", "Zaanstad"}})
        f.addCase("2019-01-10", "2021-01-10", {{"cohort", cohort}, {"regio", regio}});
    // An empty regio is stored as NULL; an empty string is no region either.
    f.study().db().exec("UPDATE cases SET regio = '' WHERE cohort = 'O''Brien'");

    const auto column = [&](const std::string& sql) {
        std::vector<std::string> values;
        Statement st = f.study().db().prepare(sql);
        while (st.step())
            values.push_back(st.text(0));
        return values;
    };
    // By byte order, as SQLite compares text: capitals first.
    CHECK(f.study().cohortNames() == std::vector<std::string>{"A", "A b", "B", "O'Brien"});
    CHECK(f.study().cohortNames() == column("SELECT DISTINCT cohort FROM cases ORDER BY cohort"));
    CHECK(f.study().regions() == std::vector<std::string>{"Alkmaar", "Den Helder", "Zaanstad", "alkmaar"});
    CHECK(f.study().regions()
          == column("SELECT DISTINCT regio FROM cases WHERE regio IS NOT NULL AND regio <> '' ORDER BY regio"));
    CHECK(IndicatorFixture().study().cohortNames().empty());
    CHECK(IndicatorFixture().study().regions().empty());
}
