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
// earlier cases are skipped, which only happens if the join and the case scan ever disagree;
// the merge stays correct then.
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
    : db_(db), selection_(selection), withTrajectories_(withTrajectories)
{
}

// NOT INDEXED keeps SQLite from answering a cohort filter through cases_cohort, which would
// need a sort: cases are read by primary key and the filter is checked per row. CROSS JOIN fixes
// the child table as the outer loop, read in case order from its covering case index, with one
// primary-key lookup of its case for the filter (cheaper than an index seek per case).
std::string CaseScan::casesSql() const
{
    return selectColumns({"c.id", "c.melddatum", "c.einde_followup", "c.geschiedenis_jaren", "c.datum_overdracht"},
                         {"c.minderjarigen", "c.richting", "c.aard", "c.vt_eerder_betrokken",
                          "c.geweldsgeschiedenis", "c.casusregie", "c.afstemming", "c.veiligheidsplan",
                          "c.hulpverleningsplan", "c.herstelplan"})
        + " FROM cases c NOT INDEXED" + SelectionQuery(selection_).where() + " ORDER BY c.id";
}

std::string CaseScan::trajectoriesSql() const
{
    return selectColumns({"t.case_id", "t.startdatum"}, {"t.afloop", "t.risicofactoren"})
        + " FROM trajectories t CROSS JOIN cases c NOT INDEXED ON c.id = t.case_id"
        + SelectionQuery(selection_).where() + " ORDER BY t.case_id";
}

std::string CaseScan::eventsSql() const
{
    return selectColumns({"e.case_id", "e.datum"}, {"e.soort", "e.bekend_bij"})
        + " FROM events e CROSS JOIN cases c NOT INDEXED ON c.id = e.case_id"
        + SelectionQuery(selection_).where() + " ORDER BY e.case_id";
}

void CaseScan::run(const Visit& visit) const
{
    const SelectionQuery query(selection_);
    auto prepare = [&](const std::string& sql) {
        Statement st = db_.prepare(sql);
        query.bind(st);
        return st;
    };
    Statement cases = prepare(casesSql());
    std::optional<Statement> trajectories;
    if (withTrajectories_)
        trajectories = prepare(trajectoriesSql());
    Statement events = prepare(eventsSql());
    bool trajectoryRow = trajectories && trajectories->step();
    bool eventRow = events.step();

    std::vector<Trajectory> caseTrajectories;   // reused for every case
    std::vector<Event> caseEvents;
    while (cases.step()) {
        const Case c = readCase(cases);
        if (trajectories)
            collect(*trajectories, trajectoryRow, c.id, caseTrajectories, readTrajectory);
        collect(events, eventRow, c.id, caseEvents, readEvent);
        visit(c, caseTrajectories, caseEvents);
    }
}

} // namespace km
