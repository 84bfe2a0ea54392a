#include "core/db/SharedSnapshot.h"

#include "core/db/Statement.h"

#include <sqlite3.h>

namespace km {

std::unique_ptr<SharedSnapshot> SharedSnapshot::open(const Database& db, std::size_t count)
{
    const char* file = sqlite3_db_filename(db.handle(), "main");
    if (count == 0 || file == nullptr || *file == '\0' || sqlite3_get_autocommit(db.handle()) == 0)
        return nullptr;
    std::unique_ptr<SharedSnapshot> snapshot(new SharedSnapshot);
    try {
        Database lock(file, Database::Mode::ReadWrite, Database::Threading::OneThreadAtATime);
        // A busy study (an import in another program) means one thread, not a wait.
        sqlite3_busy_timeout(lock.handle(), 0);
        lock.exec("BEGIN IMMEDIATE");
        for (std::size_t i = 0; i < count; ++i) {
            auto reader = std::make_unique<Database>(file, Database::Mode::ReadOnly,
                                                     Database::Threading::OneThreadAtATime);
            reader->exec("BEGIN");
            // A read transaction starts at the first read, not at BEGIN.
            reader->prepare("SELECT 1 FROM sqlite_schema LIMIT 1").step();
            snapshot->readers_.push_back(std::move(reader));
        }
        lock.exec("ROLLBACK");
    } catch (const DatabaseError&) {
        return nullptr;
    }
    return snapshot;
}

} // namespace km
