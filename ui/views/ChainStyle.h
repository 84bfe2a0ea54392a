#pragma once

#include <QColor>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <string>
#include <vector>

class QPainter;

/**
 * How the case chain encodes the codebook: a trajectory's colour by afloop (Okabe-Ito colours
 * of ChartStyle, so they stay apart for colour-blind readers and in greyscale), an event's
 * marker shape by bekend_bij and its fill by soort. The chain and its legend both draw
 * through here, so they cannot disagree.
 */
class ChainStyle
{
public:
    /** The afloop codes in legend order, then "" for unknown. */
    static const std::vector<std::string>& afloopOrder();
    static QColor afloopColor(const std::string& afloop);
    /** Black or white, whichever reads better on `background`. */
    static QColor textOn(const QColor& background);

    static QColor meldingColor();
    static QColor followUpColor();

    /** Circle: vt, square: hulpverlening, diamond: beide, triangle: unknown. Filled by soort. */
    static void drawEvent(QPainter& painter, QPointF centre, double size, const std::string& soort,
                          const std::string& bekendBij);
    /** A small bar swatch as in the chain (hatched for niet_gestart). */
    static void drawSwatch(QPainter& painter, const QRectF& rect, const std::string& afloop);
};
