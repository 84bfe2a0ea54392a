#pragma once

#include <functional>
#include <string>
#include <vector>

namespace km {

class Database;

/**
 * Drops the secondary indexes of the case tables at the start of a large import and builds
 * them again, from their stored definitions, before the import commits: one sort per index
 * instead of an index update per row. Runs inside the import's transaction, so a rollback (an
 * error, a cancel, a crash) brings the indexes back with the rest of the study.
 */
class DeferredIndexes
{
public:
    /** Drops the indexes of cases, trajectories, events and their extra tables. */
    explicit DeferredIndexes(Database& db);
    DeferredIndexes(const DeferredIndexes&) = delete;
    DeferredIndexes& operator=(const DeferredIndexes&) = delete;

    /**
     * Creates the dropped indexes again; before anything that queries by them. `keepGoing` is
     * asked before each index with the share built so far; false stops (the transaction's
     * rollback then brings the indexes back) and restore() returns false.
     */
    bool restore(const std::function<bool(double built)>& keepGoing);

    /**
     * Whether dropping pays: rebuilding costs a sort of the whole table, updating costs a
     * look-up per new row, so it pays for a study without cases and when the import adds about
     * as much as the study holds, from `minBytes` of input on.
     */
    static bool worthwhile(const Database& db, double importBytes, double minBytes);

private:
    Database& db_;
    std::vector<std::string> definitions_;   // CREATE INDEX statements as stored in the schema
};

} // namespace km
