#include "core/import/TableWriter.h"

#include "core/db/Database.h"
#include "core/import/RowConverter.h"

#include <sqlite3.h>

#include <string>

namespace km {

namespace {

// The schema table (Schema.cpp) that holds a codebook table.
const char* storageTable(TableKind kind)
{
    switch (kind) {
    case TableKind::Casussen: return "cases";
    case TableKind::Trajecten: return "trajectories";
    case TableKind::Gebeurtenissen: return "events";
    }
    return "";
}

// Where a table's unknown columns go: the extra table and its key column.
struct ExtraTable
{
    const char* table;
    const char* key;
};

ExtraTable extraTable(TableKind kind)
{
    switch (kind) {
    case TableKind::Casussen: return {"case_extra", "case_id"};
    case TableKind::Trajecten: return {"trajectory_extra", "trajectory_id"};
    case TableKind::Gebeurtenissen: return {"event_extra", "event_id"};
    }
    return {};
}

// Cases get their id from SQLite (a conflicting casus_id must not use one up); the other
// tables name it, `rows` rows at a time.
std::string insertSql(TableKind kind, std::size_t rows)
{
    const bool cases = kind == TableKind::Casussen;
    std::string columns = cases ? "" : "id, ";
    std::string values = cases ? "(" : "(?, ";
    for (const FieldSpec& f : Codebook::table(kind).fields) {
        columns += (f.name == "casus_id" && !cases ? "case_id" : f.name) + ", ";
        values += "?, ";
    }
    values += "?, ?)";
    std::string sql = std::string("INSERT INTO ") + storageTable(kind) + "(" + columns + "import_id, source_line) VALUES "
        + values;
    for (std::size_t row = 1; row < rows; ++row)
        sql += ", " + values;
    if (cases)
        sql += " ON CONFLICT(casus_id) DO NOTHING";
    return sql;
}

std::string insertExtraSql(TableKind kind)
{
    const ExtraTable extra = extraTable(kind);
    return std::string("INSERT INTO ") + extra.table + "(" + extra.key + ", column_name, value) VALUES (?, ?, ?)";
}

std::int64_t firstFreeId(Database& db, TableKind kind)
{
    Statement st = db.prepare(std::string("SELECT coalesce(max(id), 0) + 1 FROM ") + storageTable(kind));
    st.step();
    return st.int64(0);
}

} // namespace

TableWriter::TableWriter(Database& db, TableKind kind, std::int64_t importId)
    : db_(db)
    , kind_(kind)
    , importId_(importId)
    , casusIdField_(*Codebook::table(kind).fieldIndex("casus_id"))
    , insert_(db.prepare(insertSql(kind, 1)))
    , insertMany_(db.prepare(insertSql(kind, kind == TableKind::Casussen ? 1 : rowsPerStatement)))
    , insertExtra_(db.prepare(insertExtraSql(kind)))
{
    if (kind_ != TableKind::Casussen) {
        nextId_ = firstFreeId(db, kind);
        held_.reserve(rowsPerStatement);
    }
}

std::optional<std::int64_t> TableWriter::insert(const ConvertedRow& row, std::int64_t caseId)
{
    if (kind_ != TableKind::Casussen) {
        held_.push_back({&row, caseId, nextId_});
        if (held_.size() == rowsPerStatement) {
            int parameter = 1;
            for (const Held& held : held_)
                parameter = bindRow(insertMany_, parameter, held);
            insertMany_.run();
            for (const Held& held : held_)
                insertExtras(*held.row, held.id);
            held_.clear();
        }
        return nextId_++;
    }

    bindRow(insert_, 1, {&row, 0, 0});
    // Not RETURNING: it buffers each returned row in a temporary table, which costs a third of
    // the insert. A casus_id conflict is the only way the statement can change no row.
    insert_.run();
    if (sqlite3_changes(db_.handle()) == 0)
        return std::nullopt;
    const std::int64_t id = db_.lastInsertRowId();
    insertExtras(row, id);
    return id;
}

void TableWriter::flush()
{
    for (const Held& held : held_) {
        bindRow(insert_, 1, held);
        insert_.run();
        insertExtras(*held.row, held.id);
    }
    held_.clear();
}

int TableWriter::bindRow(Statement& st, int first, const Held& held)
{
    int index = first;
    if (kind_ != TableKind::Casussen)
        st.bind(index++, held.id);
    for (std::size_t field = 0; field < held.row->values.size(); ++field, ++index) {
        const StoredValue& value = held.row->values[field];
        if (static_cast<int>(field) == casusIdField_ && kind_ != TableKind::Casussen)
            st.bind(index, held.caseId);
        else if (const auto* integer = std::get_if<std::int64_t>(&value))
            st.bind(index, *integer);
        else if (const auto* real = std::get_if<double>(&value))
            st.bind(index, *real);
        else if (const auto* text = std::get_if<std::string_view>(&value))
            st.bind(index, *text);
        else
            st.bindNull(index);
    }
    st.bind(index, importId_).bind(index + 1, static_cast<std::int64_t>(held.row->line));
    return index + 2;
}

void TableWriter::insertExtras(const ConvertedRow& row, std::int64_t id)
{
    for (const auto& [name, value] : row.extras) {
        insertExtra_.bind(1, id).bind(2, name).bind(3, value);
        insertExtra_.run();
    }
}

} // namespace km
