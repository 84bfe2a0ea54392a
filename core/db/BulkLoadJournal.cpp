#include "core/db/BulkLoadJournal.h"

#include "core/db/Database.h"
#include "core/db/Statement.h"

#include <sqlite3.h>

#include <string>

namespace km {

namespace {

// Runs a journal_mode pragma without waiting for other connections; the mode in force
// afterwards (SQLite keeps the old one when it cannot switch), or empty when it refused.
std::string journalMode(Database& db, const std::string& pragma)
{
    sqlite3_busy_timeout(db.handle(), 0);
    std::string now;
    try {
        Statement st = db.prepare(pragma);
        if (st.step())
            now = st.text(0);
    } catch (const DatabaseError&) {
    }
    sqlite3_busy_timeout(db.handle(), Database::busyTimeoutMs);
    return now;
}

} // namespace

BulkLoadJournal::BulkLoadJournal(Database& db)
    : db_(db)
{
    if (journalMode(db, "PRAGMA journal_mode") == "wal")
        switched_ = journalMode(db, "PRAGMA journal_mode = DELETE") == "delete";
}

BulkLoadJournal::~BulkLoadJournal()
{
    // Should another connection have opened the file meanwhile, it stays with the rollback
    // journal until the next Study::open, which sets the WAL again: slower readers, same data.
    if (switched_)
        journalMode(db_, "PRAGMA journal_mode = WAL");
}

} // namespace km
