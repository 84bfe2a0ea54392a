#include "core/spss/SpssReader.h"

#include "core/util/Day.h"
#include "core/util/NumberFormat.h"
#include "core/util/ValueParser.h"

#include <readstat.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>

namespace km {

namespace {

// SPSS counts time in seconds since the start of the Gregorian calendar, 1582-10-14;
// that day is day number -141428 (days since 1970-01-01).
constexpr double spssEpochDay = -141428.0;
constexpr double secondsPerDay = 86400.0;

// A stored value before labels and formats are applied: labels may be declared after the
// variables that use them, so the text is made once the whole file is read.
struct RawValue
{
    bool missing = true;
    bool isText = false;
    double number = 0;
    std::string text;
};

struct Variable
{
    std::string name;
    std::string labelSet;
    bool date = false;
};

bool isDateFormat(const char* format)
{
    if (!format)
        return false;
    std::string letters;
    for (const char* p = format; *p && std::isalpha(static_cast<unsigned char>(*p)); ++p)
        letters += static_cast<char>(std::toupper(static_cast<unsigned char>(*p)));
    return letters == "DATE" || letters == "ADATE" || letters == "EDATE" || letters == "SDATE" || letters == "DATETIME";
}

std::string spssDate(double seconds)
{
    const double day = std::floor(seconds / secondsPerDay) + spssEpochDay;
    const auto first = days::fromYmd(1400, 1, 1);
    const auto last = days::fromYmd(9999, 12, 31);
    if (!std::isfinite(day) || !first || !last || day < *first || day > *last)
        return NumberFormat::shortest(seconds);
    return days::toIso(static_cast<Day>(day));
}

} // namespace

struct SpssReader::Data
{
    std::string path;
    std::vector<Variable> variables;
    std::vector<std::string> header;
    std::vector<std::string> fields;
    std::vector<std::vector<RawValue>> cases;
    std::map<std::string, std::map<double, std::string>> numberLabels;
    std::map<std::string, std::map<std::string, std::string>> textLabels;
    std::optional<ReadProblem> problem;
    std::size_t nextCase = 0;

    std::string text(const Variable& variable, const RawValue& value) const;
};

std::string SpssReader::Data::text(const Variable& variable, const RawValue& value) const
{
    if (value.missing)
        return {};
    if (value.isText) {
        const auto set = textLabels.find(variable.labelSet);
        if (set != textLabels.end()) {
            const auto label = set->second.find(value.text);
            if (label != set->second.end())
                return label->second;
        }
        return value.text;
    }
    const auto set = numberLabels.find(variable.labelSet);
    if (set != numberLabels.end()) {
        const auto label = set->second.find(value.number);
        if (label != set->second.end())
            return label->second;
    }
    return variable.date ? spssDate(value.number) : NumberFormat::shortest(value.number);
}

namespace {

int onVariable(int index, readstat_variable_t* variable, const char* labelSet, void* context)
{
    auto& data = *static_cast<SpssReader::Data*>(context);
    if (static_cast<std::size_t>(index) >= data.variables.size())
        data.variables.resize(static_cast<std::size_t>(index) + 1);
    Variable& v = data.variables[static_cast<std::size_t>(index)];
    v.name = readstat_variable_get_name(variable);
    v.labelSet = labelSet ? labelSet : "";
    v.date = isDateFormat(readstat_variable_get_format(variable));
    return READSTAT_HANDLER_OK;
}

int onValue(int caseIndex, readstat_variable_t* variable, readstat_value_t value, void* context)
{
    auto& data = *static_cast<SpssReader::Data*>(context);
    const auto row = static_cast<std::size_t>(caseIndex);
    const auto column = static_cast<std::size_t>(readstat_variable_get_index(variable));
    if (row >= data.cases.size())
        data.cases.resize(row + 1);
    auto& cells = data.cases[row];
    if (column >= cells.size())
        cells.resize(column + 1);
    RawValue& cell = cells[column];
    cell.missing = readstat_value_is_missing(value, variable) != 0;
    if (cell.missing)
        return READSTAT_HANDLER_OK;
    const readstat_type_t type = readstat_value_type(value);
    cell.isText = type == READSTAT_TYPE_STRING || type == READSTAT_TYPE_STRING_REF;
    if (cell.isText) {
        const char* text = readstat_string_value(value);
        cell.text = text ? text : "";
        cell.missing = cell.text.empty();
    } else {
        cell.number = readstat_double_value(value);
    }
    return READSTAT_HANDLER_OK;
}

int onValueLabel(const char* labelSet, readstat_value_t value, const char* label, void* context)
{
    auto& data = *static_cast<SpssReader::Data*>(context);
    const std::string set = labelSet ? labelSet : "";
    const std::string text = label ? label : "";
    const readstat_type_t type = readstat_value_type(value);
    if (type == READSTAT_TYPE_STRING || type == READSTAT_TYPE_STRING_REF) {
        const char* code = readstat_string_value(value);
        data.textLabels[set][code ? code : ""] = text;
    } else if (!readstat_value_is_system_missing(value)) {
        data.numberLabels[set][readstat_double_value(value)] = text;
    }
    return READSTAT_HANDLER_OK;
}

} // namespace

SpssReader::SpssReader(std::unique_ptr<Data> data)
    : d(std::move(data))
{
}

SpssReader::~SpssReader() = default;

std::unique_ptr<SpssReader> SpssReader::openFile(const std::string& path)
{
    auto data = std::make_unique<Data>();
    data->path = path;
    readstat_parser_t* parser = readstat_parser_init();
    readstat_set_variable_handler(parser, onVariable);
    readstat_set_value_handler(parser, onValue);
    readstat_set_value_label_handler(parser, onValueLabel);
    const readstat_error_t error = readstat_parse_sav(parser, path.c_str(), data.get());
    readstat_parser_free(parser);
    if (error != READSTAT_OK) {
        data->problem = ReadProblem{0, std::string("het SPSS-bestand kan niet worden gelezen (")
            + readstat_error_message(error) + "); verwacht een .sav- of .zsav-bestand"};
        data->cases.clear();
    }
    for (const Variable& variable : data->variables)
        data->header.push_back(variable.name);
    return std::unique_ptr<SpssReader>(new SpssReader(std::move(data)));
}

std::string SpssReader::sourceName() const
{
    return d->path;
}

const std::vector<std::string>& SpssReader::header() const
{
    return d->header;
}

void SpssReader::setFieldNames(std::vector<std::string> fields)
{
    d->fields = std::move(fields);
}

std::string SpssReader::columnLabel(std::size_t index) const
{
    if (index >= d->header.size())
        return "variabele " + std::to_string(index + 1);
    const std::string& name = d->header[index];
    const std::string field = index < d->fields.size() ? d->fields[index] : std::string();
    if (field.empty() || ValueParser::lower(field) == ValueParser::lower(name))
        return "variabele " + name;
    return "variabele " + name + " (" + field + ")";
}

// The record's line is the case number, which is how SPSS's Data View numbers its rows.
bool SpssReader::next(TableRecord& record)
{
    if (d->nextCase >= d->cases.size())
        return false;
    const auto& cells = d->cases[d->nextCase];
    record.line = d->nextCase + 1;
    record.fields.assign(d->variables.size(), std::string());
    for (std::size_t column = 0; column < d->variables.size() && column < cells.size(); ++column)
        record.fields[column] = d->text(d->variables[column], cells[column]);
    ++d->nextCase;
    return true;
}

std::optional<ReadProblem> SpssReader::problem() const
{
    return d->problem;
}

std::vector<std::string> SpssReader::notes() const
{
    return {};
}

double SpssReader::progress() const
{
    return d->cases.empty() ? 1.0 : static_cast<double>(d->nextCase) / static_cast<double>(d->cases.size());
}

std::string SpssReader::encoding() const
{
    return "sav";
}

} // namespace km
