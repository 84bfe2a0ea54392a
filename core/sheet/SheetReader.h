#pragma once

#include "core/csv/TableReader.h"

#include <memory>
#include <string>
#include <vector>

namespace km {

class Workbook;

/**
 * One sheet of a workbook as a TableReader: row 1 is the header, every later row a record whose
 * line is the spreadsheet's row number, and columns are named "C (melddatum)" in errors. Cells
 * become the text the importer parses: numbers without the locale, booleans as ja/nee, formulas
 * by their cached value, and numbers in date columns (see setDateColumns) as ISO dates.
 */
class SheetReader : public TableReader
{
public:
    /** `fileName` is how messages name the workbook. */
    SheetReader(std::shared_ptr<const Workbook> book, std::size_t sheet, std::string fileName);

    /**
     * Columns whose numbers are date serials (the codebook's date fields): a number in a
     * spreadsheet cell does not say whether it is a date, the field it lands in does.
     */
    void setDateColumns(std::vector<bool> dateColumns);

    /** Excel's name of a column: A..Z, AA.. */
    static std::string columnLetters(std::size_t index);

    std::string sourceName() const override;
    const std::vector<std::string>& header() const override;
    std::string columnLabel(std::size_t index) const override;
    bool next(TableRecord& record) override;
    std::optional<ReadProblem> problem() const override;
    std::vector<std::string> notes() const override;
    double progress() const override;
    std::string encoding() const override;

private:
    std::string cellText(std::size_t row, std::size_t column) const;

    // An .xlsx sheet is read cell by cell over its whole extent, so one stray cell far away
    // (XFD1048576) would cost billions of lookups: past this many cells it is refused.
    static constexpr std::size_t maxDenseCells = std::size_t(32) << 20;

    std::shared_ptr<const Workbook> book_;
    std::size_t sheet_;
    std::string name_;
    std::size_t rows_;
    std::size_t columns_;
    std::size_t nextRow_ = 1;
    std::vector<std::string> header_;
    std::vector<bool> dateColumns_;
    std::optional<ReadProblem> problem_;
};

} // namespace km
