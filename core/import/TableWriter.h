#pragma once

#include "core/codebook/Codebook.h"
#include "core/db/Statement.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace km {

class Database;
struct ConvertedRow;

/**
 * Writes validated rows of one codebook table, with their extra attributes, through prepared
 * statements built from the codebook (the schema names its columns after the fields).
 * Trajecten and gebeurtenissen are written `rowsPerStatement` rows to a statement, with ids
 * the writer hands out itself: SQLite's work per statement (cursors, checks, allocations)
 * then counts once per group instead of once per row.
 */
class TableWriter
{
public:
    static constexpr std::size_t rowsPerStatement = 32;

    TableWriter(Database& db, TableKind kind, std::int64_t importId);

    /**
     * Stores `row` and returns its row id. For casussen, nullopt when the casus_id is already
     * stored; for trajecten and gebeurtenissen, `caseId` takes the place of casus_id, and the
     * row may be held (and must stay valid) until a later insert or flush() writes it.
     */
    std::optional<std::int64_t> insert(const ConvertedRow& row, std::int64_t caseId);

    /** Writes the rows insert() holds. */
    void flush();

private:
    struct Held
    {
        const ConvertedRow* row;
        std::int64_t caseId;
        std::int64_t id;
    };

    /** Binds one row's values from parameter `first` on; returns the next parameter. */
    int bindRow(Statement& st, int first, const Held& held);
    void insertExtras(const ConvertedRow& row, std::int64_t id);

    Database& db_;
    TableKind kind_;
    std::int64_t importId_;
    int casusIdField_;       // the codebook index of casus_id, which is case_id outside casussen
    Statement insert_;       // one row
    Statement insertMany_;   // rowsPerStatement rows (trajecten, gebeurtenissen)
    Statement insertExtra_;
    std::int64_t nextId_ = 0;
    std::vector<Held> held_;
};

} // namespace km
