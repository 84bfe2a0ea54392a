#include "core/cases/CaseRepository.h"
#include "core/db/Statement.h"
#include "core/db/Study.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace km;

namespace {

Day ymd(int y, int m, int d) { return *days::fromYmd(y, m, d); }

// A small study written directly in the storage layout of core/db/Schema.cpp: enums are the
// index of the code in the codebook, multi values a bit mask, dates day numbers.
struct CaseFixture
{
    std::unique_ptr<Study> study = Study::open(":memory:", true);

    CaseFixture()
    {
        study->db().exec("INSERT INTO imports(id, imported_at, program_version) VALUES (1, '2024-01-01T00:00:00Z', 'test')");
        // id, casus_id, cohort, regio, melddatum, overdracht, einde, casusregie
        addCase(1, "C-002", "NHN-2019", "Alkmaar", ymd(2019, 3, 1), ymd(2019, 3, 20), ymd(2021, 3, 1), 1);
        addCase(2, "C-001", "NHN-2019", std::nullopt, ymd(2019, 1, 15), std::nullopt, ymd(2021, 1, 15), std::nullopt);
        addCase(3, "C-010", "NHN-2023", "West-Friesland", ymd(2023, 2, 1), ymd(2023, 2, 10), ymd(2024, 2, 1), 0);
        addCase(4, "X-100", "NHN-2023", "alkmaar", ymd(2023, 5, 5), std::nullopt, ymd(2024, 5, 5), 1);

        // Case 1: three trajectories; aanbieder 2 = ggz, 0 = lokaal_team, 1 = jeugdhulp;
        // doelgroep 1 = volwassene, 0 = kind, 2 = systeem; afloop 0 = afgerond,
        // 1 = voortijdig_client, 3 = niet_gestart; risicofactoren mask 0b101 = opvoeding|psych_kind.
        addTrajectory(1, 2, 1, ymd(2019, 4, 1), ymd(2019, 9, 1), 0, 0b101);
        addTrajectory(1, 0, 0, ymd(2019, 2, 1), ymd(2019, 5, 1), 1, std::nullopt);
        addTrajectory(1, 1, 2, std::nullopt, std::nullopt, 3, 0);
        // Case 3: one running trajectory (afloop 4 = lopend), no end.
        addTrajectory(3, 4, 1, ymd(2023, 3, 1), std::nullopt, 4, 0b10000000);
        // Case 2: one trajectory with everything unknown.
        addTrajectory(2, std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt);

        // soort 0 = nieuw_geweld, 1 = nieuwe_zorgen; bekend_bij 0 = vt, 1 = hulpverlening, 2 = beide.
        addEvent(1, ymd(2020, 6, 1), 1, 2);
        addEvent(1, ymd(2019, 12, 24), 0, 0);
        addEvent(3, ymd(2023, 8, 1), std::nullopt, 1);
    }

    void addCase(std::int64_t id, std::string casusId, std::string cohort, std::optional<std::string> regio,
                 Day meld, std::optional<Day> overdracht, Day einde, std::optional<std::int64_t> casusregie)
    {
        Statement st = study->db().prepare(
            "INSERT INTO cases(id, casus_id, cohort, regio, melddatum, datum_overdracht, einde_followup,"
            " casusregie, import_id, source_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?)");
        st.bind(1, id).bind(2, std::string_view(casusId)).bind(3, std::string_view(cohort)).bind(4, regio)
            .bind(5, std::int64_t{meld}).bind(6, std::optional<std::int64_t>(overdracht))
            .bind(7, std::int64_t{einde}).bind(8, casusregie).bind(9, id + 1);
        st.run();
    }

    void addTrajectory(std::int64_t caseId, std::optional<std::int64_t> aanbieder,
                       std::optional<std::int64_t> doelgroep, std::optional<Day> start,
                       std::optional<Day> end, std::optional<std::int64_t> afloop,
                       std::optional<std::int64_t> risico)
    {
        Statement st = study->db().prepare(
            "INSERT INTO trajectories(case_id, aanbieder, doelgroep, startdatum, einddatum, afloop,"
            " risicofactoren, import_id, source_line) VALUES (?, ?, ?, ?, ?, ?, ?, 1, 2)");
        st.bind(1, caseId).bind(2, aanbieder).bind(3, doelgroep)
            .bind(4, std::optional<std::int64_t>(start)).bind(5, std::optional<std::int64_t>(end))
            .bind(6, afloop).bind(7, risico);
        st.run();
    }

    void addEvent(std::int64_t caseId, Day datum, std::optional<std::int64_t> soort,
                  std::optional<std::int64_t> bekendBij)
    {
        Statement st = study->db().prepare(
            "INSERT INTO events(case_id, datum, soort, bekend_bij, import_id, source_line) VALUES (?, ?, ?, ?, 1, 2)");
        st.bind(1, caseId).bind(2, std::int64_t{datum}).bind(3, soort).bind(4, bekendBij);
        st.run();
    }
};

std::vector<std::string> ids(const std::vector<CaseRow>& rows)
{
    std::vector<std::string> result;
    for (const CaseRow& r : rows)
        result.push_back(r.casusId);
    return result;
}

CasePageQuery sortedBy(CaseColumn column, bool ascending, std::string filter = {})
{
    CasePageQuery q;
    q.sortColumn = column;
    q.ascending = ascending;
    q.filter = std::move(filter);
    return q;
}

} // namespace

TEST_CASE("CaseRepository counts cases matching a filter", "[cases]")
{
    CaseFixture f;
    CaseRepository repo(*f.study);
    CHECK(repo.count("") == 4);
    // regio Alkmaar (C-002) and alkmaar: case-insensitive substring.
    CHECK(repo.count("ALK") == 2);
    // cohort NHN-2023: C-010 and X-100.
    CHECK(repo.count("2023") == 2);
    // casus_id substring "-00" is in C-001, C-002 only (C-010 has "-01").
    CHECK(repo.count("-00") == 2);
    // LIKE wildcards are literal characters: nothing contains "%" or "_".
    CHECK(repo.count("%") == 0);
    CHECK(repo.count("_") == 0);
    CHECK(repo.count("  x-1  ") == 1);
}

TEST_CASE("CaseRepository pages are sorted, stable and counted", "[cases]")
{
    CaseFixture f;
    CaseRepository repo(*f.study);

    SECTION("by casus_id, with offset and limit")
    {
        CasePageQuery q = sortedBy(CaseColumn::CasusId, true);
        CHECK(ids(repo.page(q)) == std::vector<std::string>{"C-001", "C-002", "C-010", "X-100"});
        q.offset = 1;
        q.limit = 2;
        CHECK(ids(repo.page(q)) == std::vector<std::string>{"C-002", "C-010"});
        q.offset = 4;
        CHECK(repo.page(q).empty());
        q.ascending = false;
        q.offset = 0;
        CHECK(ids(repo.page(q)) == std::vector<std::string>{"X-100", "C-010"});
    }

    SECTION("row values and counts per case")
    {
        const std::vector<CaseRow> rows = repo.page(sortedBy(CaseColumn::CasusId, true));
        REQUIRE(rows.size() == 4);
        const CaseRow& c002 = rows[1];
        CHECK(c002.id == 1);
        CHECK(c002.cohort == "NHN-2019");
        CHECK(c002.regio == "Alkmaar");
        CHECK(c002.melddatum == ymd(2019, 3, 1));
        CHECK(c002.datumOverdracht == ymd(2019, 3, 20));
        CHECK(c002.eindeFollowup == ymd(2021, 3, 1));
        CHECK(c002.trajectories == 3);
        CHECK(c002.events == 2);
        CHECK(c002.casusregie == true);
        const CaseRow& c001 = rows[0];
        CHECK(c001.regio.empty());
        CHECK_FALSE(c001.datumOverdracht.has_value());
        CHECK_FALSE(c001.casusregie.has_value());
        CHECK(c001.trajectories == 1);
        CHECK(c001.events == 0);
        CHECK(rows[3].trajectories == 0);   // X-100 has none
    }

    SECTION("by a count column, ties broken by casus_id in the same direction")
    {
        // trajectories: C-002 3, C-001 1, C-010 1, X-100 0.
        CHECK(ids(repo.page(sortedBy(CaseColumn::Trajecten, false)))
              == std::vector<std::string>{"C-002", "C-010", "C-001", "X-100"});
        // events: C-002 2, C-010 1, C-001 0, X-100 0.
        CHECK(ids(repo.page(sortedBy(CaseColumn::Gebeurtenissen, true)))
              == std::vector<std::string>{"C-001", "X-100", "C-010", "C-002"});
    }

    SECTION("unknown values sort last in both directions")
    {
        // regio: Alkmaar, West-Friesland, alkmaar (binary collation: upper case first), C-001 NULL.
        CHECK(ids(repo.page(sortedBy(CaseColumn::Regio, true)))
              == std::vector<std::string>{"C-002", "C-010", "X-100", "C-001"});
        CHECK(ids(repo.page(sortedBy(CaseColumn::Regio, false)))
              == std::vector<std::string>{"X-100", "C-010", "C-002", "C-001"});
        // overdracht: C-002 2019-03-20, C-010 2023-02-10; C-001 and X-100 unknown (by casus_id).
        CHECK(ids(repo.page(sortedBy(CaseColumn::DatumOverdracht, false)))
              == std::vector<std::string>{"C-010", "C-002", "X-100", "C-001"});
        CHECK(ids(repo.page(sortedBy(CaseColumn::Casusregie, true)))
              == std::vector<std::string>{"C-010", "C-002", "X-100", "C-001"});
    }

    SECTION("filtered and sorted by melddatum")
    {
        CHECK(ids(repo.page(sortedBy(CaseColumn::Melddatum, true, "nhn-2019")))
              == std::vector<std::string>{"C-001", "C-002"});
        CHECK(ids(repo.page(sortedBy(CaseColumn::EindeFollowup, false, "alk")))
              == std::vector<std::string>{"X-100", "C-002"});
    }

    SECTION("the whole order as ids, and rows read back by id in any order")
    {
        CasePageQuery q = sortedBy(CaseColumn::Melddatum, false);
        q.limit = -1;
        // melddatum: X-100 2023-05-05 (id 4), C-010 2023-02-01 (3), C-002 2019-03-01 (1), C-001 (2).
        CHECK(repo.orderedIds(q) == std::vector<std::int64_t>{4, 3, 1, 2});
        q.offset = 3;
        CHECK(repo.orderedIds(q) == std::vector<std::int64_t>{2});
        // Ids that do not exist (99) are skipped; the order asked for is kept.
        CHECK(ids(repo.rows({2, 99, 4, 1})) == std::vector<std::string>{"C-001", "X-100", "C-002"});
        CHECK(repo.rows({}).empty());
    }

    SECTION("every page of a paged walk is disjoint and together they are the whole list")
    {
        for (CaseColumn column : allCaseColumns) {
            CasePageQuery q = sortedBy(column, column != CaseColumn::Cohort);
            const std::vector<std::string> all = ids(repo.page(q));
            std::vector<std::string> walked;
            q.limit = 1;
            for (q.offset = 0; q.offset < 4; ++q.offset)
                for (const std::string& id : ids(repo.page(q)))
                    walked.push_back(id);
            CHECK(walked == all);
            std::sort(walked.begin(), walked.end());
            CHECK(walked == std::vector<std::string>{"C-001", "C-002", "C-010", "X-100"});
        }
    }
}

TEST_CASE("CaseRepository reads the chain of one case", "[cases]")
{
    CaseFixture f;
    CaseRepository repo(*f.study);

    const std::optional<CaseChain> chain = repo.chainByCasusId("C-002");
    REQUIRE(chain.has_value());
    CHECK(chain->id == 1);
    CHECK(chain->cohort == "NHN-2019");
    CHECK(chain->regio == "Alkmaar");
    CHECK(chain->melddatum == ymd(2019, 3, 1));
    CHECK(chain->datumOverdracht == ymd(2019, 3, 20));
    CHECK(chain->eindeFollowup == ymd(2021, 3, 1));
    CHECK(chain->casusregie == true);
    CHECK_FALSE(chain->afstemming.has_value());

    // By startdatum, the never-started one (no start) last.
    REQUIRE(chain->trajectories.size() == 3);
    const ChainTrajectory& first = chain->trajectories[0];
    CHECK(first.aanbieder == "lokaal_team");
    CHECK(first.doelgroep == "kind");
    CHECK(first.start == ymd(2019, 2, 1));   // before the melding: valid per the codebook
    CHECK(first.end == ymd(2019, 5, 1));
    CHECK(first.afloop == "voortijdig_client");
    CHECK(first.risicofactoren.empty());
    const ChainTrajectory& second = chain->trajectories[1];
    CHECK(second.aanbieder == "ggz");
    CHECK(second.doelgroep == "volwassene");
    CHECK(second.afloop == "afgerond");
    CHECK(second.risicofactoren == std::vector<std::string>{"opvoeding", "psych_kind"});
    const ChainTrajectory& third = chain->trajectories[2];
    CHECK(third.aanbieder == "jeugdhulp");
    CHECK(third.doelgroep == "systeem");
    CHECK(third.afloop == "niet_gestart");
    CHECK_FALSE(third.start.has_value());
    CHECK_FALSE(third.end.has_value());

    // By date.
    REQUIRE(chain->events.size() == 2);
    CHECK(chain->events[0].datum == ymd(2019, 12, 24));
    CHECK(chain->events[0].soort == "nieuw_geweld");
    CHECK(chain->events[0].bekendBij == "vt");
    CHECK(chain->events[1].soort == "nieuwe_zorgen");
    CHECK(chain->events[1].bekendBij == "beide");

    const std::optional<CaseChain> other = repo.chain(3);
    REQUIRE(other.has_value());
    CHECK(other->casusId == "C-010");
    CHECK(other->casusregie == false);
    REQUIRE(other->trajectories.size() == 1);
    CHECK(other->trajectories[0].afloop == "lopend");
    CHECK_FALSE(other->trajectories[0].end.has_value());
    CHECK(other->trajectories[0].risicofactoren == std::vector<std::string>{"overig"});
    REQUIRE(other->events.size() == 1);
    CHECK(other->events[0].soort.empty());
    CHECK(other->events[0].bekendBij == "hulpverlening");

    const std::optional<CaseChain> unknown = repo.chain(2);
    REQUIRE(unknown.has_value());
    REQUIRE(unknown->trajectories.size() == 1);
    CHECK(unknown->trajectories[0].aanbieder.empty());
    CHECK(unknown->trajectories[0].afloop.empty());

    CHECK_FALSE(repo.chain(99).has_value());
    CHECK_FALSE(repo.chainByCasusId("C-999").has_value());
}
