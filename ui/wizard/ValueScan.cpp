#include "ui/wizard/ValueScan.h"

#include "core/csv/TableReader.h"
#include "core/import/ColumnMap.h"
#include "core/import/SourceOpener.h"
#include "core/util/ValueParser.h"

#include <algorithm>

namespace {

using km::ValueParser;

std::vector<std::string_view> parts(std::string_view cell)
{
    std::vector<std::string_view> result;
    std::size_t start = 0;
    while (true) {
        const std::size_t bar = cell.find('|', start);
        result.push_back(ValueParser::trim(cell.substr(start, bar == std::string_view::npos ? std::string_view::npos : bar - start)));
        if (bar == std::string_view::npos)
            return result;
        start = bar + 1;
    }
}

// Counts one column's unknown values, keyed as the importer matches them (lower-cased, trimmed).
class Tally
{
public:
    Tally(std::size_t column, const km::FieldSpec& field) : column_(column), field_(&field) {}

    std::size_t column() const { return column_; }

    void add(std::string_view cell)
    {
        const std::string_view trimmed = ValueParser::trim(cell);
        if (trimmed.empty())
            return;
        if (field_->type != km::FieldType::Multi) {
            if (!ValueScan::isCode(*field_, trimmed))
                count(trimmed);
            return;
        }
        bool unknown = false;
        for (std::string_view part : parts(trimmed))
            if (!part.empty() && !ValueScan::isCode(*field_, part)) {
                count(part);
                unknown = true;
            }
        if (unknown && wholeValues_.size() < ValueScan::maxWholeValues)
            wholeValues_.emplace(ValueParser::lower(trimmed), std::string(trimmed));
    }

    FieldValues result(km::TableKind table, std::string column) const
    {
        FieldValues values{table, field_->name, std::move(column), values_, unlistedRows_, {}};
        std::stable_sort(values.values.begin(), values.values.end(),
                         [](const UnknownValue& a, const UnknownValue& b) { return a.rows > b.rows; });
        for (const auto& [key, whole] : wholeValues_)
            values.wholeValues.push_back(whole);
        return values;
    }

    bool empty() const { return values_.empty(); }

private:
    void count(std::string_view value)
    {
        const auto [it, isNew] = index_.emplace(ValueParser::lower(value), values_.size());
        if (!isNew) {
            ++values_[it->second].rows;
        } else if (values_.size() < ValueScan::maxListed) {
            values_.push_back({std::string(value), 1});
        } else {
            index_.erase(it);
            ++unlistedRows_;
        }
    }

    std::size_t column_;
    const km::FieldSpec* field_;
    std::map<std::string, std::size_t> index_;
    std::vector<UnknownValue> values_;
    std::int64_t unlistedRows_ = 0;
    std::map<std::string, std::string> wholeValues_;
};

} // namespace

ValueScanResult ValueScan::scan(const std::vector<km::ImportSource>& sources, const std::atomic<bool>& cancelled)
{
    ValueScanResult result;
    for (km::ImportSource source : sources) {
        source.valueRecoding.clear();
        const std::unique_ptr<km::TableReader> reader = km::SourceOpener().open(source);
        if (reader->header().empty())
            continue;
        const km::TableSpec& spec = km::Codebook::table(source.table);
        const km::ColumnMap columns(spec, reader->header(), source.columnMapping);
        std::vector<Tally> tallies;
        for (std::size_t column = 0; column < columns.columnCount(); ++column) {
            const int field = columns.fieldOfColumn(column);
            if (field == km::ColumnMap::noField)
                continue;
            const km::FieldSpec& fieldSpec = spec.fields[static_cast<std::size_t>(field)];
            if (fieldSpec.type == km::FieldType::YesNo || fieldSpec.type == km::FieldType::Enum || fieldSpec.type == km::FieldType::Multi)
                tallies.emplace_back(column, fieldSpec);
        }
        if (tallies.empty())
            continue;
        km::TableRecord record;
        for (std::int64_t row = 1; reader->next(record); ++row) {
            if (row % 4096 == 0 && cancelled.load())
                return {{}, true};
            for (Tally& tally : tallies)
                if (tally.column() < record.fields.size())
                    tally.add(record.fields[tally.column()]);
        }
        // Codebook field order, as the user knows the fields from the codebook.
        std::sort(tallies.begin(), tallies.end(), [&columns](const Tally& a, const Tally& b) {
            return columns.fieldOfColumn(a.column()) < columns.fieldOfColumn(b.column());
        });
        for (const Tally& tally : tallies)
            if (!tally.empty())
                result.fields.push_back(tally.result(source.table, reader->header()[tally.column()]));
    }
    return result;
}

bool ValueScan::isCode(const km::FieldSpec& field, std::string_view value)
{
    return field.type == km::FieldType::YesNo ? ValueParser::yesNo(value).has_value() : field.codeIndex(value).has_value();
}

std::vector<std::string> ValueScan::codes(const km::FieldSpec& field)
{
    return field.type == km::FieldType::YesNo ? std::vector<std::string>{"ja", "nee"} : field.values;
}

std::map<std::string, std::string> ValueScan::recodeWholeValues(const std::vector<std::string>& wholeValues,
                                                               const std::map<std::string, std::string>& partCodes)
{
    std::map<std::string, std::string> recoding;
    for (const std::string& whole : wholeValues) {
        const std::vector<std::string_view> cellParts = parts(whole);
        if (cellParts.size() < 2)
            continue;
        // A part recoded to unknown is dropped; an empty part stays, for the importer to refuse.
        std::vector<std::string_view> kept;
        bool changed = false;
        for (std::string_view part : cellParts) {
            const auto it = partCodes.find(ValueParser::lower(part));
            changed = changed || it != partCodes.end();
            if (it == partCodes.end())
                kept.push_back(part);
            else if (!it->second.empty())
                kept.push_back(it->second);
        }
        if (!changed)
            continue;
        std::string recoded;
        for (std::size_t i = 0; i < kept.size(); ++i)
            recoded.append(i == 0 ? "" : "|").append(kept[i]);
        recoding[whole] = recoded;
    }
    return recoding;
}
