#include "core/db/WalCheckpoint.h"

#include "core/db/Database.h"
#include "core/db/Statement.h"

#include <sqlite3.h>

#include <string>

namespace km {

// TRUNCATE waits (through the busy handler) until no reader uses the WAL, then empties it.
bool WalCheckpoint::truncate(Database& db)
{
    for (int attempt = 0; attempt < attempts; ++attempt) {
        int logFrames = -1;
        int copied = -1;
        const int rc = sqlite3_wal_checkpoint_v2(db.handle(), nullptr, SQLITE_CHECKPOINT_TRUNCATE, &logFrames, &copied);
        if (rc == SQLITE_OK && logFrames <= 0)
            return true;
        if (rc != SQLITE_OK && rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            return false;
    }
    return false;
}

bool WalCheckpoint::alone(Database& db)
{
    std::int64_t version = 0;
    {
        Statement st = db.prepare("PRAGMA user_version");
        st.step();
        version = st.int64(0);
    }
    Transaction transaction(db);
    db.exec("PRAGMA user_version = " + std::to_string(version));
    transaction.commit();
    return truncate(db);
}

} // namespace km
