#include "ui/report/ReportFormat.h"

#include "core/util/NumberFormat.h"

ReportFormat::ReportFormat(km::Language language)
    : decimalMark_(language == km::Language::Dutch ? ',' : '.')
{
}

QString ReportFormat::number(const std::optional<double>& value, int decimals) const
{
    return value ? QString::fromStdString(km::NumberFormat::fixed(*value, decimals, decimalMark_)) : QStringLiteral("–");
}

QString ReportFormat::pValue(const std::optional<double>& p) const
{
    if (!p)
        return QStringLiteral("–");
    return QString::fromStdString(km::NumberFormat::pValue(*p, decimalMark_));
}

QString ReportFormat::percent(const std::optional<double>& value) const
{
    return value ? number(value) + QLatin1Char('%') : QStringLiteral("–");
}

QString ReportFormat::interval(const std::optional<km::Interval>& interval) const
{
    if (!interval)
        return {};
    return number(interval->lower) + QStringLiteral(" – ") + number(interval->upper);
}

QString ReportFormat::cell(const QString& text, bool right)
{
    return QStringLiteral("<td%1>%2</td>").arg(right ? QStringLiteral(" align=\"right\"") : QString(), text.toHtmlEscaped());
}

QString ReportFormat::headerCell(const QString& text)
{
    return QStringLiteral("<th bgcolor=\"#e8eef4\">%1</th>").arg(text.toHtmlEscaped());
}

QString ReportFormat::table(const QString& rows)
{
    return QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
                          "style=\"border-collapse: collapse; border-color: #b0b8c0; font-size: 8pt;\">%1</table>")
        .arg(rows);
}
