#include "core/import/FilePreview.h"

#include "core/csv/CsvReader.h"
#include "core/import/ErrorCollector.h"
#include "core/import/FileFormatDetector.h"
#include "core/import/IdentifierGuard.h"
#include "core/import/RowBatch.h"
#include "core/import/RowConverter.h"
#include "core/import/RowPreparer.h"
#include "core/import/RowRules.h"
#include "core/import/SourceOpener.h"

#include <algorithm>
#include <limits>

namespace km {

namespace {

// The rows through the importer's own steps (RowPreparer: identifiers, conversion; RowRules:
// the rules within a row), so the preview flags what the import will refuse, where it will.
void checkRows(FilePreview& preview, TableReader& reader, std::size_t maxRows)
{
    const TableSpec& spec = Codebook::table(preview.table);
    RowPreparer preparer(spec, *preview.columns, reader, std::numeric_limits<std::int64_t>::max());
    RowBatch batch(maxRows);
    preparer.fill(batch);
    ErrorCollector ruleErrors(std::numeric_limits<std::size_t>::max());
    if (reader.encoding() == "sav")
        ruleErrors.countCasesIn(reader.sourceName());
    RowConverter converter(spec, *preview.columns, reader, ruleErrors);
    const RowRules rules(preview.table);
    std::vector<std::string> labels;
    for (std::size_t column = 0; column < preview.header.size(); ++column)
        labels.push_back(reader.columnLabel(column));
    const auto add = [&](std::size_t row, ImportError error) {
        const auto label = std::find(labels.begin(), labels.end(), error.column);
        std::optional<std::size_t> column;
        if (!error.column.empty() && label != labels.end())
            column = static_cast<std::size_t>(label - labels.begin());
        preview.rowProblems.push_back({row, column, std::move(error)});
    };
    std::size_t error = 0;
    for (std::size_t row = 0; row < batch.count; ++row) {
        RowBatch::Row& r = batch.rows[row];
        preview.rows.push_back(r.record.fields);
        preview.lines.push_back(r.record.line);
        for (; error < r.errorsEnd; ++error)
            add(row, std::move(batch.errors[error]));
        if (!r.usable)
            continue;
        rules.check(r.converted, nullptr, converter);
        for (ImportError& e : ruleErrors.takeErrors())
            add(row, std::move(e));
    }
}

} // namespace

FilePreview FilePreview::read(TableKind table, const std::string& path,
                              const std::map<std::string, std::string>& mapping, std::size_t maxRows)
{
    FilePreview preview;
    preview.table = table;
    preview.format = FileFormatDetector::describe(FileFormatDetector::detect(path));
    const std::unique_ptr<TableReader> reader = SourceOpener().open({table, path, {}, {}, {}});
    preview.sourceName = reader->sourceName();
    preview.header = reader->header();
    preview.caseNumbers = reader->encoding() == "sav";
    for (const std::string& header : preview.header)
        preview.refusedAs.push_back(IdentifierGuard::headerKind(header).value_or(std::string()));
    if (!preview.header.empty()) {
        preview.columns.emplace(Codebook::table(table), preview.header, mapping);
        checkRows(preview, *reader, maxRows);
    }
    preview.problem = reader->problem();
    if (const auto* csv = dynamic_cast<const CsvReader*>(reader.get())) {
        preview.delimiter = csv->delimiter();
        preview.encoding = csv->encoding();
    }
    preview.notes = reader->notes();
    return preview;
}

std::string FilePreview::fieldOf(std::size_t column) const
{
    if (!columns || column >= columns->columnCount())
        return {};
    const int field = columns->fieldOfColumn(column);
    return field == ColumnMap::noField ? std::string()
                                       : Codebook::table(table).fields[static_cast<std::size_t>(field)].name;
}

std::vector<std::string> FilePreview::unmatchedFields() const
{
    std::vector<std::string> result;
    const TableSpec& spec = Codebook::table(table);
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

} // namespace km
