#include "ui/views/ChainLegend.h"

#include "ui/charts/ChartStyle.h"
#include "ui/models/CodeLabels.h"
#include "ui/views/ChainStyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <functional>
#include <string>
#include <vector>

namespace {

constexpr double symbolWidth = 22;
constexpr double itemGap = 16;

struct Item
{
    QString text;
    std::function<void(QPainter&, const QRectF&)> drawSymbol;
};

struct Row
{
    QString heading;
    std::vector<Item> items;
};

std::vector<Row> rows()
{
    Row afloop{QCoreApplication::translate("ChainLegend", "Trajectory outcome:"), {}};
    for (const std::string& code : ChainStyle::afloopOrder())
        afloop.items.push_back({CodeLabels::afloop(code), [code](QPainter& p, const QRectF& r) {
                                    ChainStyle::drawSwatch(p, r.adjusted(1, 2, -1, -2), code);
                                }});
    Row shapes{QCoreApplication::translate("ChainLegend", "Event, who knew (shape):"), {}};
    for (const char* who : {"vt", "hulpverlening", "beide", ""})
        shapes.items.push_back({*who ? CodeLabels::bekendBij(who) : QCoreApplication::translate("ChainLegend", "not known"),
                                [who](QPainter& p, const QRectF& r) { ChainStyle::drawEvent(p, r.center(), 11, "", who); }});
    Row fills{QCoreApplication::translate("ChainLegend", "Event, what (fill):"), {}};
    for (const char* soort : {"nieuw_geweld", "nieuwe_zorgen", ""})
        fills.items.push_back({*soort ? CodeLabels::soort(soort) : QCoreApplication::translate("ChainLegend", "not known"),
                               [soort](QPainter& p, const QRectF& r) { ChainStyle::drawEvent(p, r.center(), 11, soort, "vt"); }});
    return {afloop, shapes, fills};
}

} // namespace

double ChainLegend::height(double width)
{
    return layout(nullptr, QPointF(0, 0), width);
}

void ChainLegend::paint(QPainter& painter, QPointF topLeft, double width)
{
    layout(&painter, topLeft, width);
}

// Measures (painter == nullptr) or paints; returns the height used.
double ChainLegend::layout(QPainter* painter, QPointF topLeft, double width)
{
    const QFont font = ChartStyle::smallFont();
    QFont bold = font;
    bold.setWeight(QFont::DemiBold);
    const QFontMetricsF metrics(font);
    const QFontMetricsF boldMetrics(bold);
    const double lineHeight = std::max(metrics.height(), 14.0) + 6;
    double y = topLeft.y();
    for (const Row& row : rows()) {
        double x = topLeft.x();
        const double headingWidth = boldMetrics.horizontalAdvance(row.heading) + 10;
        if (painter) {
            painter->setFont(bold);
            painter->setPen(ChartStyle::textColor());
            painter->drawText(QPointF(x, y + lineHeight / 2 + metrics.capHeight() / 2), row.heading);
        }
        x += headingWidth;
        for (const Item& item : row.items) {
            const double itemWidth = symbolWidth + 5 + metrics.horizontalAdvance(item.text);
            if (x + itemWidth > topLeft.x() + width && x > topLeft.x() + headingWidth) {
                x = topLeft.x() + headingWidth;
                y += lineHeight;
            }
            if (painter) {
                item.drawSymbol(*painter, QRectF(x, y + lineHeight / 2 - 7, symbolWidth, 14));
                painter->setFont(font);
                painter->setPen(QColor(0x44, 0x44, 0x44));
                painter->drawText(QPointF(x + symbolWidth + 5, y + lineHeight / 2 + metrics.capHeight() / 2), item.text);
            }
            x += itemWidth + itemGap;
        }
        y += lineHeight;
    }
    return y - topLeft.y();
}
