#include "core/import/RowConverter.h"

#include "core/csv/TableReader.h"
#include "core/import/ErrorCollector.h"
#include "core/util/ValueParser.h"

#include <algorithm>

namespace km {

RowConverter::RowConverter(const TableSpec& spec, const ColumnMap& columns, const TableReader& reader, ErrorCollector& log)
    : spec_(spec), columns_(columns), reader_(reader), log_(log)
{
}

RowConverter::Outcome RowConverter::convert(const TableRecord& record, ConvertedRow& row)
{
    const auto& fields = record.fields;
    if (std::all_of(fields.begin(), fields.end(), [](const std::string& f) { return ValueParser::trim(f).empty(); }))
        return Outcome::Empty;

    const std::size_t fieldCount = spec_.fields.size();
    row.line = record.line;
    row.values.assign(fieldCount, std::monostate{});
    row.raw.assign(fieldCount, std::string_view());
    row.invalid.assign(fieldCount, false);
    row.extras.clear();
    row.ok = true;

    if (fields.size() != columns_.columnCount()) {
        log_.error({reader_.sourceName(), record.line, {}, {},
            "verwacht " + std::to_string(columns_.columnCount()) + " velden zoals de kopregel, gevonden "
                + std::to_string(fields.size())});
        row.ok = false;
        return Outcome::WrongFieldCount;
    }

    for (std::size_t column = 0; column < fields.size(); ++column) {
        const int field = columns_.fieldOfColumn(column);
        if (field == ColumnMap::noField) {
            const std::string_view value = ValueParser::trim(fields[column]);
            if (!value.empty() && !columns_.extraName(column).empty())
                row.extras.emplace_back(columns_.extraName(column), value);
            continue;
        }
        const auto index = static_cast<std::size_t>(field);
        row.raw[index] = fields[column];
        FieldConverter::Result result = FieldConverter::convert(spec_.fields[index], fields[column]);
        if (!result.error.empty())
            fieldError(row, index, std::move(result.error));
        else
            row.values[index] = result.value;
    }

    for (std::size_t field = 0; field < fieldCount; ++field) {
        const FieldSpec& spec = spec_.fields[field];
        if (spec.required && columns_.columnOfField(field) && !row.invalid[field] && !row.known(field))
            fieldError(row, field, "verplicht veld is leeg; " + FieldConverter::expectation(spec));
    }
    return Outcome::Converted;
}

void RowConverter::fieldError(ConvertedRow& row, std::size_t field, std::string message)
{
    log_.error({reader_.sourceName(), row.line, fieldLabel(field), std::string(row.raw[field]), std::move(message)});
    row.invalid[field] = true;
    row.ok = false;
}

std::string RowConverter::fieldLabel(std::size_t field) const
{
    const auto column = columns_.columnOfField(field);
    return column ? reader_.columnLabel(*column) : std::string();
}

} // namespace km
