#include "ui/views/ChainStyle.h"

#include "ui/charts/ChartStyle.h"

#include <QPainter>
#include <QPainterPath>

namespace {

// Indexes into ChartStyle's Okabe-Ito palette.
constexpr int blue = 0, orange = 1, green = 2, purple = 3, vermillion = 5, yellow = 7;

QPainterPath markerPath(QPointF c, double size, const std::string& bekendBij)
{
    const double r = size / 2;
    QPainterPath path;
    if (bekendBij == "vt") {
        path.addEllipse(c, r, r);
    } else if (bekendBij == "hulpverlening") {
        path.addRect(QRectF(c.x() - r * 0.9, c.y() - r * 0.9, r * 1.8, r * 1.8));
    } else if (bekendBij == "beide") {
        const double d = r * 1.25;
        path.moveTo(c.x(), c.y() - d);
        path.lineTo(c.x() + d, c.y());
        path.lineTo(c.x(), c.y() + d);
        path.lineTo(c.x() - d, c.y());
        path.closeSubpath();
    } else {
        path.moveTo(c.x(), c.y() - r * 1.1);
        path.lineTo(c.x() + r * 1.1, c.y() + r * 0.9);
        path.lineTo(c.x() - r * 1.1, c.y() + r * 0.9);
        path.closeSubpath();
    }
    return path;
}

} // namespace

const std::vector<std::string>& ChainStyle::afloopOrder()
{
    static const std::vector<std::string> order{"afgerond", "voortijdig_client", "voortijdig_aanbieder",
                                                "lopend", "niet_gestart", "onbekend"};
    return order;
}

QColor ChainStyle::afloopColor(const std::string& afloop)
{
    if (afloop == "afgerond")
        return ChartStyle::seriesColor(green);
    if (afloop == "voortijdig_client")
        return ChartStyle::seriesColor(orange);
    if (afloop == "voortijdig_aanbieder")
        return ChartStyle::seriesColor(purple);
    if (afloop == "lopend")
        return ChartStyle::seriesColor(blue);
    if (afloop == "niet_gestart")
        return QColor(0x8A, 0x8A, 0x8A);
    return QColor(0xC4, 0xC4, 0xC4);
}

QColor ChainStyle::textOn(const QColor& background)
{
    // Relative luminance in the sRGB approximation of ITU-R BT.709.
    const double luminance = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.5 ? QColor(0x1A, 0x1A, 0x1A) : Qt::white;
}

QColor ChainStyle::meldingColor()
{
    return QColor(0x1A, 0x1A, 0x1A);
}

QColor ChainStyle::followUpColor()
{
    return QColor(0x80, 0x80, 0x80);
}

void ChainStyle::drawEvent(QPainter& painter, QPointF centre, double size, const std::string& soort,
                           const std::string& bekendBij)
{
    QColor fill = Qt::white;
    if (soort == "nieuw_geweld")
        fill = ChartStyle::seriesColor(vermillion);
    else if (soort == "nieuwe_zorgen")
        fill = ChartStyle::seriesColor(yellow);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0x22, 0x22, 0x22), 1.3));
    painter.setBrush(fill);
    painter.drawPath(markerPath(centre, size, bekendBij));
    painter.restore();
}

void ChainStyle::drawSwatch(QPainter& painter, const QRectF& rect, const std::string& afloop)
{
    const QColor colour = afloopColor(afloop);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    if (afloop == "niet_gestart") {
        painter.setPen(QPen(colour.darker(130), 1.2, Qt::DashLine));
        painter.setBrush(QBrush(colour, Qt::BDiagPattern));
    } else {
        painter.setPen(QPen(colour.darker(140), 1));
        painter.setBrush(colour);
    }
    painter.drawRoundedRect(rect, 3, 3);
    painter.restore();
}
