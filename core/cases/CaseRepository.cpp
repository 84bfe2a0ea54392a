#include "core/cases/CaseRepository.h"

#include "core/codebook/Codebook.h"
#include "core/db/Statement.h"
#include "core/db/Study.h"
#include "core/util/ValueParser.h"

#include <unordered_map>

namespace km {

namespace {

// The filter is matched with instr() on lower-cased text rather than LIKE, so that `%` and `_`
// typed by the user are plain characters.
constexpr const char* filterClause =
    " WHERE (instr(lower(c.casus_id), ?1) OR instr(lower(c.cohort), ?1)"
    " OR instr(lower(coalesce(c.regio, '')), ?1))";

constexpr const char* trajectoryCount = "(SELECT count(*) FROM trajectories t WHERE t.case_id = c.id)";
constexpr const char* eventCount = "(SELECT count(*) FROM events e WHERE e.case_id = c.id)";

std::string sortExpression(CaseColumn column)
{
    switch (column) {
    case CaseColumn::CasusId: return "c.casus_id";
    case CaseColumn::Cohort: return "c.cohort";
    case CaseColumn::Regio: return "c.regio";
    case CaseColumn::Melddatum: return "c.melddatum";
    case CaseColumn::DatumOverdracht: return "c.datum_overdracht";
    case CaseColumn::EindeFollowup: return "c.einde_followup";
    case CaseColumn::Trajecten:
    case CaseColumn::Gebeurtenissen: return "coalesce(k.n, 0)";
    case CaseColumn::Casusregie: return "c.casusregie";
    }
    return "c.casus_id";
}

// Unknown values sort last in both directions; casus_id (unique) breaks ties so that the pages
// of one ordering never overlap or skip a case.
std::string orderBy(CaseColumn column, bool ascending)
{
    const std::string direction = ascending ? " ASC" : " DESC";
    if (column == CaseColumn::CasusId)
        return " ORDER BY c.casus_id" + direction;
    const std::string key = sortExpression(column);
    return " ORDER BY " + key + " IS NULL, " + key + direction + ", c.casus_id" + direction;
}

std::string codeText(const FieldSpec& field, const std::optional<std::int64_t>& code)
{
    if (!code || *code < 0 || static_cast<std::size_t>(*code) >= field.values.size())
        return {};
    return field.values[static_cast<std::size_t>(*code)];
}

std::vector<std::string> multiText(const FieldSpec& field, const std::optional<std::int64_t>& mask)
{
    std::vector<std::string> result;
    if (!mask)
        return result;
    for (std::size_t i = 0; i < field.values.size(); ++i)
        if (*mask & (std::int64_t{1} << i))
            result.push_back(field.values[i]);
    return result;
}

std::optional<Day> optDay(const Statement& st, int column)
{
    if (st.isNull(column))
        return std::nullopt;
    return static_cast<Day>(st.int64(column));
}

std::optional<bool> optBool(const Statement& st, int column)
{
    if (st.isNull(column))
        return std::nullopt;
    return st.int64(column) != 0;
}

void readTrajectories(const Database& db, CaseChain& chain)
{
    const TableSpec& spec = Codebook::table(TableKind::Trajecten);
    Statement st = db.prepare(
        "SELECT aanbieder, doelgroep, startdatum, einddatum, afloop, risicofactoren FROM trajectories"
        " WHERE case_id = ? ORDER BY startdatum IS NULL, startdatum, id");
    st.bind(1, chain.id);
    while (st.step()) {
        ChainTrajectory t;
        t.aanbieder = codeText(spec.field("aanbieder"), st.optInt64(0));
        t.doelgroep = codeText(spec.field("doelgroep"), st.optInt64(1));
        t.start = optDay(st, 2);
        t.end = optDay(st, 3);
        t.afloop = codeText(spec.field("afloop"), st.optInt64(4));
        t.risicofactoren = multiText(spec.field("risicofactoren"), st.optInt64(5));
        chain.trajectories.push_back(std::move(t));
    }
}

void readEvents(const Database& db, CaseChain& chain)
{
    const TableSpec& spec = Codebook::table(TableKind::Gebeurtenissen);
    Statement st = db.prepare("SELECT datum, soort, bekend_bij FROM events WHERE case_id = ? ORDER BY datum, id");
    st.bind(1, chain.id);
    while (st.step())
        chain.events.push_back({static_cast<Day>(st.int64(0)), codeText(spec.field("soort"), st.optInt64(1)),
                                codeText(spec.field("bekend_bij"), st.optInt64(2))});
}

} // namespace

CaseRepository::CaseRepository(const Study& study)
    : study_(study)
{
}

StudyOverview CaseRepository::overview() const
{
    return {study_.cohortNames(), study_.regions(), study_.caseCount()};
}

std::int64_t CaseRepository::count(const std::string& filter) const
{
    const std::string needle = ValueParser::lower(ValueParser::trim(filter));
    if (needle.empty())
        return study_.caseCount();
    Statement st = study_.db().prepare(std::string("SELECT count(*) FROM cases c") + filterClause);
    st.bind(1, std::string_view(needle));
    st.step();
    return st.int64(0);
}

std::vector<std::int64_t> CaseRepository::orderedIds(const CasePageQuery& query) const
{
    std::vector<std::int64_t> ids;
    if (query.limit == 0 || query.offset < 0)
        return ids;
    const std::string needle = ValueParser::lower(ValueParser::trim(query.filter));
    std::string sql = "SELECT c.id FROM cases c";
    if (query.sortColumn == CaseColumn::Trajecten || query.sortColumn == CaseColumn::Gebeurtenissen) {
        // One grouped pass over the child table's case index instead of a count per case.
        const char* table = query.sortColumn == CaseColumn::Trajecten ? "trajectories" : "events";
        sql += std::string(" LEFT JOIN (SELECT case_id, count(*) AS n FROM ") + table
            + " GROUP BY case_id) k ON k.case_id = c.id";
    }
    if (!needle.empty())
        sql += filterClause;
    sql += orderBy(query.sortColumn, query.ascending);
    // Without a limit there is no LIMIT clause at all: SQLite's limited sorter (even for
    // LIMIT -1) is several times slower than a plain sort over a million rows.
    const bool limited = query.limit > 0 || query.offset > 0;
    if (limited)
        sql += " LIMIT ?2 OFFSET ?3";
    Statement st = study_.db().prepare(sql);
    if (!needle.empty())
        st.bind(1, std::string_view(needle));
    if (limited)
        st.bind(2, query.limit < 0 ? std::int64_t{-1} : query.limit).bind(3, query.offset);
    while (st.step())
        ids.push_back(st.int64(0));
    return ids;
}

std::vector<CaseRow> CaseRepository::rows(const std::vector<std::int64_t>& ids) const
{
    std::vector<CaseRow> result;
    if (ids.empty())
        return result;
    std::string idList;
    std::unordered_map<std::int64_t, std::size_t> position;
    for (std::int64_t id : ids) {
        position.emplace(id, position.size());
        idList += (idList.empty() ? "" : ",") + std::to_string(id);
    }
    std::vector<std::optional<CaseRow>> found(ids.size());
    Statement st = study_.db().prepare(
        std::string("SELECT c.id, c.casus_id, c.cohort, c.regio, c.melddatum, c.datum_overdracht,"
                    " c.einde_followup, ") + trajectoryCount + ", " + eventCount
        + ", c.casusregie FROM cases c WHERE c.id IN (" + idList + ")");
    while (st.step()) {
        CaseRow row;
        row.id = st.int64(0);
        row.casusId = st.text(1);
        row.cohort = st.text(2);
        row.regio = st.optText(3).value_or(std::string());
        row.melddatum = static_cast<Day>(st.int64(4));
        row.datumOverdracht = optDay(st, 5);
        row.eindeFollowup = static_cast<Day>(st.int64(6));
        row.trajectories = st.int64(7);
        row.events = st.int64(8);
        row.casusregie = optBool(st, 9);
        found[position.at(row.id)] = std::move(row);
    }
    for (std::optional<CaseRow>& row : found)
        if (row)
            result.push_back(std::move(*row));
    return result;
}

std::vector<CaseRow> CaseRepository::page(const CasePageQuery& query) const
{
    return rows(orderedIds(query));
}

std::optional<CaseChain> CaseRepository::chain(std::int64_t id) const
{
    Statement st = study_.db().prepare(
        "SELECT id, casus_id, cohort, regio, melddatum, datum_overdracht, einde_followup, casusregie,"
        " afstemming FROM cases WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    CaseChain chain;
    chain.id = st.int64(0);
    chain.casusId = st.text(1);
    chain.cohort = st.text(2);
    chain.regio = st.optText(3).value_or(std::string());
    chain.melddatum = static_cast<Day>(st.int64(4));
    chain.datumOverdracht = optDay(st, 5);
    chain.eindeFollowup = static_cast<Day>(st.int64(6));
    chain.casusregie = optBool(st, 7);
    chain.afstemming = optBool(st, 8);
    readTrajectories(study_.db(), chain);
    readEvents(study_.db(), chain);
    return chain;
}

std::optional<CaseChain> CaseRepository::chainByCasusId(const std::string& casusId) const
{
    Statement st = study_.db().prepare("SELECT id FROM cases WHERE casus_id = ?");
    st.bind(1, std::string_view(casusId));
    if (!st.step())
        return std::nullopt;
    return chain(st.int64(0));
}

} // namespace km
