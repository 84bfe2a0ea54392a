#include "ui/charts/SurvivalChartBuilder.h"

#include "ui/charts/ChartOverlay.h"
#include "ui/charts/ChartStyle.h"

#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

SurvivalChartBuilder::SurvivalChartBuilder(QString title, QString valueTitle)
    : title_(std::move(title)), valueTitle_(std::move(valueTitle))
{
}

void SurvivalChartBuilder::addCurve(const QString& name, km::SurvivalCurve curve)
{
    curves_.push_back({name, std::move(curve)});
}

QList<QPointF> SurvivalChartBuilder::stepPoints(const km::SurvivalCurve& curve)
{
    QList<QPointF> points{QPointF(0, 100)};
    double previous = 100;
    for (const km::stats::SurvivalStep& step : curve.steps) {
        const double day = static_cast<double>(step.day);
        points << QPointF(day, previous) << QPointF(day, step.survival * 100);
        previous = step.survival * 100;
    }
    // The curve stays flat until the last case leaves follow-up.
    const double end = curve.followUpDays.empty() ? 0 : static_cast<double>(curve.followUpDays.back());
    if (end > points.back().x())
        points << QPointF(end, previous);
    return points;
}

std::int64_t SurvivalChartBuilder::axisEnd() const
{
    std::int64_t last = tickDays;
    for (const Curve& c : curves_)
        if (!c.curve.followUpDays.empty())
            last = std::max(last, c.curve.followUpDays.back());
    return last;
}

// Recidive curves often stay above 70%: a y axis from 0 would squeeze the differences into a
// sliver. The axis starts at zero as soon as any curve comes within 10 points of it.
double SurvivalChartBuilder::axisFloor() const
{
    double lowest = 100;
    for (const Curve& c : curves_)
        for (const km::stats::SurvivalStep& step : c.curve.steps)
            lowest = std::min(lowest, step.survival * 100);
    const double floor = std::floor((lowest - 5) / 10) * 10;
    return floor < 20 ? 0 : std::min(floor, 90.0);
}

std::vector<std::int64_t> SurvivalChartBuilder::atRiskDays() const
{
    std::vector<std::int64_t> days;
    for (std::int64_t day = 0; day <= axisEnd(); day += tickDays)
        days.push_back(day);
    return days;
}

QChart* SurvivalChartBuilder::build() const
{
    auto* chart = new QChart;
    ChartStyle::applyTo(chart);
    chart->setTitle(title_);

    auto* xAxis = new QValueAxis;
    xAxis->setRange(0, static_cast<double>(axisEnd()));
    xAxis->setTickType(QValueAxis::TicksDynamic);
    xAxis->setTickAnchor(0);
    xAxis->setTickInterval(tickDays);
    xAxis->setMinorTickCount(1);
    xAxis->setMinorGridLineColor(QColor(0xF0, 0xF0, 0xF0));
    xAxis->setLabelFormat(QStringLiteral("%.0f"));
    ChartStyle::applyTo(xAxis);
    xAxis->setTitleText(tr("days since the report"));
    chart->addAxis(xAxis, Qt::AlignBottom);

    auto* yAxis = new QValueAxis;
    const double floor = axisFloor();
    yAxis->setRange(floor, 100);
    yAxis->setTickCount(static_cast<int>((100 - floor) / (floor > 0 ? 5 : 20)) + 1);
    yAxis->setMinorTickCount(1);
    yAxis->setMinorGridLineColor(QColor(0xF0, 0xF0, 0xF0));
    yAxis->setLabelFormat(QStringLiteral("%.0f%%"));
    ChartStyle::applyTo(yAxis);
    yAxis->setTitleText(floor > 0 ? tr("%1 (axis from %2%)").arg(valueTitle_).arg(floor) : valueTitle_);
    chart->addAxis(yAxis, Qt::AlignLeft);

    const Qt::PenStyle styles[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine};
    for (std::size_t i = 0; i < curves_.size(); ++i) {
        const Curve& c = curves_[i];
        auto* series = new QLineSeries;
        // The legend is rich text: the cohort is shown as written.
        series->setName(tr("%1 (n = %2, %3 with event)").arg(c.name.toHtmlEscaped()).arg(c.curve.cases).arg(c.curve.events));
        series->append(stepPoints(c.curve));
        QPen pen(ChartStyle::seriesColor(static_cast<int>(i)), 2.4, styles[i % std::size(styles)]);
        pen.setCapStyle(Qt::FlatCap);
        series->setPen(pen);
        chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    chart->legend()->setVisible(!curves_.empty());
    chart->legend()->setAlignment(Qt::AlignTop);
    addAtRiskTable(chart);
    return chart;
}

// The classic table under a Kaplan-Meier plot: one row per curve, a number under each tick.
void SurvivalChartBuilder::addAtRiskTable(QChart* chart) const
{
    const QFontMetricsF metrics(ChartStyle::labelFont());
    const double rowHeight = metrics.height() + 3;
    const double tableHeight = rowHeight * (static_cast<double>(curves_.size()) + 1) + 6;
    QFont bold = ChartStyle::labelFont();
    bold.setWeight(QFont::DemiBold);
    const QFontMetricsF boldMetrics(bold);
    double labelWidth = boldMetrics.horizontalAdvance(tr("Number at risk"));
    for (const Curve& c : curves_)
        labelWidth = std::max(labelWidth, boldMetrics.horizontalAdvance(c.name));
    // The row labels sit left of the plot area (where the y axis takes about 60 pixels), clear
    // of the numbers centred under day 0.
    QMargins margins = chart->margins();
    margins.setBottom(margins.bottom() + static_cast<int>(std::ceil(tableHeight)));
    margins.setLeft(std::max(margins.left(), static_cast<int>(std::ceil(labelWidth)) - 10));
    chart->setMargins(margins);

    const std::vector<Curve> curves = curves_;
    const std::vector<std::int64_t> days = atRiskDays();
    QAbstractSeries* anchor = chart->series().isEmpty() ? nullptr : chart->series().first();
    new ChartOverlay(chart, [curves, days, rowHeight, tableHeight, anchor](QPainter& painter, QChart& c) {
        if (!anchor)
            return;
        QFont bold = ChartStyle::labelFont();
        bold.setWeight(QFont::DemiBold);
        const QFontMetricsF metrics(bold);
        const double top = c.size().height() - tableHeight;
        const double labelRight = c.plotArea().left() - 30;
        painter.setFont(bold);
        painter.setPen(ChartStyle::textColor());
        painter.drawText(QRectF(8, top, labelRight - 8, rowHeight), Qt::AlignRight | Qt::AlignVCenter, tr("Number at risk"));
        for (std::size_t i = 0; i < curves.size(); ++i) {
            const double y = top + rowHeight * static_cast<double>(i + 1);
            painter.setFont(bold);
            painter.setPen(ChartStyle::seriesColor(static_cast<int>(i)));
            painter.drawText(QRectF(8, y, labelRight - 8, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                             metrics.elidedText(curves[i].name, Qt::ElideRight, labelRight - 8));
            painter.setFont(ChartStyle::labelFont());
            painter.setPen(ChartStyle::textColor());
            for (std::int64_t day : days) {
                const double x = c.mapToPosition(QPointF(static_cast<double>(day), 100), anchor).x();
                painter.drawText(QRectF(x - 40, y, 80, rowHeight), Qt::AlignCenter,
                                 QString::number(curves[i].curve.atRisk(day)));
            }
        }
    });
}
