#pragma once

#include "core/db/Database.h"

#include <memory>
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
    /** Opens (or, with create, creates) a study file. Throws DatabaseError with a clear message. */
    static std::unique_ptr<Study> open(const std::string& path, bool create);

    /** An in-memory study holding the bundled synthetic demo study (two cohorts). */
    static std::unique_ptr<Study> openDemo();

    Database& db() { return db_; }
    const Database& db() const { return db_; }

    std::vector<CohortInfo> cohorts() const;           // by name
    std::vector<std::string> regions() const;          // distinct non-empty regio, by name
    std::vector<ImportLogEntry> importLog() const;     // oldest first
    std::int64_t caseCount() const;

private:
    explicit Study(const std::string& path, Database::Mode mode);
    Database db_;
};

} // namespace km
