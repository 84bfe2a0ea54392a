#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace km {

/** A problem found while reading a file, before any value is interpreted. */
struct ReadProblem
{
    std::size_t line = 0;   // 1-based physical line where the problem starts (0: the file as a whole)
    std::string message;
};

/** One data record as read, with the physical line (1-based) where it starts. */
struct TableRecord
{
    std::size_t line = 0;
    std::vector<std::string> fields;   // UTF-8
};

/**
 * A source of rows with a header: a CSV file now, spreadsheet sheets and SPSS files later.
 * The importer reads every format through this interface, so validation and error locations
 * are the same for all of them.
 */
class TableReader
{
public:
    virtual ~TableReader() = default;

    /** How errors name this source: a file name, or "book.xlsx, blad casussen". */
    virtual std::string sourceName() const = 0;

    /** The header fields (UTF-8, as written). Empty when the source has no header line. */
    virtual const std::vector<std::string>& header() const = 0;

    /** How errors name column `index`: the header for CSV, "C (melddatum)" for a sheet. */
    virtual std::string columnLabel(std::size_t index) const = 0;

    /** Next record; false at the end or after a problem (see problem()). */
    virtual bool next(TableRecord& record) = 0;

    /** The reason reading stopped early, if it did (unterminated quote, binary data...). */
    virtual std::optional<ReadProblem> problem() const = 0;

    /** Notes that do not stop an import, e.g. "read as Windows-1252". */
    virtual std::vector<std::string> notes() const = 0;

    /** Fraction of the input consumed so far, 0..1, for progress bars. */
    virtual double progress() const = 0;

    /** What the import log records as the source's encoding or format ("UTF-8", "xlsx", "sav"). */
    virtual std::string encoding() const = 0;
};

} // namespace km
