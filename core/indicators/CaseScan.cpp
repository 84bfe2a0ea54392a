#include "core/indicators/CaseScan.h"

#include "core/db/Database.h"
#include "core/db/Statement.h"
#include "core/indicators/SelectionQuery.h"

#include <initializer_list>
#include <vector>

namespace km {

namespace {

std::optional<Day> optDay(const Statement& st, int column)
{
    return st.isNull(column) ? std::nullopt : std::optional<Day>(static_cast<Day>(st.int64(column)));
}

// Codes, yes/no and masks are never negative, so the queries fold NULL into -1 and one column
// call per value suffices: the scan makes tens of millions of them.
CaseScan::Value code(const Statement& st, int column)
{
    const std::int64_t v = st.int64(column);
    return v < 0 ? std::nullopt : CaseScan::Value(v);
}

// "SELECT a, b, coalesce(x, -1), coalesce(y, -1)": the plain columns, then the coded ones.
std::string selectColumns(std::initializer_list<const char*> plain, std::initializer_list<const char*> coded)
{
    std::string sql;
    for (const char* column : plain)
        sql += (sql.empty() ? "SELECT " : ", ") + std::string(column);
    for (const char* column : coded)
        sql += std::string(", coalesce(") + column + ", -1)";
    return sql;
}

CaseScan::Case readCase(const Statement& st)
{
    CaseScan::Case c;
    c.id = st.int64(0);
    c.melddatum = static_cast<Day>(st.int64(1));
    c.eindeFollowup = static_cast<Day>(st.int64(2));
    c.geschiedenisJaren = st.optReal(3);
    c.datumOverdracht = optDay(st, 4);
    c.minderjarigen = code(st, 5);
    c.richting = code(st, 6);
    c.aard = code(st, 7);
    c.vtEerderBetrokken = code(st, 8);
    c.geweldsgeschiedenis = code(st, 9);
    c.casusregie = code(st, 10);
    c.afstemming = code(st, 11);
    c.plans = {code(st, 12), code(st, 13), code(st, 14)};
    return c;
}

CaseScan::Trajectory readTrajectory(const Statement& st)
{
    return {optDay(st, 1), code(st, 2), code(st, 3)};
}

CaseScan::Event readEvent(const Statement& st)
{
    return {static_cast<Day>(st.int64(1)), code(st, 2), code(st, 3)};
}

// Moves a child scan (column 0 = case id) past the rows of case `caseId`, into `rows`. Rows of
// earlier cases are skipped: cases in none of the selections are never visited.
template<typename Row>
void collect(Statement& st, bool& hasRow, std::int64_t caseId, std::vector<Row>& rows,
             Row (*read)(const Statement&))
{
    rows.clear();
    while (hasRow && st.int64(0) < caseId)
        hasRow = st.step();
    while (hasRow && st.int64(0) == caseId) {
        rows.push_back(read(st));
        hasRow = st.step();
    }
}

} // namespace

CaseScan::CaseScan(const Database& db, const Selection& selection, bool withTrajectories)
    : CaseScan(db, std::vector<Selection>{selection}, withTrajectories)
{
}

CaseScan::CaseScan(const Database& db, std::vector<Selection> selections, bool withTrajectories, CaseIdRange range)
    : db_(db), selections_(std::move(selections)), withTrajectories_(withTrajectories), range_(range)
{
    if (selections_.size() > maxSelections)
        selections_.resize(maxSelections);
}

// Every scan reads the whole table in case order, without a filter in SQL: a filter on cohort
// would either need a sort (through cases_cohort) or a look-up of the case per trajectory and
// event, while comparing a case's cohort here costs next to nothing. The child scans read
// their covering case indexes, so the rows never come from the table in import order.
// The range's ids are parameters 1 and 2, the selection's values follow from 3.
std::string CaseScan::caseFilter(const char* column, Reach reach) const
{
    if (reach == Reach::Study)
        return std::string(column) + " BETWEEN ?1 AND ?2";
    // SQLite walks the ids of an IN (SELECT ...) in order, so the scan needs no sort.
    return std::string(column) + " IN (SELECT c.id FROM cases c WHERE c.id BETWEEN ?1 AND ?2 AND "
        + SelectionQuery(selections_.front(), 3).conditions() + ")";
}

CaseScan::Reach CaseScan::reach() const
{
    if (selections_.size() != 1)
        return Reach::Study;
    const SelectionQuery query(selections_.front(), 3);
    if (query.conditions().empty())
        return Reach::Study;
    Statement st = db_.prepare("SELECT (SELECT count(*) FROM cases c WHERE c.id BETWEEN ?1 AND ?2 AND "
                               + query.conditions() + "), (SELECT max(id) - min(id) + 1 FROM cases WHERE id BETWEEN ?1 AND ?2)");
    st.bind(1, range_.first).bind(2, range_.last);
    query.bind(st);
    st.step();
    return st.int64(0) * 4 <= st.int64(1) ? Reach::SelectedCases : Reach::Study;
}

std::string CaseScan::casesSql(Reach reach) const
{
    return selectColumns({"c.id", "c.melddatum", "c.einde_followup", "c.geschiedenis_jaren", "c.datum_overdracht"},
                         {"c.minderjarigen", "c.richting", "c.aard", "c.vt_eerder_betrokken",
                          "c.geweldsgeschiedenis", "c.casusregie", "c.afstemming", "c.veiligheidsplan",
                          "c.hulpverleningsplan", "c.herstelplan"})
        + ", c.cohort, c.regio FROM cases c NOT INDEXED WHERE " + caseFilter("c.id", reach) + " ORDER BY c.id";
}

std::string CaseScan::trajectoriesSql(Reach reach) const
{
    return selectColumns({"t.case_id", "t.startdatum"}, {"t.afloop", "t.risicofactoren"})
        + " FROM trajectories t WHERE " + caseFilter("t.case_id", reach) + " ORDER BY t.case_id";
}

std::string CaseScan::eventsSql(Reach reach) const
{
    return selectColumns({"e.case_id", "e.datum"}, {"e.soort", "e.bekend_bij"})
        + " FROM events e WHERE " + caseFilter("e.case_id", reach) + " ORDER BY e.case_id";
}

std::uint64_t CaseScan::membership(std::string_view cohort, std::optional<std::string_view> regio) const
{
    std::uint64_t in = 0;
    for (std::size_t i = 0; i < selections_.size(); ++i)
        if (selections_[i].contains(cohort, regio))
            in |= std::uint64_t{1} << i;
    return in;
}

void CaseScan::run(const Visit& visit) const
{
    constexpr int cohortColumn = 15;
    constexpr int regioColumn = 16;
    const Reach reach = this->reach();
    const auto prepare = [&](const std::string& sql) {
        Statement st = db_.prepare(sql);
        st.bind(1, range_.first).bind(2, range_.last);
        if (reach == Reach::SelectedCases)
            SelectionQuery(selections_.front(), 3).bind(st);
        return st;
    };
    Statement cases = prepare(casesSql(reach));
    std::optional<Statement> trajectories;
    if (withTrajectories_)
        trajectories = prepare(trajectoriesSql(reach));
    Statement events = prepare(eventsSql(reach));
    bool trajectoryRow = trajectories && trajectories->step();
    bool eventRow = events.step();

    std::vector<Trajectory> caseTrajectories;   // reused for every case
    std::vector<Event> caseEvents;
    while (cases.step()) {
        const std::string_view cohort = cases.textView(cohortColumn);
        const std::optional<std::string_view> regio = cases.isNull(regioColumn)
            ? std::nullopt : std::optional(cases.textView(regioColumn));
        const std::uint64_t in = membership(cohort, regio);
        if (in == 0)
            continue;
        Case c = readCase(cases);
        c.selections = in;
        c.cohort = cohort;
        c.regio = regio;
        if (trajectories)
            collect(*trajectories, trajectoryRow, c.id, caseTrajectories, readTrajectory);
        collect(events, eventRow, c.id, caseEvents, readEvent);
        visit(c, caseTrajectories, caseEvents);
    }
}

} // namespace km
