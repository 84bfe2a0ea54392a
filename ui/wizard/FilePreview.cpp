#include "ui/wizard/FilePreview.h"

#include "core/csv/CsvReader.h"
#include "core/import/FileFormatDetector.h"
#include "core/import/SourceOpener.h"

FilePreview FilePreview::read(km::TableKind table, const std::string& path,
                              const std::map<std::string, std::string>& mapping, std::size_t maxRows)
{
    FilePreview preview;
    preview.table = table;
    preview.format = km::FileFormatDetector::describe(km::FileFormatDetector::detect(path));
    const std::unique_ptr<km::TableReader> reader = km::SourceOpener().open({table, path, {}, {}, {}});
    preview.sourceName = reader->sourceName();
    preview.header = reader->header();
    km::TableRecord record;
    while (preview.rows.size() < maxRows && reader->next(record))
        preview.rows.push_back(record.fields);
    preview.problem = reader->problem();
    if (const auto* csv = dynamic_cast<const km::CsvReader*>(reader.get())) {
        preview.delimiter = csv->delimiter();
        preview.encoding = csv->encoding();
    }
    preview.notes = reader->notes();
    if (!preview.header.empty())
        preview.columns.emplace(km::Codebook::table(table), preview.header, mapping);
    return preview;
}

std::string FilePreview::fieldOf(std::size_t column) const
{
    if (!columns || column >= columns->columnCount())
        return {};
    const int field = columns->fieldOfColumn(column);
    return field == km::ColumnMap::noField ? std::string()
                                           : km::Codebook::table(table).fields[static_cast<std::size_t>(field)].name;
}

std::vector<std::string> FilePreview::unmatchedFields() const
{
    std::vector<std::string> result;
    const km::TableSpec& spec = km::Codebook::table(table);
    for (std::size_t field = 0; field < spec.fields.size(); ++field)
        if (!columns || !columns->columnOfField(field))
            result.push_back(spec.fields[field].name);
    return result;
}

std::vector<std::string> FilePreview::unmatchedHeaders() const
{
    std::vector<std::string> result;
    for (std::size_t column = 0; column < header.size(); ++column)
        if (fieldOf(column).empty() && !header[column].empty())
            result.push_back(header[column]);
    return result;
}
