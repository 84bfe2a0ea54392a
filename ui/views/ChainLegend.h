#pragma once

#include <QPointF>

class QPainter;

/**
 * The key under a case chain: the afloop colours of the bars, the marker shapes (who knew of
 * an event) and fills (what it was). Items flow left to right and wrap at the given width.
 */
class ChainLegend
{
public:
    /** Height the legend needs at this width. */
    static double height(double width);
    /** Paints the legend with its top-left corner at `topLeft`. */
    static void paint(QPainter& painter, QPointF topLeft, double width);

private:
    static double layout(QPainter* painter, QPointF topLeft, double width);
};
