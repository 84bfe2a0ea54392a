#pragma once

#include "core/csv/CsvDialect.h"

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace km {

/**
 * The one CSV writer of the program: every CSV it writes (CLI output, figure exports, tables
 * of the desktop, mapping files) is built here, cell by cell. A cell is quoted (RFC 4180) only
 * when it holds a ',' or ';' (readers guess either delimiter), a quote or a line break, so the
 * bytes are stable. Text cells that a spreadsheet would run as a formula (starting with '=',
 * '+', '-', '@', tab or carriage return) get a leading apostrophe, as OWASP recommends; number
 * cells are written as numbers, so a negative number stays a number.
 */
class CsvWriter
{
public:
    explicit CsvWriter(CsvDialect dialect = CsvDialect::machine());

    /** A text cell. */
    CsvWriter& text(std::string_view value);
    CsvWriter& integer(std::int64_t value);
    /** Exactly `decimals` decimals with the dialect's decimal mark; an empty cell when absent. */
    CsvWriter& number(const std::optional<double>& value, int decimals);
    /** Rounded to `decimals`, in its shortest form ("21.2", "141"); an empty cell when absent. */
    CsvWriter& shortest(const std::optional<double>& value, int decimals);
    /** The shortest text that reads back as the value itself (already rounded by the caller). */
    CsvWriter& exact(const std::optional<double>& value);
    CsvWriter& empty();
    CsvWriter& endRow();
    /** A whole row of text cells. */
    CsvWriter& row(std::initializer_list<std::string_view> texts);

    /** The file's text: the BOM (when the dialect wants one), then the rows. */
    std::string str() const;
    const CsvDialect& dialect() const { return dialect_; }

    /** `text` with the apostrophe that keeps a spreadsheet from running it as a formula. */
    static std::string neutralised(std::string_view text);
    /** The inverse, for the program's own files read back (mapping files). */
    static std::string_view restored(std::string_view text);

private:
    void cell(std::string_view written);
    std::string numberText(std::string text) const;

    CsvDialect dialect_;
    std::string text_;
    bool inRow_ = false;
};

} // namespace km
