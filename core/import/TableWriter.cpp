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

std::string insertSql(TableKind kind)
{
    std::string columns;
    std::string values;
    for (const FieldSpec& f : Codebook::table(kind).fields) {
        columns += (f.name == "casus_id" && kind != TableKind::Casussen ? "case_id" : f.name) + ", ";
        values += "?, ";
    }
    std::string sql = std::string("INSERT INTO ") + storageTable(kind) + "(" + columns
        + "import_id, source_line) VALUES (" + values + "?, ?)";
    if (kind == TableKind::Casussen)
        sql += " ON CONFLICT(casus_id) DO NOTHING";
    return sql;
}

std::string insertExtraSql(TableKind kind)
{
    const ExtraTable extra = extraTable(kind);
    return std::string("INSERT INTO ") + extra.table + "(" + extra.key + ", column_name, value) VALUES (?, ?, ?)";
}

} // namespace

TableWriter::TableWriter(Database& db, TableKind kind, std::int64_t importId)
    : db_(db)
    , kind_(kind)
    , importId_(importId)
    , casusIdParameter_(*Codebook::table(kind).fieldIndex("casus_id") + 1)
    , insert_(db.prepare(insertSql(kind)))
    , insertExtra_(db.prepare(insertExtraSql(kind)))
{
}

std::optional<std::int64_t> TableWriter::insert(const ConvertedRow& row, std::int64_t caseId)
{
    int index = 1;
    for (const StoredValue& value : row.values) {
        if (index == casusIdParameter_ && kind_ != TableKind::Casussen)
            insert_.bind(index, caseId);
        else if (const auto* integer = std::get_if<std::int64_t>(&value))
            insert_.bind(index, *integer);
        else if (const auto* real = std::get_if<double>(&value))
            insert_.bind(index, *real);
        else if (const auto* text = std::get_if<std::string_view>(&value))
            insert_.bind(index, *text);
        else
            insert_.bindNull(index);
        ++index;
    }
    insert_.bind(index, importId_).bind(index + 1, static_cast<std::int64_t>(row.line));

    // Not RETURNING: it buffers each returned row in a temporary table, which costs a third of
    // the insert. A casus_id conflict is the only way the statement can change no row.
    insert_.run();
    if (sqlite3_changes(db_.handle()) == 0)
        return std::nullopt;
    const std::int64_t id = db_.lastInsertRowId();

    for (const auto& [name, value] : row.extras) {
        insertExtra_.bind(1, id).bind(2, name).bind(3, value);
        insertExtra_.run();
    }
    return id;
}

} // namespace km
