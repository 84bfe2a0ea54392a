#pragma once

namespace km {

class Database;

/**
 * Creates and migrates the study schema, versioned with `PRAGMA user_version`. A file of a
 * newer version than this program knows is refused; an older one is migrated (Study::open
 * makes the backup first). Version 1: the tables; version 2: who (login name) in the audit trail.
 */
class Schema
{
public:
    static constexpr int currentVersion = 2;

    /** The file's version (0: empty file). Throws DatabaseError for a newer version than known. */
    static int checkVersion(const Database& db);

    /**
     * Runs the steps after version `from` up to currentVersion (from 0: creates everything) and
     * sets user_version. Runs in the caller's transaction, so a migration is all or nothing.
     */
    static void upgrade(Database& db, int from);
};

} // namespace km
