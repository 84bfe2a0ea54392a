#include "core/spss/SpssReader.h"

#include "core/util/Day.h"
#include "core/util/NumberFormat.h"
#include "core/util/ValueParser.h"

#include <readstat.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <thread>

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

// Filled by the parsing thread, emptied by next(): at most queueCases cases wait in between, so
// memory stays flat whatever the file holds, and a reader that is dropped (a fatal header, the
// error limit) stops the parse at the next value.
struct SpssReader::Data
{
    static constexpr std::size_t queueCases = 256;

    std::string path;
    std::vector<Variable> variables;
    std::vector<std::string> header;
    std::vector<std::string> fields;
    std::map<std::string, std::map<double, std::string>> numberLabels;
    std::map<std::string, std::map<std::string, std::string>> textLabels;
    std::int64_t rowCount = -1;          // from the file's metadata; -1 when it does not say

    // The parsing thread's case in progress.
    int currentCase = -1;
    std::vector<RawValue> current;

    std::mutex mutex;
    std::condition_variable changed;
    std::deque<std::vector<std::string>> ready;
    bool headerKnown = false;
    bool finished = false;
    bool abandoned = false;
    std::optional<ReadProblem> problem;
    std::size_t nextCase = 0;
    std::thread parser;

    std::string text(const Variable& variable, const RawValue& value) const;
    void publishHeader();
    bool pushCurrent();
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

// Called with the mutex held.
void SpssReader::Data::publishHeader()
{
    if (headerKnown)
        return;
    for (const Variable& variable : variables)
        header.push_back(variable.name);
    headerKnown = true;
    changed.notify_all();
}

// Waits while the queue is full; false when the reader is gone and parsing should stop.
bool SpssReader::Data::pushCurrent()
{
    if (currentCase < 0)
        return true;
    std::vector<std::string> texts(variables.size());
    for (std::size_t column = 0; column < texts.size() && column < current.size(); ++column)
        texts[column] = text(variables[column], current[column]);
    std::unique_lock lock(mutex);
    changed.wait(lock, [this] { return abandoned || ready.size() < queueCases; });
    if (abandoned)
        return false;
    ready.push_back(std::move(texts));
    changed.notify_all();
    return true;
}

namespace {

int onMetadata(readstat_metadata_t* metadata, void* context)
{
    static_cast<SpssReader::Data*>(context)->rowCount = readstat_get_row_count(metadata);
    return READSTAT_HANDLER_OK;
}

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

// Values arrive case by case, variable by variable, after every variable and value label.
int onValue(int caseIndex, readstat_variable_t* variable, readstat_value_t value, void* context)
{
    auto& data = *static_cast<SpssReader::Data*>(context);
    if (caseIndex != data.currentCase) {
        if (data.currentCase < 0) {
            std::lock_guard lock(data.mutex);
            data.publishHeader();
        }
        if (!data.pushCurrent())
            return READSTAT_HANDLER_ABORT;
        data.currentCase = caseIndex;
        data.current.assign(data.variables.size(), RawValue{});
    }
    const auto column = static_cast<std::size_t>(readstat_variable_get_index(variable));
    if (column >= data.current.size())
        data.current.resize(column + 1);
    RawValue& cell = data.current[column];
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

SpssReader::~SpssReader()
{
    {
        std::lock_guard lock(d->mutex);
        d->abandoned = true;
        d->changed.notify_all();
    }
    d->parser.join();
}

namespace {

// Runs on the parsing thread: the whole file in one ReadStat call, which hands over the cases.
void parse(SpssReader::Data& data)
{
    readstat_parser_t* parser = readstat_parser_init();
    readstat_set_metadata_handler(parser, onMetadata);
    readstat_set_variable_handler(parser, onVariable);
    readstat_set_value_handler(parser, onValue);
    readstat_set_value_label_handler(parser, onValueLabel);
    readstat_error_t error = readstat_parse_sav(parser, data.path.c_str(), &data);
    readstat_parser_free(parser);
    if (error == READSTAT_OK && !data.pushCurrent())
        error = READSTAT_ERROR_USER_ABORT;
    std::lock_guard lock(data.mutex);
    data.publishHeader();
    if (error != READSTAT_OK && !data.abandoned)
        data.problem = ReadProblem{0, std::string("het SPSS-bestand kan niet worden gelezen (")
            + readstat_error_message(error) + "); verwacht een .sav- of .zsav-bestand"};
    data.finished = true;
    data.changed.notify_all();
}

} // namespace

// Returns once the variables are known; the cases follow while the importer reads them.
std::unique_ptr<SpssReader> SpssReader::openFile(const std::string& path)
{
    auto data = std::make_unique<Data>();
    data->path = path;
    Data& shared = *data;
    std::unique_ptr<SpssReader> reader(new SpssReader(std::move(data)));
    shared.parser = std::thread([&shared] { parse(shared); });
    std::unique_lock lock(shared.mutex);
    shared.changed.wait(lock, [&shared] { return shared.headerKnown; });
    return reader;
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
    std::unique_lock lock(d->mutex);
    d->changed.wait(lock, [this] { return !d->ready.empty() || d->finished; });
    if (d->ready.empty() || d->problem)
        return false;
    record.fields = std::move(d->ready.front());
    d->ready.pop_front();
    record.line = ++d->nextCase;
    d->changed.notify_all();
    return true;
}

std::optional<ReadProblem> SpssReader::problem() const
{
    std::lock_guard lock(d->mutex);
    return d->problem;
}

std::vector<std::string> SpssReader::notes() const
{
    return {};
}

double SpssReader::progress() const
{
    std::lock_guard lock(d->mutex);
    if (d->rowCount <= 0)
        return d->finished ? 1.0 : 0.0;
    return std::min(1.0, static_cast<double>(d->nextCase) / static_cast<double>(d->rowCount));
}

std::string SpssReader::encoding() const
{
    return "sav";
}

} // namespace km
