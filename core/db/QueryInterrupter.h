#pragma once

#include <functional>

namespace km {

class Database;

/**
 * While alive, lets the user stop a long SQLite statement (CREATE INDEX over millions of rows,
 * a query over a whole import) that would otherwise run to its end: `keepGoing` is asked every
 * few thousand steps of the statement, and when it says no the statement fails with a
 * DatabaseError (SQLite's "interrupted"), which the caller tells from other failures by
 * interrupted(). Removed on destruction, before the rollback that follows.
 */
class QueryInterrupter
{
public:
    QueryInterrupter(Database& db, std::function<bool()> keepGoing);
    ~QueryInterrupter();
    QueryInterrupter(const QueryInterrupter&) = delete;
    QueryInterrupter& operator=(const QueryInterrupter&) = delete;

    /** Whether `keepGoing` said no (and a running statement was stopped). */
    bool interrupted() const { return interrupted_; }

private:
    static int onProgress(void* self);

    Database& db_;
    std::function<bool()> keepGoing_;
    bool interrupted_ = false;
};

} // namespace km
