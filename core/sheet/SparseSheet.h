#pragma once

#include "core/sheet/WorkbookCell.h"

#include <cstddef>
#include <string>
#include <vector>

namespace km {

/**
 * One sheet of an .ods workbook kept as runs of equal cells, the way OpenDocument writes them
 * (number-columns-repeated, number-rows-repeated): a run of a million equal rows costs one entry,
 * and empty cells cost nothing, so a sheet's memory follows its file, never its extent.
 */
class SparseSheet
{
public:
    /** `count` equal cells from `firstColumn` on. */
    struct CellRun
    {
        std::size_t firstColumn = 0;
        std::size_t count = 0;
        WorkbookCell cell;
    };

    explicit SparseSheet(std::string name);

    const std::string& name() const;

    /**
     * `count` equal rows from `firstRow` on, holding the non-empty `cells` in column order.
     * Rows are added in row order.
     */
    void addRows(std::size_t firstRow, std::size_t count, std::vector<CellRun> cells);

    /** From A1 to the last non-empty cell (0 for an empty sheet). */
    std::size_t rowCount() const;
    std::size_t columnCount() const;

    WorkbookCell cell(std::size_t row, std::size_t column) const;

    /** The first row from `row` on that holds a cell, or rowCount(): empty rows cost nothing. */
    std::size_t nextUsedRow(std::size_t row) const;

private:
    struct RowRun
    {
        std::size_t firstRow = 0;
        std::size_t count = 0;
        std::vector<CellRun> cells;
    };

    std::string name_;
    std::vector<RowRun> rows_;
    std::size_t columnCount_ = 0;
};

} // namespace km
