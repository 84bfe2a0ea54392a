#pragma once

#include "core/codebook/Codebook.h"
#include "core/import/ErrorCollector.h"
#include "core/import/RowConverter.h"

#include <cstddef>
#include <cstdint>
#include <limits>

namespace km {

class ColumnMap;
class TableReader;
struct RowBatch;
struct TableRecord;

/**
 * The part of importing a source that needs no database: reads records, refuses cells that
 * look like direct identifiers and converts the values, into RowBatches. It runs on the
 * pipeline's thread, so it keeps its errors with the rows instead of reporting them; the
 * writing thread reports them in line order with its own.
 */
class RowPreparer
{
public:
    static constexpr std::size_t maxFieldBytes = 10000;

    /** Every `progressInterval`-th record gets the reader's progress after it. */
    RowPreparer(const TableSpec& spec, const ColumnMap& columns, TableReader& reader, std::int64_t progressInterval);

    /** Fills `batch` up to its capacity; false when the reader has no more records. */
    bool fill(RowBatch& batch);

private:
    /** Reports cells that are far too long or look like a direct identifier (never showing the value). */
    bool refuseCells(const TableRecord& record);

    TableReader& reader_;
    ErrorCollector pending_{std::numeric_limits<std::size_t>::max()};   // this record's errors
    RowConverter converter_;
    std::int64_t progressInterval_;
    std::int64_t recordsRead_ = 0;
};

} // namespace km
