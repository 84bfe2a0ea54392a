#pragma once

#include "core/stats/Interval.h"
#include "ui/report/ReportData.h"

#include <QString>

#include <optional>

/**
 * Numbers as the report prints them, in the report's language (decimal comma in Dutch) by
 * km::NumberFormat's rules, and the HTML snippets every report table uses, so all tables of one
 * document look alike.
 */
class ReportFormat
{
public:
    explicit ReportFormat(km::Language language);

    QString number(const std::optional<double>& value, int decimals = 1) const;
    QString percent(const std::optional<double>& value) const;             // "21,2%" or "–"
    QString interval(const std::optional<km::Interval>& interval) const;   // "14,3 – 30,3" or ""
    QString pValue(const std::optional<double>& p) const;                  // "0,032", "< 0,001" or "–"

    static QString cell(const QString& text, bool right = true);
    static QString headerCell(const QString& text);
    /** `<table>` with the report's table style, around the rows. */
    static QString table(const QString& rows);

private:
    char decimalMark_;
};
