#pragma once

#include "core/codebook/Codebook.h"
#include "core/csv/TableReader.h"
#include "core/import/ColumnMap.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

/**
 * The first rows of one input file as the core's importer reads them (km::SourceOpener: CSV,
 * a workbook's sheet or an SPSS file, told apart by content): format, CSV delimiter and
 * encoding, notes, header and records, and how the importer will match the header to the
 * codebook (km::ColumnMap, with the user's mapping), for the wizard's preview and mapping pages.
 */
struct FilePreview
{
    km::TableKind table = km::TableKind::Casussen;
    std::string sourceName;
    std::string format;                           // "CSV-bestand", "Excel-werkboek (.xlsx)"...
    std::optional<char> delimiter;                // CSV only
    std::optional<std::string> encoding;          // CSV only
    std::vector<std::string> notes;
    std::optional<km::ReadProblem> problem;       // the file could not be read (completely)
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;   // at most the rows asked for
    std::optional<km::ColumnMap> columns;         // absent without a header

    /** Reads up to `maxRows` records of `path`. */
    static FilePreview read(km::TableKind table, const std::string& path,
                            const std::map<std::string, std::string>& mapping, std::size_t maxRows);

    /** Codebook field name of a column, or empty for an extra column. */
    std::string fieldOf(std::size_t column) const;
    /** The codebook fields no column holds, in codebook order. */
    std::vector<std::string> unmatchedFields() const;
    /** Headers of the columns that hold no codebook field. */
    std::vector<std::string> unmatchedHeaders() const;
};
