#pragma once

#include <ctime>
#include <string>

namespace km {

class Database;

/** Where a backup was written and what it holds, for the migration's audit event. */
struct BackupFile
{
    std::string path;
    std::string sha256;
};

/**
 * The copy of a study file made before a schema migration rewrites it, next to the study as
 * `<study>.v<N>-<yyyymmdd-hhmmss>.bak` (UTC). Written with VACUUM INTO through the open
 * connection, so it is one consistent snapshot including what is still in the WAL file, into a
 * temporary file of mode 0600 (it holds case data) that takes the name once synced (OutputBatch).
 */
class StudyBackup
{
public:
    /**
     * Writes the copy of `db` (schema `version`, stored at `studyPath`) and syncs it to disk.
     * Throws DatabaseError with a Dutch message when it cannot be written; no partial copy is left.
     */
    static BackupFile write(Database& db, const std::string& studyPath, int version);

    /** The backup's path for a study at `studyPath` of `version`, made at `when`. */
    static std::string pathFor(const std::string& studyPath, int version, std::time_t when);
};

} // namespace km
