#pragma once

#include "core/import/ErrorCollector.h"
#include "core/import/Importer.h"

#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace km {

class Database;
class DeferredIndexes;
class SourceHasher;
struct TableOutcome;

/**
 * One run of Importer::run: puts the sources in table order, imports them in one transaction,
 * adds the checks that need every table (afstemming), writes the import log and commits only
 * when nothing was wrong. A database failure becomes an error, never a crash.
 */
class ImportSession
{
public:
    ImportSession(Study& study, const ImportOptions& options);

    ImportResult run(const std::vector<ImportSource>& sources);

private:
    /** A source that was read, for the import log. */
    struct ReadSource
    {
        const ImportSource* source = nullptr;
        std::string encoding;
        std::int64_t rows = 0;
        std::set<std::string> cohorts;   // that received cases (casussen)
    };

    std::vector<const ImportSource*> inTableOrder(const std::vector<ImportSource>& sources);
    void importAll(const std::vector<const ImportSource*>& sources, ImportResult& result);
    /**
     * Reads every source into the open transaction and restores `indexes` (if dropped) once all
     * rows are in; false when cancelled or past the error limit.
     */
    bool readSources(Database& db, const std::vector<const ImportSource*>& sources, DeferredIndexes* indexes,
                     std::vector<ReadSource>& read);
    void warnAfstemming(Database& db, const std::string& file, const TableOutcome& casussen);
    /** Tells the progress callback that `phase` is `fraction` done; false: the user cancelled. */
    bool enterPhase(ImportPhase phase, double fraction);
    /** Asks again where the last report left off, from inside a long statement. */
    bool stillWanted() const;
    void writeLog(Database& db, SourceHasher& hasher, const std::vector<ReadSource>& read);

    Study& study_;
    const ImportOptions& options_;
    ErrorCollector log_;
    std::int64_t importId_ = 0;
    std::int64_t firstCaseId_ = 0;   // cases of this import have ids from here on
    double totalWeight_ = 0;         // bytes of all sources (see sourceWeight)
    ImportProgress lastReport_{TableKind::Casussen};   // after the reading, what the callback was told
};

} // namespace km
