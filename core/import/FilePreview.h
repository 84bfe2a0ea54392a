#pragma once

#include "core/codebook/Codebook.h"
#include "core/csv/TableReader.h"
#include "core/import/ColumnMap.h"
#include "core/import/ImportError.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace km {

/**
 * The first rows of one input file as the importer reads them (SourceOpener: CSV, a
 * workbook's sheet or an SPSS file, told apart by content): format, CSV delimiter and
 * encoding, notes, header and records, how the importer will match the header to the codebook
 * (ColumnMap, with the user's mapping), and what it would refuse: identifier columns, and the
 * values of the rows shown that break the import's own checks, located as the import's errors
 * are (file lines: the header is line 1). For the wizard's preview and mapping pages.
 */
struct FilePreview
{
    /** An error the import would report for one of the rows shown. */
    struct RowProblem
    {
        std::size_t row = 0;                  // index into `rows`
        std::optional<std::size_t> column;    // file column, absent for the row as a whole
        ImportError error;
    };

    TableKind table = TableKind::Casussen;
    std::string sourceName;
    std::string format;                           // "CSV-bestand", "Excel-werkboek (.xlsx)"...
    std::optional<char> delimiter;                // CSV only
    std::optional<std::string> encoding;          // CSV only
    std::vector<std::string> notes;
    std::optional<ReadProblem> problem;           // the file could not be read (completely)
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;   // at most the rows asked for
    std::vector<std::size_t> lines;               // per row, its line (SPSS: case number) as errors give it
    bool caseNumbers = false;                     // `lines` are SPSS case numbers
    std::optional<ColumnMap> columns;             // absent without a header
    /** Per column: what the import refuses it as (IdentifierGuard, "een BSN"), or empty. */
    std::vector<std::string> refusedAs;
    std::vector<RowProblem> rowProblems;          // in line order

    /** Reads up to `maxRows` records of `path`. */
    static FilePreview read(TableKind table, const std::string& path,
                            const std::map<std::string, std::string>& mapping, std::size_t maxRows);

    /** Codebook field name of a column, or empty for an extra column. */
    std::string fieldOf(std::size_t column) const;
    /** The codebook fields no column holds, in codebook order. */
    std::vector<std::string> unmatchedFields() const;
    /** Headers of the columns that hold no codebook field. */
    std::vector<std::string> unmatchedHeaders() const;
};

} // namespace km
