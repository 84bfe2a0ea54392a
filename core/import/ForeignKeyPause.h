#pragma once

namespace km {

class Database;

/**
 * Switches SQLite's foreign key checks off while an import writes, and back to what they were
 * however it ends. The importer only writes references it has just looked up or created in the
 * same transaction (the case of a trajectory, the row of an extra attribute, its own import),
 * and checking each one again cost an eighth of the writing thread's time. Must be made before
 * the import's transaction begins and end after it ended: SQLite ignores the switch inside one.
 */
class ForeignKeyPause
{
public:
    explicit ForeignKeyPause(Database& db);
    ~ForeignKeyPause();
    ForeignKeyPause(const ForeignKeyPause&) = delete;
    ForeignKeyPause& operator=(const ForeignKeyPause&) = delete;

private:
    Database& db_;
    int was_ = 1;
};

} // namespace km
