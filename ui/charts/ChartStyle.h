#pragma once

#include <QColor>
#include <QFont>

class QChart;
class QAbstractAxis;

/**
 * The look every chart shares: white background, DejaVu/system sans fonts, and the
 * Okabe-Ito palette ordered so neighbouring series also differ in lightness (they stay
 * distinct for colour-blind readers and in greyscale print).
 */
class ChartStyle
{
public:
    /** Colour of series i (cycles through the palette). */
    static QColor seriesColor(int i);
    /** Lighter fill for areas of series i (boxes), so lines and markers on them stay visible. */
    static QColor seriesFill(int i);
    /** Darker outline/whisker colour for series i. */
    static QColor seriesEdge(int i);
    static QColor textColor();
    static QColor gridColor();

    static QFont titleFont();
    static QFont labelFont();       // axis labels and value labels
    static QFont smallFont();       // annotations (n, notes)

    /** Background, margins, title and legend font; no animation (exports and screenshots). */
    static void applyTo(QChart* chart);
    /** Label and title fonts, grid colour. */
    static void applyTo(QAbstractAxis* axis);
};
