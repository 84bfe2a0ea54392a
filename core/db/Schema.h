#pragma once

namespace km {

class Database;

/**
 * Creates and migrates the study schema, versioned with `PRAGMA user_version`. A file of a
 * newer version than this program knows is refused; an older one is migrated after a backup.
 */
class Schema
{
public:
    static constexpr int currentVersion = 1;

    /** Brings `db` to currentVersion (creating everything in an empty file). */
    static void migrate(Database& db);
};

} // namespace km
