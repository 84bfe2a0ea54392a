#include "core/import/ForeignKeyPause.h"

#include "core/db/Database.h"

#include <sqlite3.h>

namespace km {

// Through sqlite3_db_config rather than PRAGMA: it reports nothing that could throw, so the
// destructor can switch the checks back on its own.
ForeignKeyPause::ForeignKeyPause(Database& db)
    : db_(db)
{
    sqlite3_db_config(db_.handle(), SQLITE_DBCONFIG_ENABLE_FKEY, -1, &was_);
    sqlite3_db_config(db_.handle(), SQLITE_DBCONFIG_ENABLE_FKEY, 0, nullptr);
}

ForeignKeyPause::~ForeignKeyPause()
{
    sqlite3_db_config(db_.handle(), SQLITE_DBCONFIG_ENABLE_FKEY, was_, nullptr);
}

} // namespace km
