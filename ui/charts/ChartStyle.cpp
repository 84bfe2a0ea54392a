#include "ui/charts/ChartStyle.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QGraphicsLayout>
#include <QLegend>

#include <array>

namespace {

// Okabe & Ito (2008), reordered so that consecutive colours alternate dark and light.
constexpr std::array<QRgb, 8> palette{
    0xFF0072B2,   // blue
    0xFFE69F00,   // orange
    0xFF009E73,   // bluish green
    0xFFCC79A7,   // reddish purple
    0xFF56B4E9,   // sky blue
    0xFFD55E00,   // vermillion
    0xFF000000,   // black
    0xFFF0E442,   // yellow
};

QFont baseFont(qreal pointSize, int weight = QFont::Normal)
{
    QFont font = QApplication::font();
    font.setPointSizeF(pointSize);
    font.setWeight(static_cast<QFont::Weight>(weight));
    return font;
}

} // namespace

QColor ChartStyle::seriesColor(int i)
{
    return QColor::fromRgb(palette[static_cast<std::size_t>(i) % palette.size()]);
}

QColor ChartStyle::seriesFill(int i)
{
    return seriesColor(i).lighter(150);
}

QColor ChartStyle::seriesEdge(int i)
{
    return seriesColor(i).darker(150);
}

QColor ChartStyle::textColor()
{
    return QColor(0x22, 0x22, 0x22);
}

QColor ChartStyle::gridColor()
{
    return QColor(0xDD, 0xDD, 0xDD);
}

QFont ChartStyle::titleFont()
{
    return baseFont(11, QFont::DemiBold);
}

QFont ChartStyle::labelFont()
{
    return baseFont(9);
}

QFont ChartStyle::smallFont()
{
    return baseFont(8);
}

void ChartStyle::applyTo(QChart* chart)
{
    chart->setTheme(QChart::ChartThemeLight);
    chart->setBackgroundBrush(Qt::white);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitleFont(titleFont());
    chart->setTitleBrush(textColor());
    chart->setMargins(QMargins(8, 8, 16, 8));
    chart->layout()->setContentsMargins(0, 0, 0, 0);   // no grey band around the white chart
    chart->setDropShadowEnabled(false);
    chart->legend()->setFont(labelFont());
    chart->legend()->setLabelColor(textColor());
    chart->legend()->setAlignment(Qt::AlignBottom);
}

void ChartStyle::applyTo(QAbstractAxis* axis)
{
    axis->setLabelsFont(labelFont());
    axis->setLabelsColor(textColor());
    axis->setTitleFont(labelFont());
    axis->setTitleBrush(textColor());
    axis->setGridLineColor(gridColor());
    axis->setLinePenColor(QColor(0x88, 0x88, 0x88));
}
