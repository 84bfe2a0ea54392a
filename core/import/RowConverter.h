#pragma once

#include "core/codebook/Codebook.h"
#include "core/import/ColumnMap.h"
#include "core/import/FieldConverter.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace km {

class ErrorCollector;
class TableReader;
struct TableRecord;

/** One record with every codebook field converted; views point into the record and the map. */
struct ConvertedRow
{
    std::size_t line = 0;
    std::vector<StoredValue> values;     // per codebook field; monostate when unknown or invalid
    std::vector<std::string_view> raw;   // per codebook field, the text as found
    std::vector<bool> invalid;           // per codebook field: an error was reported for it
    std::vector<std::pair<std::string_view, std::string_view>> extras;   // name, non-empty value
    bool ok = true;                      // no error in this row

    bool known(std::size_t field) const { return !std::holds_alternative<std::monostate>(values[field]); }
    std::int64_t integer(std::size_t field) const { return std::get<std::int64_t>(values[field]); }
    std::string_view text(std::size_t field) const { return std::get<std::string_view>(values[field]); }
};

/**
 * Converts the records of one source into ConvertedRows and reports every invalid value, empty
 * required field and wrong field count with the source's file, line and column names.
 */
class RowConverter
{
public:
    enum class Outcome { Empty, WrongFieldCount, Converted };

    RowConverter(const TableSpec& spec, const ColumnMap& columns, const TableReader& reader, ErrorCollector& log);

    /** Fills `row` from `record`; an entirely empty record is skipped without a message. */
    Outcome convert(const TableRecord& record, ConvertedRow& row);

    /** Reports an error about one field of `row` (value as found) and marks the row. */
    void fieldError(ConvertedRow& row, std::size_t field, std::string message);

    /** The label errors use for a codebook field's column (empty when the file lacks it). */
    std::string fieldLabel(std::size_t field) const;

private:
    const TableSpec& spec_;
    const ColumnMap& columns_;
    const TableReader& reader_;
    ErrorCollector& log_;
};

} // namespace km
