#include "ui/charts/ProportionChartBuilder.h"

#include "ui/charts/ChartOverlay.h"
#include "ui/charts/ChartStyle.h"
#include "ui/models/SmallCellMark.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QFontMetricsF>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLocale>
#include <QPainter>
#include <QToolTip>
#include <QValueAxis>

namespace {

// Qt lays out set j of k sets in category c over [c - w/2 + j/k*w, c - w/2 + (j+1)/k*w]
// (HorizontalBarChartItem); category 0 is at the bottom.
struct BarGeometry
{
    int rows = 0;
    int sets = 0;
    double width = 0;

    double categoryOf(int row) const { return rows - 1 - row; }
    int setOf(int series) const { return sets - 1 - series; }
    double centre(int row, int series) const
    {
        return categoryOf(row) - width / 2 + (setOf(series) + 0.5) / sets * width;
    }
    double thickness() const { return width / sets; }
};

QString percentText(double percent, int decimals)
{
    return QLocale().toString(percent, 'f', decimals) + QLatin1Char('%');
}

// Lightens a bar and hatches it, so a small number reads as "handle with care" also in greyscale.
void hatch(QPainter& painter, const QRectF& bar, const QColor& edge)
{
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 150));
    painter.drawRect(bar);
    painter.setBrush(QBrush(edge, Qt::BDiagPattern));
    painter.drawRect(bar);
    painter.setBrush(Qt::NoBrush);
}

QString tooltipText(const QString& series, const QString& category, const km::Proportion& p,
                    const km::SmallCellPolicy& policy)
{
    QString text = series.isEmpty() ? QStringLiteral("<b>%1</b>").arg(category.toHtmlEscaped())
                                    : QStringLiteral("<b>%1</b> — %2").arg(category.toHtmlEscaped(), series.toHtmlEscaped());
    if (p.percent) {
        text += QStringLiteral("<br>%1").arg(percentText(*p.percent, 1));
        if (p.ci95)
            text += QStringLiteral(" (%1 %2 – %3)").arg(ProportionChartBuilder::tr("95% CI"),
                percentText(p.ci95->lower, 1), percentText(p.ci95->upper, 1));
    }
    text += QStringLiteral("<br>%1 / %2").arg(ProportionChartBuilder::tr("numerator %1").arg(p.numerator),
                                              ProportionChartBuilder::tr("denominator %1").arg(p.denominator));
    text += QStringLiteral("<br>%1").arg(ProportionChartBuilder::tr("unknown %1").arg(p.unknown));
    if (p.percent && policy.suppresses(p))
        text += QStringLiteral("<br>%1 %2").arg(SmallCellMark::symbol(), SmallCellMark::tooltip(policy).toHtmlEscaped());
    return text;
}

} // namespace

ProportionChartBuilder::ProportionChartBuilder(QString title, QStringList categories)
    : title_(std::move(title)), categories_(std::move(categories))
{
}

void ProportionChartBuilder::addSeries(const QString& name, std::vector<km::Proportion> values)
{
    values.resize(static_cast<std::size_t>(categories_.size()));
    series_.push_back({name, std::move(values), {}});
}

void ProportionChartBuilder::addSeries(const QString& name, const std::vector<km::PublishedProportion>& published)
{
    std::vector<km::Proportion> values;
    QStringList texts;
    for (const km::PublishedProportion& p : published) {
        values.push_back(p.value);
        texts << (p.suppressed ? QString::fromStdString(p.countText()) : QString());
    }
    addSeries(name, std::move(values));
    texts.resize(categories_.size());
    series_.back().suppressedTexts = texts;
}

bool ProportionChartBuilder::isMarked(int series, int row) const
{
    if (series < 0 || series >= static_cast<int>(series_.size()) || row < 0 || row >= categories_.size())
        return false;
    const km::Proportion& p = series_[static_cast<std::size_t>(series)].values[static_cast<std::size_t>(row)];
    return p.percent && markPolicy_.suppresses(p);
}

QChart* ProportionChartBuilder::build() const
{
    auto* chart = new QChart;
    ChartStyle::applyTo(chart);
    chart->setTitle(title_);

    const int rows = static_cast<int>(categories_.size());
    const int sets = static_cast<int>(series_.size());
    const BarGeometry geometry{rows, std::max(sets, 1), sets > 1 ? 0.8 : 0.6};

    auto* bars = new QHorizontalBarSeries;
    bars->setBarWidth(geometry.width);
    for (int s = sets - 1; s >= 0; --s) {   // reversed: see BarGeometry; the legend is reversed back
        // Legend labels are rich text: a cohort or regio in the name is shown as written.
        auto* set = new QBarSet(series_[static_cast<std::size_t>(s)].name.toHtmlEscaped());
        set->setColor(ChartStyle::seriesColor(s));
        set->setBorderColor(ChartStyle::seriesEdge(s));
        for (int row = rows - 1; row >= 0; --row) {
            const km::Proportion& p = series_[static_cast<std::size_t>(s)].values[static_cast<std::size_t>(row)];
            set->append(p.percent.value_or(0));
        }
        bars->append(set);
    }
    chart->addSeries(bars);

    QStringList reversed;
    for (int row = rows - 1; row >= 0; --row)
        reversed << categories_[row];
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(reversed);
    categoryAxis->setGridLineVisible(false);
    ChartStyle::applyTo(categoryAxis);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    bars->attachAxis(categoryAxis);

    auto* valueAxis = new QValueAxis;
    valueAxis->setRange(0, 100);
    valueAxis->setTickCount(6);
    valueAxis->setMinorTickCount(1);
    valueAxis->setMinorGridLineColor(QColor(0xF0, 0xF0, 0xF0));
    valueAxis->setLabelFormat(QStringLiteral("%.0f%%"));
    ChartStyle::applyTo(valueAxis);
    valueAxis->setTitleText(ProportionChartBuilder::tr("percent, with 95% confidence interval"));
    chart->addAxis(valueAxis, Qt::AlignBottom);
    bars->attachAxis(valueAxis);

    chart->legend()->setVisible(sets > 1);
    chart->legend()->setReverseMarkers(true);

    const std::vector<Series> data = series_;
    const QStringList categories = categories_;
    const km::SmallCellPolicy policy = markPolicy_;
    QObject::connect(bars, &QHorizontalBarSeries::hovered, chart,
        [data, categories, geometry, policy](bool on, int index, QBarSet* set) {
            if (!on) {
                QToolTip::hideText();
                return;
            }
            const int row = geometry.rows - 1 - index;
            const int s = geometry.sets - 1 - set->property("setIndex").toInt();
            const Series& series = data[static_cast<std::size_t>(s)];
            QToolTip::showText(QCursor::pos(), tooltipText(data.size() > 1 ? series.name : QString(),
                categories[row], series.values[static_cast<std::size_t>(row)], policy));
        });
    for (int j = 0; j < sets; ++j)
        bars->barSets().at(j)->setProperty("setIndex", j);

    new ChartOverlay(chart, [data, geometry, bars, policy](QPainter& painter, QChart& c) {
        const QRectF plot = c.plotArea();
        const QFontMetricsF metrics(ChartStyle::labelFont());
        painter.setFont(ChartStyle::labelFont());
        const double pixelsPerUnit = std::abs(c.mapToPosition(QPointF(0, 1), bars).y()
                                            - c.mapToPosition(QPointF(0, 0), bars).y());
        const double cap = std::min(geometry.thickness() * pixelsPerUnit * 0.5, 10.0);
        for (int s = 0; s < static_cast<int>(data.size()); ++s) {
            for (int row = 0; row < geometry.rows; ++row) {
                const Series& series = data[static_cast<std::size_t>(s)];
                const km::Proportion& p = series.values[static_cast<std::size_t>(row)];
                const double y = c.mapToPosition(QPointF(0, geometry.centre(row, s)), bars).y();
                const double x0 = c.mapToPosition(QPointF(0, 0), bars).x();
                if (!p.percent) {
                    painter.setPen(QColor(0x77, 0x77, 0x77));
                    const QString suppressed = row < series.suppressedTexts.size() ? series.suppressedTexts[row] : QString();
                    painter.drawText(QPointF(x0 + 6, y + metrics.ascent() / 2 - 1),
                                     suppressed.isEmpty() ? ProportionChartBuilder::tr("no data") : suppressed);
                    continue;
                }
                double right = c.mapToPosition(QPointF(*p.percent, 0), bars).x();
                const bool marked = policy.suppresses(p);
                if (marked) {
                    const double half = geometry.thickness() * pixelsPerUnit / 2;
                    hatch(painter, QRectF(QPointF(x0, y - half), QPointF(right, y + half)), ChartStyle::seriesEdge(s));
                }
                if (p.ci95) {
                    const double lo = c.mapToPosition(QPointF(p.ci95->lower, 0), bars).x();
                    const double hi = c.mapToPosition(QPointF(p.ci95->upper, 0), bars).x();
                    painter.setPen(QPen(QColor(0x22, 0x22, 0x22), 1.4));
                    painter.drawLine(QPointF(lo, y), QPointF(hi, y));
                    painter.drawLine(QPointF(lo, y - cap / 2), QPointF(lo, y + cap / 2));
                    painter.drawLine(QPointF(hi, y - cap / 2), QPointF(hi, y + cap / 2));
                    right = std::max(right, hi);
                }
                const QString label = marked ? percentText(*p.percent, 0) + QLatin1Char(' ') + SmallCellMark::symbol()
                                             : percentText(*p.percent, 0);
                const double width = metrics.horizontalAdvance(label);
                const double baseline = y + metrics.capHeight() / 2;
                if (right + 6 + width <= plot.right() + 14) {
                    painter.setPen(ChartStyle::textColor());
                    painter.drawText(QPointF(right + 5, baseline), label);
                } else {
                    const QColor bar = ChartStyle::seriesColor(s);
                    painter.setPen(bar.lightness() < 150 && !marked ? QColor(Qt::white) : ChartStyle::textColor());
                    painter.drawText(QPointF(x0 + 5, baseline), label);
                }
            }
        }
    });
    return chart;
}
