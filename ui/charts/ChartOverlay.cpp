#include "ui/charts/ChartOverlay.h"

#include <QChart>
#include <QGraphicsSceneHoverEvent>
#include <QPainter>
#include <QToolTip>

ChartOverlay::ChartOverlay(QChart* chart, Painter painter, Tooltip tooltip)
    : QGraphicsObject(chart), chart_(chart), painter_(std::move(painter)), tooltip_(std::move(tooltip))
{
    setZValue(1000);   // above every series item
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(static_cast<bool>(tooltip_));
    connect(chart, &QChart::plotAreaChanged, this, [this] {
        prepareGeometryChange();
        update();
    });
    connect(chart, &QGraphicsWidget::geometryChanged, this, [this] { prepareGeometryChange(); });
}

QRectF ChartOverlay::boundingRect() const
{
    return chart_->rect();
}

void ChartOverlay::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter_(*painter, *chart_);
    painter->restore();
}

void ChartOverlay::hoverMoveEvent(QGraphicsSceneHoverEvent* event)
{
    const QString text = tooltip_(event->pos(), *chart_);
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->screenPos(), text);
}

void ChartOverlay::hoverLeaveEvent(QGraphicsSceneHoverEvent*)
{
    QToolTip::hideText();
}
