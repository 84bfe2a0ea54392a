#include "core/sheet/SparseSheet.h"

#include <algorithm>

namespace km {

SparseSheet::SparseSheet(std::string name)
    : name_(std::move(name))
{
}

const std::string& SparseSheet::name() const
{
    return name_;
}

void SparseSheet::addRows(std::size_t firstRow, std::size_t count, std::vector<CellRun> cells)
{
    if (count == 0 || cells.empty())
        return;
    columnCount_ = std::max(columnCount_, cells.back().firstColumn + cells.back().count);
    rows_.push_back({firstRow, count, std::move(cells)});
}

std::size_t SparseSheet::rowCount() const
{
    return rows_.empty() ? 0 : rows_.back().firstRow + rows_.back().count;
}

std::size_t SparseSheet::columnCount() const
{
    return columnCount_;
}

// Both lookups find the last run starting at or before the wanted position.
WorkbookCell SparseSheet::cell(std::size_t row, std::size_t column) const
{
    const auto rowRun = std::upper_bound(rows_.begin(), rows_.end(), row,
                                         [](std::size_t r, const RowRun& run) { return r < run.firstRow; });
    if (rowRun == rows_.begin() || row >= std::prev(rowRun)->firstRow + std::prev(rowRun)->count)
        return {};
    const auto& cells = std::prev(rowRun)->cells;
    const auto cellRun = std::upper_bound(cells.begin(), cells.end(), column,
                                          [](std::size_t c, const CellRun& run) { return c < run.firstColumn; });
    if (cellRun == cells.begin() || column >= std::prev(cellRun)->firstColumn + std::prev(cellRun)->count)
        return {};
    return std::prev(cellRun)->cell;
}

std::size_t SparseSheet::nextUsedRow(std::size_t row) const
{
    const auto next = std::upper_bound(rows_.begin(), rows_.end(), row,
                                       [](std::size_t r, const RowRun& run) { return r < run.firstRow; });
    if (next != rows_.begin() && row < std::prev(next)->firstRow + std::prev(next)->count)
        return row;
    return next == rows_.end() ? rowCount() : next->firstRow;
}

} // namespace km
