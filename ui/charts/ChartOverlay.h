#pragma once

#include <QGraphicsObject>

#include <functional>

class QChart;

/**
 * Draws what Qt Charts has no series for (interval whiskers, value labels, box plots) on top
 * of a chart. It paints in chart coordinates through a callback that maps values with
 * QChart::mapToPosition, so it follows every relayout and is part of PNG/SVG/PDF exports.
 * With a tooltip callback it also answers hovering (and then hides hover from the series
 * below, so use it only where the overlay draws the data itself).
 */
class ChartOverlay : public QGraphicsObject
{
    Q_OBJECT

public:
    using Painter = std::function<void(QPainter& painter, QChart& chart)>;
    /** The tooltip for a point in chart coordinates; empty for none. */
    using Tooltip = std::function<QString(QPointF position, QChart& chart)>;

    /** Becomes a child item of `chart` (which owns it). */
    ChartOverlay(QChart* chart, Painter painter, Tooltip tooltip = {});

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    void hoverMoveEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    QChart* chart_;
    Painter painter_;
    Tooltip tooltip_;
};
