#include "core/import/SourceOpener.h"

#include "core/csv/CsvReader.h"
#include "core/import/ColumnMap.h"
#include "core/import/FileFormatDetector.h"
#include "core/import/RecodingReader.h"
#include "core/import/UnreadableSource.h"
#include "core/sheet/SheetReader.h"
#include "core/sheet/Workbook.h"
#include "core/spss/SpssReader.h"
#include "core/util/ValueParser.h"

namespace km {

SourceOpener::SourceOpener() = default;
SourceOpener::~SourceOpener() = default;

std::shared_ptr<const Workbook> SourceOpener::workbook(const std::string& path, bool ods)
{
    auto& book = workbooks_[path];
    if (!book)
        book = Workbook::open(path, ods ? WorkbookFormat::Ods : WorkbookFormat::Xlsx);
    return book;
}

std::unique_ptr<TableReader> SourceOpener::open(const ImportSource& source)
{
    if (!source.inMemoryText.empty())
        return withRecoding(CsvReader::fromText(source.inMemoryText, source.path), source);
    switch (FileFormatDetector::detect(source.path)) {
    case FileFormat::Xlsx:
        return openSheet(source, false);
    case FileFormat::Ods:
        return openSheet(source, true);
    case FileFormat::Sav:
        return withRecoding(SpssReader::openFile(source.path), source);
    case FileFormat::OtherZip:
        return std::make_unique<UnreadableSource>(source.path,
            "dit zip-archief is geen werkboek; verwacht een .xlsx-, .ods-, .sav- of CSV-bestand");
    case FileFormat::Csv:
    case FileFormat::Unreadable:
        break;
    }
    return withRecoding(CsvReader::openFile(source.path), source);
}

// The sheet named after the table; a workbook of one sheet ("Blad1") given for a table is that
// table, unless the sheet is named after another one.
std::unique_ptr<TableReader> SourceOpener::openSheet(const ImportSource& source, bool ods)
{
    const auto book = workbook(source.path, ods);
    if (book->error())
        return std::make_unique<UnreadableSource>(source.path, *book->error());
    const TableSpec& spec = Codebook::table(source.table);
    auto sheet = book->findSheet(spec.name);
    if (!sheet && book->sheetCount() == 1 && !Codebook::tableByName(book->sheetName(0)))
        sheet = 0;
    if (!sheet)
        return std::make_unique<UnreadableSource>(source.path, book->missingSheetMessage(spec.name));
    auto reader = std::make_unique<SheetReader>(book, *sheet, source.path);
    const ColumnMap columns(spec, reader->header(), source.columnMapping);
    std::vector<bool> dates(columns.columnCount(), false);
    for (std::size_t column = 0; column < dates.size(); ++column) {
        const int field = columns.fieldOfColumn(column);
        dates[column] = field != ColumnMap::noField && spec.fields[static_cast<std::size_t>(field)].type == FieldType::Date;
    }
    reader->setDateColumns(std::move(dates));
    return withRecoding(std::move(reader), source);
}

std::unique_ptr<TableReader> SourceOpener::withRecoding(std::unique_ptr<TableReader> reader, const ImportSource& source)
{
    if (source.valueRecoding.empty())
        return reader;
    const TableSpec& spec = Codebook::table(source.table);
    const ColumnMap columns(spec, reader->header(), source.columnMapping);
    RecodingReader::ColumnRecodings recodings(columns.columnCount());
    bool any = false;
    for (std::size_t column = 0; column < recodings.size(); ++column) {
        const int field = columns.fieldOfColumn(column);
        if (field == ColumnMap::noField)
            continue;
        const auto it = source.valueRecoding.find(spec.fields[static_cast<std::size_t>(field)].name);
        if (it == source.valueRecoding.end())
            continue;
        for (const auto& [from, to] : it->second)
            recodings[column][ValueParser::lower(ValueParser::trim(from))] = to;
        any = true;
    }
    if (!any)
        return reader;
    return std::make_unique<RecodingReader>(std::move(reader), std::move(recodings));
}

} // namespace km
