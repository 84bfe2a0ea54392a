#include "ui/models/IndicatorText.h"

#include <QLocale>

km::Language IndicatorText::language()
{
    return QLocale().language() == QLocale::Dutch ? km::Language::Dutch : km::Language::English;
}

QString IndicatorText::label(const std::string& id)
{
    return QString::fromStdString(km::IndicatorLabels::label(id, language()));
}

QString IndicatorText::groupLabel(const std::string& group)
{
    return QString::fromStdString(km::IndicatorLabels::groupLabel(group, language()));
}

QString IndicatorText::unitLabel(const std::string& unit)
{
    return QString::fromStdString(km::IndicatorLabels::unitLabel(unit, language()));
}

QString IndicatorText::percent(const std::optional<double>& value, int decimals)
{
    return value ? QLocale().toString(*value, 'f', decimals) + QLatin1Char('%') : QStringLiteral("–");
}

QString IndicatorText::number(const std::optional<double>& value, int decimals)
{
    return value ? QLocale().toString(*value, 'f', decimals) : QStringLiteral("–");
}

QVariant IndicatorText::alignment(int column)
{
    return column == 0 ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
}
