#include "ui/charts/DistributionChartBuilder.h"

#include "ui/charts/ChartOverlay.h"
#include "ui/charts/ChartStyle.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QLegend>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QScatterSeries>
#include <QValueAxis>

namespace {

constexpr double rowShare = 0.7;    // part of a row the boxes of all series take
constexpr double boxShare = 0.55;   // part of a series' slot the box takes (the rest: label)

// Row 0 is drawn at the top: category axis index rows - 1 - row. Series 0 is the upper slot.
struct BoxGeometry
{
    int rows = 0;
    int series = 0;

    double slot() const { return rowShare / series; }
    double centre(int row, int s) const
    {
        return (rows - 1 - row) + rowShare / 2 - (s + 0.5) * slot();
    }
};

QString number(const std::optional<double>& value)
{
    return value ? QLocale().toString(*value, 'f', 1) : QStringLiteral("–");
}

QString tooltipText(const QString& category, const QString& series, const km::Distribution& d)
{
    QString text = QStringLiteral("<b>%1</b>").arg(category.toHtmlEscaped());
    if (!series.isEmpty())
        text += QStringLiteral(" — ") + series.toHtmlEscaped();
    text += QStringLiteral("<br>n = %1").arg(d.n);
    text += QStringLiteral("<br>%1 %2").arg(DistributionChartBuilder::tr("mean"), number(d.mean));
    text += QStringLiteral("<br>%1 %2").arg(DistributionChartBuilder::tr("median"), number(d.median));
    text += QStringLiteral("<br>%1 %2 – %3").arg(DistributionChartBuilder::tr("quartiles"), number(d.q1), number(d.q3));
    if (d.min && d.max)
        text += QStringLiteral("<br>%1 %2 – %3").arg(DistributionChartBuilder::tr("range"), number(d.min), number(d.max));
    return text;
}

void drawDiamond(QPainter& painter, QPointF centre, double radius)
{
    QPainterPath diamond;
    diamond.moveTo(centre + QPointF(0, -radius));
    diamond.lineTo(centre + QPointF(radius, 0));
    diamond.lineTo(centre + QPointF(0, radius));
    diamond.lineTo(centre + QPointF(-radius, 0));
    diamond.closeSubpath();
    painter.setPen(QPen(Qt::black, 1.2));
    painter.setBrush(Qt::white);
    painter.drawPath(diamond);
}

bool hasRange(const km::Distribution& d)
{
    return d.min && d.max;
}

// The right end of a box's drawing: its whisker, or without one its box and mean.
double rightEnd(const km::Distribution& d)
{
    return hasRange(d) ? *d.max : std::max(d.q3.value_or(0), d.mean.value_or(0));
}

// One box: whiskers min..max (when published), box q1..q3, median line, mean diamond, label above the box.
void drawBox(QPainter& painter, QChart& chart, QAbstractSeries* anchor, const km::Distribution& d,
             double y, double slotPixels, int s)
{
    const QFontMetricsF metrics(ChartStyle::smallFont());
    auto x = [&](double value) { return chart.mapToPosition(QPointF(value, 0), anchor).x(); };
    const double centre = chart.mapToPosition(QPointF(0, y), anchor).y();
    const double half = std::max(slotPixels * boxShare / 2, 5.0);
    if (d.n == 0) {
        painter.setPen(QColor(0x77, 0x77, 0x77));
        painter.drawText(QPointF(x(0) + 6, centre + metrics.capHeight() / 2), DistributionChartBuilder::tr("no data"));
        return;
    }
    painter.setPen(QPen(ChartStyle::seriesEdge(s), 1.4));
    if (hasRange(d)) {
        painter.drawLine(QPointF(x(*d.min), centre), QPointF(x(*d.max), centre));
        painter.drawLine(QPointF(x(*d.min), centre - half / 2), QPointF(x(*d.min), centre + half / 2));
        painter.drawLine(QPointF(x(*d.max), centre - half / 2), QPointF(x(*d.max), centre + half / 2));
    }
    painter.setBrush(ChartStyle::seriesFill(s));
    painter.drawRect(QRectF(QPointF(x(*d.q1), centre - half), QPointF(x(*d.q3), centre + half)));
    painter.setPen(QPen(ChartStyle::seriesEdge(s), 3));
    painter.drawLine(QPointF(x(*d.median), centre - half), QPointF(x(*d.median), centre + half));
    drawDiamond(painter, QPointF(x(*d.mean), centre), std::min(half * 0.6, 6.0));

    painter.setPen(ChartStyle::textColor());
    const QString label = DistributionChartBuilder::tr("median %1 · mean %2 · n = %3")
        .arg(QLocale().toString(*d.median, 'f', 0), QLocale().toString(*d.mean, 'f', 0)).arg(d.n);
    painter.drawText(QPointF(x(*d.q1), centre - half - metrics.descent() - 2), label);
}

} // namespace

DistributionChartBuilder::DistributionChartBuilder(QString title, QStringList categories, QString valueAxisTitle)
    : title_(std::move(title)), categories_(std::move(categories)), axisTitle_(std::move(valueAxisTitle))
{
}

void DistributionChartBuilder::addSeries(const QString& name, std::vector<km::Distribution> values)
{
    values.resize(static_cast<std::size_t>(categories_.size()));
    series_.push_back({name, std::move(values)});
}

bool DistributionChartBuilder::showsRange(int series, int row) const
{
    if (series < 0 || series >= static_cast<int>(series_.size()) || row < 0 || row >= categories_.size())
        return false;
    return hasRange(series_[static_cast<std::size_t>(series)].values[static_cast<std::size_t>(row)]);
}

QString DistributionChartBuilder::footnote() const
{
    for (const Series& series : series_)
        for (const km::Distribution& d : series.values)
            if (d.n > 0 && d.mean && !hasRange(d))
                return tr("No whiskers: the minimum and maximum are one person's value and are not published.");
    return {};
}

QChart* DistributionChartBuilder::build() const
{
    auto* chart = new QChart;
    ChartStyle::applyTo(chart);
    chart->setTitle(title_);
    const BoxGeometry geometry{static_cast<int>(categories_.size()), std::max(1, static_cast<int>(series_.size()))};

    QStringList reversed;
    for (int row = geometry.rows - 1; row >= 0; --row)
        reversed << categories_[row];
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(reversed);
    categoryAxis->setGridLineVisible(false);
    ChartStyle::applyTo(categoryAxis);
    chart->addAxis(categoryAxis, Qt::AlignLeft);

    auto* valueAxis = new QValueAxis;
    ChartStyle::applyTo(valueAxis);
    valueAxis->setTitleText(axisTitle_);
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    valueAxis->setMinorTickCount(1);
    valueAxis->setMinorGridLineColor(QColor(0xF0, 0xF0, 0xF0));
    chart->addAxis(valueAxis, Qt::AlignBottom);

    // The boxes are painted by the overlay; these point series carry the axes' domain and the
    // legend entries (their single point sits on the axis, too small to see).
    double top = 1;
    std::vector<QAbstractSeries*> anchors;
    for (int s = 0; s < static_cast<int>(series_.size()); ++s) {
        auto* anchor = new QScatterSeries;
        anchor->setName(series_[static_cast<std::size_t>(s)].name.toHtmlEscaped());   // the legend is rich text
        anchor->setColor(ChartStyle::seriesColor(s));
        anchor->setBorderColor(ChartStyle::seriesEdge(s));
        anchor->setMarkerSize(0.01);
        anchor->append(0, 0);
        for (const km::Distribution& d : series_[static_cast<std::size_t>(s)].values)
            top = std::max(top, rightEnd(d));
        chart->addSeries(anchor);
        anchor->attachAxis(valueAxis);
        anchor->attachAxis(categoryAxis);
        anchors.push_back(anchor);
    }
    valueAxis->setRange(0, top * 1.05);
    valueAxis->applyNiceNumbers();
    chart->legend()->setVisible(series_.size() > 1);
    if (anchors.empty())
        return chart;

    const QString note = footnote();
    if (!note.isEmpty()) {
        QMargins margins = chart->margins();
        margins.setBottom(margins.bottom() + static_cast<int>(QFontMetricsF(ChartStyle::smallFont()).height()) + 4);
        chart->setMargins(margins);
    }
    const std::vector<Series> data = series_;
    const QStringList categories = categories_;
    QAbstractSeries* anchor = anchors.front();
    auto slotPixels = [anchor, geometry](QChart& c) {
        return std::abs(c.mapToPosition(QPointF(0, geometry.slot()), anchor).y() - c.mapToPosition(QPointF(0, 0), anchor).y());
    };
    new ChartOverlay(chart,
        [data, geometry, anchor, slotPixels, note](QPainter& painter, QChart& c) {
            painter.setFont(ChartStyle::smallFont());
            if (!note.isEmpty()) {
                painter.setPen(QColor(0x55, 0x55, 0x55));
                painter.drawText(QPointF(c.rect().left() + 8, c.rect().bottom() - QFontMetricsF(painter.font()).descent() - 4), note);
            }
            for (int s = 0; s < static_cast<int>(data.size()); ++s)
                for (int row = 0; row < geometry.rows; ++row)
                    drawBox(painter, c, anchor, data[static_cast<std::size_t>(s)].values[static_cast<std::size_t>(row)],
                            geometry.centre(row, s), slotPixels(c), s);
        },
        [data, categories, geometry, anchor, slotPixels](QPointF position, QChart& c) {
            const double half = slotPixels(c) / 2;
            for (int s = 0; s < static_cast<int>(data.size()); ++s)
                for (int row = 0; row < geometry.rows; ++row) {
                    const km::Distribution& d = data[static_cast<std::size_t>(s)].values[static_cast<std::size_t>(row)];
                    const QPointF centre = c.mapToPosition(QPointF(0, geometry.centre(row, s)), anchor);
                    const double right = c.mapToPosition(QPointF(rightEnd(d), 0), anchor).x();
                    if (std::abs(position.y() - centre.y()) <= half && position.x() >= centre.x() - 4 && position.x() <= right + 4)
                        return tooltipText(categories[row], data.size() > 1 ? data[static_cast<std::size_t>(s)].name : QString(), d);
                }
            return QString();
        });
    return chart;
}
