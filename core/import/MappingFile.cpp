#include "core/import/MappingFile.h"

#include "core/csv/CsvReader.h"
#include "core/csv/CsvWriter.h"
#include "core/import/IdentifierGuard.h"
#include "core/output/OutputBatch.h"
#include "core/util/ValueParser.h"

#include <algorithm>
#include <array>
#include <optional>

namespace km {

namespace {

enum Column { Tabel, Kolom, Veld, Waarde, Code, ColumnCount };
constexpr std::array<std::string_view, ColumnCount> columnNames{"tabel", "kolom", "veld", "waarde", "code"};

struct RowContext
{
    const TableReader& reader;
    const TableRecord& record;
    const std::array<std::optional<std::size_t>, ColumnCount>& at;
    MappingFileResult& result;

    std::string cell(Column c) const
    {
        if (!at[c] || *at[c] >= record.fields.size())
            return {};
        // serialize() wrote a value such as "-1" as "'-1", so a spreadsheet does not run it.
        return std::string(ValueParser::trim(CsvWriter::restored(ValueParser::trim(record.fields[*at[c]]))));
    }
    // The value's own spaces are kept: a recoding matches it trimmed anyway.
    void error(Column c, std::string message) const
    {
        ImportError e{reader.sourceName(), record.line, std::string(columnNames[c]), cell(c), std::move(message)};
        IdentifierGuard::redact(e);
        result.errors.push_back(std::move(e));
    }
};

void addRow(const RowContext& row)
{
    const auto table = Codebook::tableByName(row.cell(Tabel));
    if (!table) {
        row.error(Tabel, "verwacht casussen, trajecten of gebeurtenissen");
        return;
    }
    const TableSpec& spec = Codebook::table(*table);
    const auto field = spec.fieldIndex(row.cell(Veld));
    if (!field) {
        row.error(Veld, "verwacht een veld van de tabel " + spec.name + " uit het codeboek");
        return;
    }
    const std::string& name = spec.fields[static_cast<std::size_t>(*field)].name;
    const std::string column = row.cell(Kolom);
    const std::string value = row.cell(Waarde);
    if (value.empty() && !row.cell(Code).empty()) {
        row.error(Waarde, "een code zonder waarde; verwacht de waarde uit uw bestand die deze code krijgt");
        return;
    }
    if (column.empty() && value.empty()) {
        row.error(Kolom, "verwacht een kolomnaam, een waarde om te hercoderen, of beide");
        return;
    }
    TableMapping& mapping = row.result.tables[*table];
    if (!column.empty())
        mapping.columnMapping[column] = name;
    if (!value.empty())
        mapping.valueRecoding[name][value] = row.cell(Code);
}

std::size_t fieldOrder(const TableSpec& spec, const std::string& field)
{
    const auto index = spec.fieldIndex(field);
    return index ? static_cast<std::size_t>(*index) : spec.fields.size();
}

} // namespace

std::string MappingFile::serialize(const std::map<TableKind, TableMapping>& tables)
{
    CsvWriter out;
    out.row({"tabel", "kolom", "veld", "waarde", "code"});
    for (TableKind kind : Codebook::tables()) {
        const auto it = tables.find(kind);
        if (it == tables.end())
            continue;
        const TableSpec& spec = Codebook::table(kind);
        std::vector<std::pair<std::string, std::string>> columns(it->second.columnMapping.begin(), it->second.columnMapping.end());
        std::stable_sort(columns.begin(), columns.end(), [&spec](const auto& a, const auto& b) {
            return fieldOrder(spec, a.second) < fieldOrder(spec, b.second);
        });
        for (const auto& [column, field] : columns)
            if (!column.empty())
                out.row({spec.name, column, field, "", ""});
        for (const FieldSpec& field : spec.fields) {
            const auto values = it->second.valueRecoding.find(field.name);
            if (values == it->second.valueRecoding.end())
                continue;
            for (const auto& [value, code] : values->second)
                if (!value.empty())
                    out.row({spec.name, "", field.name, value, code});
        }
    }
    return out.str();
}

MappingFileResult MappingFile::read(const std::string& path)
{
    const auto reader = CsvReader::openFile(path);
    return parse(*reader);
}

MappingFileResult MappingFile::parse(TableReader& reader)
{
    MappingFileResult result;
    std::array<std::optional<std::size_t>, ColumnCount> at{};
    const auto& header = reader.header();
    for (std::size_t i = 0; i < header.size(); ++i)
        for (std::size_t c = 0; c < ColumnCount; ++c)
            if (ValueParser::lower(ValueParser::trim(header[i])) == columnNames[c] && !at[c])
                at[c] = i;
    if (!at[Tabel] || !at[Veld] || (!at[Kolom] && !at[Waarde])) {
        const auto problem = reader.problem();
        result.errors.push_back({reader.sourceName(), problem ? problem->line : 1, {}, {}, problem ? problem->message
            : "verwacht een kopregel met de kolommen tabel, kolom, veld en eventueel waarde, code"});
        return result;
    }
    TableRecord record;
    while (reader.next(record)) {
        const bool empty = std::all_of(record.fields.begin(), record.fields.end(),
                                       [](const std::string& f) { return ValueParser::trim(f).empty(); });
        if (!empty)
            addRow({reader, record, at, result});
    }
    if (const auto problem = reader.problem())
        result.errors.push_back({reader.sourceName(), problem->line, {}, {}, problem->message});
    return result;
}

std::optional<OutputError> MappingFile::save(const std::string& path, const std::map<TableKind, TableMapping>& tables)
{
    return OutputBatch::writeOne(path, serialize(tables), OutputRules{});
}

void MappingFile::applyTo(const MappingFileResult& mapping, std::vector<ImportSource>& sources)
{
    for (ImportSource& source : sources) {
        const auto it = mapping.tables.find(source.table);
        if (it == mapping.tables.end())
            continue;
        source.columnMapping = it->second.columnMapping;
        source.valueRecoding = it->second.valueRecoding;
    }
}

} // namespace km
