#include "FormatTestSupport.h"

#include "core/indicators/IndicatorEngine.h"
#include "core/util/Day.h"
#include "core/util/NumberFormat.h"

#include <readstat.h>
#include <xlsxwriter.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <sstream>

namespace km::test {

namespace {

std::vector<std::string> splitLine(const std::string& line)
{
    std::vector<std::string> fields;
    std::string field;
    std::istringstream in(line);
    while (std::getline(in, field, ','))
        fields.push_back(field);
    if (!line.empty() && line.back() == ',')
        fields.emplace_back();
    return fields;
}

const FieldSpec* fieldOf(const PlainTable& table, std::size_t column)
{
    const TableSpec& spec = Codebook::table(table.kind);
    const auto index = spec.fieldIndex(table.header[column]);
    return index ? &spec.fields[static_cast<std::size_t>(*index)] : nullptr;
}

bool isIsoDate(const std::string& text)
{
    return text.size() == 10 && text[4] == '-' && days::parse(text).has_value();
}

// Excel's serial of a date after 1900-03-01: days since 1899-12-30 (day number -25569).
double excelSerial(const std::string& iso)
{
    return static_cast<double>(*days::parse(iso) + 25569);
}

std::string decimalComma(std::string text)
{
    std::replace(text.begin(), text.end(), '.', ',');
    return text;
}

double number(const std::string& text)
{
    return std::stod(text);   // test data only: "2.5", "1"
}

} // namespace

PlainTable splitCsv(TableKind kind, const std::string& text)
{
    PlainTable table{kind, {}, {}};
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        if (table.header.empty())
            table.header = splitLine(line);
        else if (!line.empty())
            table.rows.push_back(splitLine(line));
    }
    return table;
}

std::vector<PlainTable> smallStudy()
{
    return {splitCsv(TableKind::Casussen, validCasussen), splitCsv(TableKind::Trajecten, validTrajecten),
            splitCsv(TableKind::Gebeurtenissen, validGebeurtenissen)};
}

void writeXlsx(const std::string& path, const std::vector<PlainTable>& tables)
{
    lxw_workbook* book = workbook_new(path.c_str());
    REQUIRE(book);
    lxw_format* dateFormat = workbook_add_format(book);
    format_set_num_format(dateFormat, "dd-mm-yyyy");
    for (const PlainTable& table : tables) {
        lxw_worksheet* sheet = workbook_add_worksheet(book, Codebook::table(table.kind).name.c_str());
        for (std::size_t c = 0; c < table.header.size(); ++c)
            worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), table.header[c].c_str(), nullptr);
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            const auto row = static_cast<lxw_row_t>(r + 1);
            for (std::size_t c = 0; c < table.rows[r].size(); ++c) {
                const std::string& value = table.rows[r][c];
                const auto col = static_cast<lxw_col_t>(c);
                const FieldSpec* field = fieldOf(table, c);
                if (value.empty())
                    continue;
                if (table.kind == TableKind::Casussen && r == 0 && field && field->name == "einde_followup")
                    worksheet_write_formula_num(sheet, row, col, "=D2+731", dateFormat, excelSerial(value));
                else if (field && field->type == FieldType::Date && isIsoDate(value))
                    worksheet_write_number(sheet, row, col, excelSerial(value), dateFormat);
                else if (field && field->type == FieldType::YesNo)
                    worksheet_write_boolean(sheet, row, col, value == "ja", nullptr);
                else if (field && field->type == FieldType::Number)
                    worksheet_write_string(sheet, row, col, decimalComma(value).c_str(), nullptr);
                else
                    worksheet_write_string(sheet, row, col, value.c_str(), nullptr);
            }
        }
    }
    REQUIRE(workbook_close(book) == LXW_NO_ERROR);
}

namespace {

ssize_t writeBytes(const void* data, size_t length, void* context)
{
    return static_cast<ssize_t>(std::fwrite(data, 1, length, static_cast<std::FILE*>(context)));
}

constexpr double spssSecondsAt1970 = 141428.0 * 86400.0;
constexpr double userMissing = 9;

bool isPlan(const FieldSpec* field)
{
    return field && field->type == FieldType::Enum && field->values == std::vector<std::string>{"geen", "deels", "allen"};
}

} // namespace

void writeSav(const std::string& path, const PlainTable& table, bool compressed)
{
    std::FILE* out = std::fopen(path.c_str(), "wb");
    REQUIRE(out);
    readstat_writer_t* writer = readstat_writer_init();
    readstat_set_data_writer(writer, writeBytes);
    if (compressed)
        readstat_writer_set_compression(writer, READSTAT_COMPRESS_BINARY);
    readstat_label_set_t* yesNo = readstat_add_label_set(writer, READSTAT_TYPE_DOUBLE, "janee");
    readstat_label_double_value(yesNo, 1, "ja");
    readstat_label_double_value(yesNo, 0, "nee");
    readstat_label_set_t* plan = readstat_add_label_set(writer, READSTAT_TYPE_DOUBLE, "plan");
    readstat_label_double_value(plan, 1, "geen");
    readstat_label_double_value(plan, 2, "deels");
    readstat_label_double_value(plan, 3, "allen");

    std::vector<readstat_variable_t*> variables;
    for (std::size_t c = 0; c < table.header.size(); ++c) {
        const FieldSpec* field = fieldOf(table, c);
        const bool numeric = field && (field->type == FieldType::Date || field->type == FieldType::YesNo
                                       || field->type == FieldType::Number || isPlan(field));
        readstat_variable_t* v = readstat_add_variable(writer, table.header[c].c_str(),
                                                       numeric ? READSTAT_TYPE_DOUBLE : READSTAT_TYPE_STRING, numeric ? 0 : 64);
        if (field && field->type == FieldType::Date)
            readstat_variable_set_format(v, "DATE11");
        if (field && field->type == FieldType::YesNo) {
            readstat_variable_set_label_set(v, yesNo);
            readstat_variable_add_missing_double_value(v, userMissing);
        }
        if (isPlan(field))
            readstat_variable_set_label_set(v, plan);
        variables.push_back(v);
    }
    REQUIRE(readstat_begin_writing_sav(writer, out, static_cast<long>(table.rows.size())) == READSTAT_OK);
    for (const auto& row : table.rows) {
        readstat_begin_row(writer);
        for (std::size_t c = 0; c < variables.size(); ++c) {
            const std::string value = c < row.size() ? row[c] : std::string();
            const FieldSpec* field = fieldOf(table, c);
            if (readstat_variable_get_type(variables[c]) == READSTAT_TYPE_STRING)
                readstat_insert_string_value(writer, variables[c], value.c_str());
            else if (field->type == FieldType::YesNo)
                readstat_insert_double_value(writer, variables[c], value.empty() ? userMissing : value == "ja" ? 1 : 0);
            else if (value.empty())
                readstat_insert_missing_value(writer, variables[c]);
            else if (field->type == FieldType::Date)
                readstat_insert_double_value(writer, variables[c], *days::parse(value) * 86400.0 + spssSecondsAt1970);
            else if (isPlan(field))
                readstat_insert_double_value(writer, variables[c], *field->codeIndex(value) + 1.0);
            else
                readstat_insert_double_value(writer, variables[c], number(value));
        }
        readstat_end_row(writer);
    }
    REQUIRE(readstat_end_writing(writer) == READSTAT_OK);
    readstat_writer_free(writer);
    std::fclose(out);
}

std::string figuresText(const Study& study)
{
    const IndicatorSet set = IndicatorEngine(study).compute(Selection{});
    std::string text = "casussen " + std::to_string(set.cases) + "\n";
    const auto optional = [](const std::optional<double>& v) { return v ? NumberFormat::shortest(*v) : std::string("-"); };
    for (const Proportion& p : set.proportions)
        text += p.id + " " + std::to_string(p.numerator) + "/" + std::to_string(p.denominator) + " onbekend "
            + std::to_string(p.unknown) + " " + optional(p.percent) + "\n";
    for (const Distribution& d : set.distributions)
        text += d.id + " n=" + std::to_string(d.n) + " " + optional(d.mean) + " " + optional(d.median) + " "
            + optional(d.q1) + " " + optional(d.q3) + "\n";
    return text;
}

} // namespace km::test
