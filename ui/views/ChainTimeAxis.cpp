#include "ui/views/ChainTimeAxis.h"

#include "ui/charts/ChartStyle.h"

#include <QDate>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace {

const QDate epoch(1970, 1, 1);

QDate toDate(km::Day day)
{
    return epoch.addDays(day);
}

km::Day toDay(const QDate& date)
{
    return static_cast<km::Day>(epoch.daysTo(date));
}

} // namespace

ChainTimeAxis::ChainTimeAxis(km::Day first, km::Day last, double left, double right)
    : first_(first), last_(std::max(last, first + 1)), left_(left), right_(right)
{
}

double ChainTimeAxis::x(km::Day day) const
{
    return left_ + (right_ - left_) * double(day - first_) / double(last_ - first_);
}

double ChainTimeAxis::height()
{
    return QFontMetricsF(ChartStyle::labelFont()).height() * 2 + 10;
}

void ChainTimeAxis::draw(QPainter& painter, double y, double gridTop) const
{
    painter.save();
    const QFont monthFont = ChartStyle::smallFont();
    QFont yearFont = ChartStyle::labelFont();
    yearFont.setWeight(QFont::DemiBold);
    const QFontMetricsF monthMetrics(monthFont);
    const QFontMetricsF yearMetrics(yearFont);

    painter.setPen(QPen(QColor(0x66, 0x66, 0x66), 1));
    painter.drawLine(QPointF(left_, y), QPointF(right_, y));

    const double pixelsPerMonth = (right_ - left_) * 30.44 / double(last_ - first_);
    // Month names when a month is wide enough for them, else only every quarter's or none.
    const int labelEvery = pixelsPerMonth > 30 ? 1 : pixelsPerMonth > 12 ? 3 : 0;
    const QLocale locale;
    QDate month = toDate(first_);
    month = QDate(month.year(), month.month(), 1);
    if (toDay(month) < first_)
        month = month.addMonths(1);
    double lastYearLabelRight = -1e9;
    bool firstTick = true;
    for (; toDay(month) <= last_; month = month.addMonths(1)) {
        const double mx = x(toDay(month));
        const bool yearStart = month.month() == 1;
        painter.setPen(QPen(QColor(0x66, 0x66, 0x66), 1));
        painter.drawLine(QPointF(mx, y), QPointF(mx, y + (yearStart ? 8 : 4)));
        if (yearStart) {
            painter.setPen(QPen(QColor(0, 0, 0, 28), 1));
            painter.drawLine(QPointF(mx, gridTop), QPointF(mx, y));
        }
        if (labelEvery > 0 && (month.month() - 1) % labelEvery == 0 && !yearStart) {
            const QString name = locale.monthName(month.month(), QLocale::ShortFormat).left(3);
            painter.setFont(monthFont);
            painter.setPen(QColor(0x77, 0x77, 0x77));
            painter.drawText(QPointF(mx - monthMetrics.horizontalAdvance(name) / 2, y + 6 + monthMetrics.ascent()), name);
        }
        if (yearStart || firstTick) {
            const QString year = QString::number(month.year());
            const double width = yearMetrics.horizontalAdvance(year);
            const double textX = std::clamp(mx - (yearStart ? width / 2 : 0), left_, right_ - width);
            if (textX > lastYearLabelRight + 8) {
                painter.setFont(yearFont);
                painter.setPen(ChartStyle::textColor());
                const double row = labelEvery > 0 ? monthMetrics.height() + 4 : 0;
                painter.drawText(QPointF(textX, y + 8 + row + yearMetrics.ascent()), year);
                lastYearLabelRight = textX + width;
            }
        }
        firstTick = false;
    }
    painter.restore();
}
