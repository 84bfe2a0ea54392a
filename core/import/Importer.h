#pragma once

#include "core/codebook/Codebook.h"
#include "core/db/Database.h"
#include "core/import/ImportError.h"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace km {

class Study;

/** One input of an import: which codebook table, read from which file (or memory). */
struct ImportSource
{
    TableKind table;
    std::string path;          // file to read; also what the import log records
    std::string inMemoryText;  // when non-empty, read this instead of the file (demo, tests)
    /**
     * Headers the user mapped onto codebook fields (header -> field name), for files whose
     * headers differ from the codebook. Headers match case-insensitively, spaces trimmed; a
     * mapped header takes precedence over a header that is itself a field name.
     */
    std::map<std::string, std::string> columnMapping;
    /**
     * Per codebook field, the user's own values recoded to codebook values ("Ja, zeker" -> "ja",
     * "9" -> "" for unknown), applied before validation. User values match case-insensitively,
     * spaces trimmed. `path` may be a CSV file, an .xlsx/.ods workbook (the sheet named after
     * `table`) or an SPSS .sav/.zsav file: the reader is chosen by the file's content.
     */
    std::map<std::string, std::map<std::string, std::string>> valueRecoding;
};

/**
 * The steps of an import, in order, for a progress text that says what takes the time (at 2M
 * cases the indexes and the commit take a minute after the last row is read).
 */
enum class ImportPhase
{
    Reading,             // reading and checking the rows
    RebuildingIndexes,   // a large import builds the dropped indexes again
    FinalChecks,         // checks over all tables (afstemming) and the import log
    Committing,          // SQLite's COMMIT: once begun it cannot be stopped
};

/**
 * Where an import is, for progress bars. Return false from the callback to cancel: in every
 * phase but Committing the transaction is then rolled back; Committing is reported once, as
 * the commit begins, and its answer is not asked for.
 */
struct ImportProgress
{
    TableKind table;
    double fraction = 0;       // 0..1: over all sources while reading, over the indexes while rebuilding
    std::int64_t rowsRead = 0;
    ImportPhase phase = ImportPhase::Reading;
};

struct ImportOptions
{
    std::size_t maxErrors = 200;   // stop collecting after this many errors
    std::function<bool(const ImportProgress&)> progress;
    // Below this many bytes of input the indexes are kept up to date row by row: dropping and
    // building them again costs schema changes that a small import (a wizard import of a few
    // hundred cases, every fuzz input) does not earn back. Tests set 0 to take the bulk path.
    double deferIndexesFromBytes = 1 << 20;
    // Nothing else reads the study while it imports (the command line): a bulk load may then go
    // through a rollback journal (BulkLoadJournal), which writes it once instead of twice. A
    // reader during such a load would wait for the commit, or fail after SQLite's busy timeout.
    bool soleReader = false;
};

struct ImportResult
{
    bool committed = false;        // true only when everything was written
    bool cancelled = false;
    std::vector<ImportError> errors;
    std::vector<ImportError> warnings;
    bool errorsTruncated = false;  // more errors than maxErrors existed
    /** The study file failed (full disk, read-only), not the input: nothing was imported. */
    std::optional<DatabaseError::Cause> studyFailure;
    std::map<TableKind, std::int64_t> rows;   // rows imported per table
    std::vector<std::string> cohorts;         // cohorts that received cases, by name
};

/**
 * Validates and imports the codebook's tables into a study, all-or-nothing in one
 * transaction: every value is checked (type, codes, dates, references, cross-field rules), all
 * errors up to a limit are collected, and nothing is written unless there are none.
 */
class Importer
{
public:
    explicit Importer(Study& study);

    ImportResult run(const std::vector<ImportSource>& sources, const ImportOptions& options = {});

private:
    Study& study_;
};

} // namespace km
