#pragma once

#include "core/codebook/Codebook.h"
#include "core/import/RowRules.h"

#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace km {

class CaseLookup;
class ColumnMap;
class Database;
class ErrorCollector;
class RowConverter;
class TableReader;
class TableWriter;
struct ConvertedRow;

/** What reading one source gave. */
struct TableOutcome
{
    std::int64_t rowsWritten = 0;
    std::int64_t recordsRead = 0;
    bool cancelled = false;
    bool complete = false;                  // header usable and every record read
    std::vector<std::string> fieldLabels;   // per codebook field, how errors name its column
    std::set<std::string> cohorts;          // casussen: the cohorts of the rows written
};

/**
 * Imports one source of one codebook table inside the running transaction: matches the header,
 * then streams the records through conversion (a RowPreparer on the RowPipeline's thread), the
 * row rules, the case references and the writer (on the calling thread, which alone uses the
 * database), a few batches at a time, so memory does not grow with the file.
 */
class TableImporter
{
public:
    /**
     * Called on the calling thread every `progressInterval` records with the reader's progress
     * (0..1) after that record; returning false cancels.
     */
    using Progress = std::function<bool(std::int64_t recordsRead, double fraction)>;
    static constexpr std::int64_t progressInterval = 4096;
    /** Limits far above any codebook file; beyond them a file is not what it claims to be. */
    static constexpr std::size_t maxColumns = 1000;

    TableImporter(Database& db, TableKind kind, std::int64_t importId, CaseLookup& cases, ErrorCollector& log);

    /** `columnMapping`: headers the user mapped onto codebook fields (see ImportSource). */
    TableOutcome run(TableReader& reader, const Progress& progress,
                     const std::map<std::string, std::string>& columnMapping = {});

private:
    bool reportHeader(TableReader& reader, const ColumnMap& columns);
    /** Reports too many columns and columns that name a direct identifier; false when any. */
    bool checkHeaderSafety(TableReader& reader);
    /** Writes the prepared rows; false when cancelled. Returns with the reading thread joined. */
    bool importRows(TableReader& reader, const ColumnMap& columns, bool storable, const Progress& progress,
                    TableOutcome& outcome);
    void importCase(ConvertedRow& row, bool storable, RowConverter& converter, TableWriter& writer, TableOutcome& outcome);
    void importDependent(ConvertedRow& row, bool storable, RowConverter& converter, TableWriter& writer, TableOutcome& outcome);
    void duplicateError(ConvertedRow& row, RowConverter& converter, std::string where);

    Database& db_;
    TableKind kind_;
    const TableSpec& spec_;
    std::size_t casusId_;
    std::size_t cohort_;         // casussen only
    std::string lastCohort_;     // of the previous row written, which the next one mostly shares
    std::int64_t importId_;
    CaseLookup& cases_;
    ErrorCollector& log_;
    RowRules rules_;
};

} // namespace km
