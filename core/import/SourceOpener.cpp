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
    const FileFormat format = FileFormatDetector::detect(source.path);
    switch (format) {
    case FileFormat::Xlsx:
        return openSheet(source, false);
    case FileFormat::Ods:
        return openSheet(source, true);
    case FileFormat::Sav:
        return openSpss(source);
    case FileFormat::BrokenSav:
    case FileFormat::OtherZip:
        return std::make_unique<UnreadableSource>(source.path, FileFormatDetector::refusal(format));
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
    const auto fields = codebookFields(source, reader->header());
    std::vector<bool> dates(fields.size(), false);
    for (std::size_t column = 0; column < dates.size(); ++column)
        dates[column] = fields[column] && fields[column]->type == FieldType::Date;
    reader->setDateColumns(std::move(dates));
    return withRecoding(std::move(reader), source);
}

// Messages name a variable with the codebook field it was mapped to: "variabele MELDDAT (melddatum)".
std::unique_ptr<TableReader> SourceOpener::openSpss(const ImportSource& source)
{
    auto reader = SpssReader::openFile(source.path);
    const auto fields = codebookFields(source, reader->header());
    std::vector<std::string> names(fields.size());
    for (std::size_t column = 0; column < names.size(); ++column)
        names[column] = fields[column] ? fields[column]->name : std::string();
    reader->setFieldNames(std::move(names));
    return withRecoding(std::move(reader), source);
}

std::vector<const FieldSpec*> SourceOpener::codebookFields(const ImportSource& source, const std::vector<std::string>& header)
{
    const TableSpec& spec = Codebook::table(source.table);
    const ColumnMap columns(spec, header, source.columnMapping);
    std::vector<const FieldSpec*> fields(columns.columnCount(), nullptr);
    for (std::size_t column = 0; column < fields.size(); ++column) {
        const int field = columns.fieldOfColumn(column);
        if (field != ColumnMap::noField)
            fields[column] = &spec.fields[static_cast<std::size_t>(field)];
    }
    return fields;
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
