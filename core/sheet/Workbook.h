#pragma once

#include "core/sheet/WorkbookCell.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace km {

/** The kinds of workbook we read. */
enum class WorkbookFormat { Xlsx, Ods };

/**
 * A whole .xlsx or .ods workbook in memory (cached formula results, shared strings and dates
 * included): .xlsx through liborcus's document model, .ods through our own reading of its XML
 * (OdsDocument), because orcus 0.17 drops .ods boolean cells. Either costs memory in proportion
 * to the file; workbooks filled in by hand stay far below what that matters for.
 */
class Workbook
{
public:
    /** Loads `path`; check error() afterwards. */
    static std::unique_ptr<Workbook> open(const std::string& path, WorkbookFormat format);
    ~Workbook();

    /** Why the file could not be read (Dutch), or nullopt. */
    const std::optional<std::string>& error() const;

    WorkbookFormat format() const;
    std::size_t sheetCount() const;
    std::string sheetName(std::size_t sheet) const;
    /** Index of the sheet named `name`, matched case-insensitively after trimming. */
    std::optional<std::size_t> findSheet(const std::string& name) const;

    /** Dutch message for a missing sheet, naming the sheets the workbook does have. */
    std::string missingSheetMessage(const std::string& name) const;

    /** Rows and columns from A1 to the last used cell (0 x 0 for an empty sheet). */
    std::size_t rowCount(std::size_t sheet) const;
    std::size_t columnCount(std::size_t sheet) const;
    WorkbookCell cell(std::size_t sheet, std::size_t row, std::size_t column) const;

    /**
     * The first row from `row` on that may hold cells: exact for an .ods sheet, which is kept
     * sparse; `row` itself for an .xlsx sheet, whose model answers cell by cell.
     */
    std::size_t nextUsedRow(std::size_t sheet, std::size_t row) const;

    /** The date a serial number 0 stands for (1899-12-30 usually, 1904-01-01 in the 1904 system). */
    int originYear() const;
    int originMonth() const;
    int originDay() const;

private:
    struct Impl;
    explicit Workbook(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace km
