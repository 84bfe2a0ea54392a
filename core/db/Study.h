#pragma once

#include "core/db/CohortDeletion.h"
#include "core/db/Database.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace km {

/** One row of the import log. */
struct ImportLogEntry
{
    std::int64_t importId = 0;
    std::string importedAt;      // ISO 8601 UTC
    std::string programVersion;
    std::string tableName;
    std::string fileName;
    std::string sha256;
    std::string encoding;
    std::int64_t rows = 0;
};

/**
 * One event of the study's audit trail: an import, a deleted cohort, a report or export, or a
 * schema migration, with when, who, which files (name and SHA-256), which selection and
 * whether small numbers were suppressed.
 */
struct AuditEntry
{
    std::string at;               // ISO 8601 UTC; filled in by recordEvent
    std::string action;           // "import", "delete-cohort", "rapport", "export", "migratie"
    std::string programVersion;   // filled in by recordEvent
    std::string files;            // one file a line: "name sha256"
    std::string selection;        // e.g. "cohort NHN-2019"
    std::optional<bool> suppressed;
    std::string details;
    std::string user;             // login name; filled in by recordEvent; empty before schema 2
};

/** A cohort in the study and how many cases it has. */
struct CohortInfo
{
    std::string name;
    std::int64_t cases = 0;
};

/**
 * A study file: one SQLite database holding the imported cases of one or more cohorts.
 * Opening creates or migrates the schema and sets WAL journaling. Everything in the core that
 * reads or writes study data takes a Study (no globals).
 */
class Study
{
public:
    /**
     * Opens (or, with create, creates) a study file. Throws DatabaseError with a clear message.
     * A file of an older schema is first copied (StudyBackup), then migrated; if the copy cannot
     * be written the file is left untouched and the open is refused.
     */
    static std::unique_ptr<Study> open(const std::string& path, bool create,
                                       Database::Threading threading = Database::Threading::Serialized);

    /**
     * Opens an existing study to read it. When the file or its folder cannot be written (a
     * write-protected study, a read-only share) it is opened read-only, without changing
     * anything, not even the journal mode: with SQLite's mode=ro, or, in a folder that cannot
     * be written and without pending WAL content, as immutable (no -shm needed). Otherwise as
     * open(path, false). A read-only study of an older schema is refused (it cannot be converted).
     */
    static std::unique_ptr<Study> openForReading(const std::string& path,
                                                 Database::Threading threading = Database::Threading::Serialized);

    /** Checkpoints the WAL into the file and empties it (TRUNCATE), so a closed study is one file. */
    ~Study();
    Study(const Study&) = delete;
    Study& operator=(const Study&) = delete;

    /** An in-memory study holding the bundled synthetic demo study (two cohorts). */
    static std::unique_ptr<Study> openDemo();

    Database& db() { return db_; }
    const Database& db() const { return db_; }

    std::vector<CohortInfo> cohorts() const;           // by name
    /** The cohorts' names, by name; unlike cohorts() without reading every case. */
    std::vector<std::string> cohortNames() const;
    std::vector<std::string> regions() const;          // distinct non-empty regio, by name
    std::vector<ImportLogEntry> importLog() const;     // oldest first
    std::int64_t caseCount() const;
    /** Who works with the study: the login name recorded with every import and event. */
    const std::string& user() const { return user_; }
    /** What opening found and did that the user should know (a mode tightened to 0600). */
    const std::vector<std::string>& warnings() const { return warnings_; }

    /**
     * Deletes every case of `cohort` with its trajectories, events and extra attributes (ON
     * DELETE CASCADE) in one transaction, and how many (0: no such cohort). Deleted content is
     * overwritten in the file (secure_delete, WAL checkpoint), which another connection's read
     * transaction prevents: then nothing is deleted (see CohortDeletion).
     */
    CohortDeletion deleteCohort(const std::string& cohort);

    /** Adds an event (delete-cohort, export...) to the audit trail; imports log themselves. */
    void recordEvent(const AuditEntry& entry);

    /** The audit trail, oldest first: every import (from the import log) and every recorded event. */
    std::vector<AuditEntry> auditLog() const;

private:
    Study(const std::string& path, Database::Mode mode, Database::Threading threading);
    void migrate(const std::string& path);
    void useWal();

    Database db_;
    std::string user_;
    std::vector<std::string> warnings_;
};

} // namespace km
