#include "ui/report/XlsxWorkbook.h"

#include "ui/report/ReportTables.h"

#include <xlsxwriter.h>

#include <QCoreApplication>

#include <algorithm>
#include <charconv>
#include <chrono>

namespace {

// Used when the study has no imports; libxlsxwriter would take the clock for 0.
constexpr std::time_t fallbackCreated = 315532800;   // 1980-01-01T00:00:00Z, the zip epoch

// "2026-01-02T03:04:05Z" (the import log's format) as seconds since 1970, or 0 when malformed.
std::time_t parseUtc(const std::string& text)
{
    int parts[6] = {};
    const std::size_t offsets[6] = {0, 5, 8, 11, 14, 17};
    const std::size_t lengths[6] = {4, 2, 2, 2, 2, 2};
    if (text.size() != 20 || text[19] != 'Z')
        return 0;
    for (int i = 0; i < 6; ++i) {
        const char* begin = text.data() + offsets[i];
        const auto result = std::from_chars(begin, begin + lengths[i], parts[i]);
        if (result.ec != std::errc() || result.ptr != begin + lengths[i])
            return 0;
    }
    const std::chrono::year_month_day date{std::chrono::year(parts[0]), std::chrono::month(static_cast<unsigned>(parts[1])),
                                           std::chrono::day(static_cast<unsigned>(parts[2]))};
    if (!date.ok())
        return 0;
    const auto time = std::chrono::sys_days(date) + std::chrono::hours(parts[3]) + std::chrono::minutes(parts[4])
        + std::chrono::seconds(parts[5]);
    return static_cast<std::time_t>(time.time_since_epoch().count());
}

// The formats of one workbook (owned by it).
struct Formats
{
    lxw_format* bold;
    lxw_format* percent;
    lxw_format* decimal;
    lxw_format* stamp;
    lxw_format* note;
};

// Writes `table` (selection `s`) from `row` on; returns the next free row.
lxw_row_t writeProportions(lxw_worksheet* sheet, const Formats& f, const ReportData& data, std::size_t s,
                           const km::GroupTable& table, lxw_row_t row)
{
    const std::string selection = data.sets[s].selection.label();
    for (const km::PublishedProportion& p : table.proportions) {
        worksheet_write_string(sheet, row, 0, selection.c_str(), nullptr);
        worksheet_write_string(sheet, row, 1, data.label(p.value.id).toUtf8().constData(), nullptr);
        if (p.suppressed) {
            worksheet_write_string(sheet, row, 2, p.numeratorText.c_str(), nullptr);
            worksheet_write_string(sheet, row, 3, p.denominatorText.c_str(), nullptr);
        } else {
            worksheet_write_number(sheet, row, 2, static_cast<double>(p.value.numerator), nullptr);
            worksheet_write_number(sheet, row, 3, static_cast<double>(p.value.denominator), nullptr);
        }
        if (p.suppressed)
            worksheet_write_string(sheet, row, 4, p.unknownText.c_str(), nullptr);
        else
            worksheet_write_number(sheet, row, 4, static_cast<double>(p.value.unknown), nullptr);
        if (p.value.percent)
            worksheet_write_number(sheet, row, 5, *p.value.percent / 100.0, f.percent);
        if (p.value.ci95) {
            worksheet_write_number(sheet, row, 6, p.value.ci95->lower / 100.0, f.percent);
            worksheet_write_number(sheet, row, 7, p.value.ci95->upper / 100.0, f.percent);
        }
        ++row;
    }
    return row;
}

lxw_row_t writeDistributions(lxw_worksheet* sheet, const Formats& f, const ReportData& data, std::size_t s,
                             const km::GroupTable& table, lxw_row_t row)
{
    const std::string selection = data.sets[s].selection.label();
    const auto number = [&](lxw_col_t col, const std::optional<double>& value) {
        if (value)
            worksheet_write_number(sheet, row, col, *value, f.decimal);
    };
    for (const km::PublishedDistribution& d : table.distributions) {
        worksheet_write_string(sheet, row, 0, selection.c_str(), nullptr);
        worksheet_write_string(sheet, row, 1, data.label(d.value.id).toUtf8().constData(), nullptr);
        worksheet_write_string(sheet, row, 2, km::IndicatorLabels::unitLabel(d.value.unit, data.language).c_str(), nullptr);
        if (d.suppressed)
            worksheet_write_string(sheet, row, 3, d.nText.c_str(), nullptr);
        else
            worksheet_write_number(sheet, row, 3, static_cast<double>(d.value.n), nullptr);
        number(4, d.value.mean);
        number(5, d.value.median);
        number(6, d.value.q1);
        number(7, d.value.q3);
        ++row;
    }
    return row;
}

void writeHeader(lxw_worksheet* sheet, const Formats& f, lxw_row_t row, const QStringList& names)
{
    for (int c = 0; c < names.size(); ++c)
        worksheet_write_string(sheet, row, static_cast<lxw_col_t>(c), names[c].toUtf8().constData(), f.bold);
}

void writeSheet(lxw_workbook* book, const Formats& f, const ReportData& data, const std::string& group)
{
    lxw_worksheet* sheet = workbook_add_worksheet(book, group.c_str());
    worksheet_set_column(sheet, 0, 0, 22, nullptr);
    worksheet_set_column(sheet, 1, 1, 46, nullptr);
    worksheet_set_column(sheet, 2, 7, 12, nullptr);
    worksheet_write_string(sheet, 0, 0, data.groupLabel(group).toUtf8().constData(), f.bold);
    if (!data.policy.active())
        worksheet_write_string(sheet, 1, 0, ReportTables::disclosureNote(data).toUtf8().constData(), f.stamp);
    lxw_row_t row = 3;
    bool anyProportions = false;
    bool anyDistributions = false;
    bool anySuppressed = false;
    for (std::size_t s = 0; s < data.sets.size(); ++s) {
        if (const km::GroupTable* table = data.table(s, group)) {
            anyProportions = anyProportions || !table->proportions.empty();
            anyDistributions = anyDistributions || !table->distributions.empty();
            anySuppressed = anySuppressed || table->anySuppressed();
        }
    }
    if (anyProportions) {
        writeHeader(sheet, f, row++, {data.text("Selectie", "Selection"), data.text("Indicator", "Indicator"),
                                      data.text("Teller", "Numerator"), data.text("Noemer", "Denominator"),
                                      data.text("Onbekend", "Unknown"), data.text("Percentage", "Percent"),
                                      data.text("95%-BI onder", "95% CI lower"), data.text("95%-BI boven", "95% CI upper")});
        for (std::size_t s = 0; s < data.sets.size(); ++s)
            if (const km::GroupTable* table = data.table(s, group))
                row = writeProportions(sheet, f, data, s, *table, row);
        ++row;
    }
    if (anyDistributions) {
        writeHeader(sheet, f, row++, {data.text("Selectie", "Selection"), data.text("Verdeling", "Distribution"),
                                      data.text("Eenheid", "Unit"), QStringLiteral("n"), data.text("Gemiddelde", "Mean"),
                                      data.text("Mediaan", "Median"), QStringLiteral("Q1"), QStringLiteral("Q3")});
        for (std::size_t s = 0; s < data.sets.size(); ++s)
            if (const km::GroupTable* table = data.table(s, group))
                row = writeDistributions(sheet, f, data, s, *table, row);
        ++row;
    }
    if (anySuppressed)
        worksheet_write_string(sheet, row, 0, ReportTables::disclosureNote(data).toUtf8().constData(), f.note);
}

} // namespace

bool XlsxWorkbook::write(const ReportData& data, const QString& path, QString* error)
{
    lxw_workbook* book = workbook_new(path.toLocal8Bit().constData());
    if (!book) {
        *error = QCoreApplication::translate("XlsxWorkbook", "Cannot write %1.").arg(path);
        return false;
    }
    // A fixed creation time keeps the workbook byte-identical across exports of the same study.
    lxw_doc_properties properties{};
    // The demo study is imported afresh at every start: its import time says nothing.
    properties.created = XlsxWorkbook::createdTime(data.demo ? std::vector<km::ImportLogEntry>{} : data.importLog);
    workbook_set_properties(book, &properties);
    Formats f{workbook_add_format(book), workbook_add_format(book), workbook_add_format(book),
              workbook_add_format(book), workbook_add_format(book)};
    format_set_bold(f.bold);
    format_set_num_format(f.percent, "0.0%");
    format_set_num_format(f.decimal, "0.0");
    format_set_bold(f.stamp);
    format_set_font_color(f.stamp, LXW_COLOR_RED);
    format_set_italic(f.note);
    for (const std::string& group : data.groups())
        writeSheet(book, f, data, group);
    const lxw_error result = workbook_close(book);
    if (result == LXW_NO_ERROR)
        return true;
    *error = QCoreApplication::translate("XlsxWorkbook", "Cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(result)));
    return false;
}

std::time_t XlsxWorkbook::createdTime(const std::vector<km::ImportLogEntry>& importLog)
{
    std::time_t newest = 0;
    for (const km::ImportLogEntry& entry : importLog)
        newest = std::max(newest, parseUtc(entry.importedAt));
    return newest > 0 ? newest : fallbackCreated;
}
