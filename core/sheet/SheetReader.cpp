#include "core/sheet/SheetReader.h"

#include "core/sheet/SerialDate.h"
#include "core/sheet/Workbook.h"
#include "core/util/NumberFormat.h"
#include "core/util/ValueParser.h"

#include <algorithm>

namespace km {

SheetReader::SheetReader(std::shared_ptr<const Workbook> book, std::size_t sheet, std::string fileName)
    : book_(std::move(book))
    , sheet_(sheet)
    , name_(std::move(fileName) + ", blad " + book_->sheetName(sheet))
    , rows_(book_->rowCount(sheet))
    , columns_(book_->columnCount(sheet))
{
    if (book_->format() == WorkbookFormat::Xlsx && rows_ > 0 && columns_ > maxDenseCells / rows_) {
        problem_ = ReadProblem{0, "het blad loopt tot cel " + columnLetters(columns_ - 1) + std::to_string(rows_) + " ("
            + std::to_string(rows_) + " rijen bij " + std::to_string(columns_) + " kolommen), veel verder dan een tabel "
            "van casussen; verwacht alleen de gegevens: verwijder de cellen buiten de tabel (Ctrl+End toont de laatste)"};
        return;
    }
    if (rows_ > 0)
        for (std::size_t column = 0; column < columns_; ++column)
            header_.push_back(cellText(0, column));
}

void SheetReader::setDateColumns(std::vector<bool> dateColumns)
{
    dateColumns_ = std::move(dateColumns);
}

std::string SheetReader::columnLetters(std::size_t index)
{
    std::string letters;
    for (std::size_t n = index + 1; n > 0; n = (n - 1) / 26)
        letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
    return letters;
}

std::string SheetReader::sourceName() const
{
    return name_;
}

const std::vector<std::string>& SheetReader::header() const
{
    return header_;
}

std::string SheetReader::columnLabel(std::size_t index) const
{
    const std::string letters = columnLetters(index);
    if (index < header_.size() && !ValueParser::trim(header_[index]).empty())
        return letters + " (" + std::string(ValueParser::trim(header_[index])) + ")";
    return letters;
}

bool SheetReader::next(TableRecord& record)
{
    if (problem_)
        return false;
    nextRow_ = book_->nextUsedRow(sheet_, nextRow_);
    if (nextRow_ >= rows_)
        return false;
    record.line = nextRow_ + 1;
    record.fields.resize(columns_);
    for (std::size_t column = 0; column < columns_; ++column)
        record.fields[column] = cellText(nextRow_, column);
    ++nextRow_;
    return true;
}

std::optional<ReadProblem> SheetReader::problem() const
{
    return problem_;
}

std::vector<std::string> SheetReader::notes() const
{
    return {};
}

double SheetReader::progress() const
{
    return rows_ == 0 ? 1.0 : std::min(1.0, static_cast<double>(nextRow_) / static_cast<double>(rows_));
}

std::string SheetReader::encoding() const
{
    return book_->format() == WorkbookFormat::Xlsx ? "xlsx" : "ods";
}

// A formula error (#DIV/0!) stays as its text, so that a required or typed field reports it.
std::string SheetReader::cellText(std::size_t row, std::size_t column) const
{
    const WorkbookCell cell = book_->cell(sheet_, row, column);
    switch (cell.kind) {
    case WorkbookCell::Kind::Text:
    case WorkbookCell::Kind::Error:
        return cell.text;
    case WorkbookCell::Kind::Boolean:
        return cell.number != 0 ? "ja" : "nee";
    case WorkbookCell::Kind::Number:
        if (column < dateColumns_.size() && dateColumns_[column]) {
            // Excel's 1900 system (origin 1899-12-30) counts the phantom 29 February 1900.
            const bool excel1900 = book_->format() == WorkbookFormat::Xlsx && book_->originYear() == 1899;
            std::string iso = SerialDate::isoText(cell.number, book_->originYear(), book_->originMonth(),
                                                  book_->originDay(), excel1900);
            if (!iso.empty())
                return iso;
        }
        return NumberFormat::shortest(cell.number);
    case WorkbookCell::Kind::Empty:
        break;
    }
    return {};
}

} // namespace km
