#pragma once

#include "core/codebook/Codebook.h"
#include "core/db/Statement.h"

#include <cstdint>
#include <optional>

namespace km {

class Database;
struct ConvertedRow;

/**
 * Writes validated rows of one codebook table, with their extra attributes, through prepared
 * statements built from the codebook (the schema names its columns after the fields).
 */
class TableWriter
{
public:
    TableWriter(Database& db, TableKind kind, std::int64_t importId);

    /**
     * Stores `row` and returns its row id. For casussen, nullopt when the casus_id is already
     * stored; for trajecten and gebeurtenissen, `caseId` takes the place of casus_id.
     */
    std::optional<std::int64_t> insert(const ConvertedRow& row, std::int64_t caseId);

private:
    Database& db_;
    TableKind kind_;
    std::int64_t importId_;
    int casusIdParameter_;   // bind index of casus_id, which is case_id outside casussen
    Statement insert_;
    Statement insertExtra_;
};

} // namespace km
