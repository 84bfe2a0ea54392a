#pragma once

#include "core/cases/CaseChain.h"

#include <QWidget>

#include <optional>
#include <vector>

class ChainTimeAxis;

/**
 * The case chain of one case, painted: a time axis from (before) the melding to the end of
 * follow-up, the melding, overdracht and follow-up end as lines, every trajectory as a bar
 * coloured by afloop (open for running help, a hatched stub for help that never started), every
 * event as a marker (shape: who knew of it, fill: what it was), a legend and tooltips.
 */
class CaseChainView : public QWidget
{
    Q_OBJECT

public:
    explicit CaseChainView(QWidget* parent = nullptr);
    ~CaseChainView() override;

    /** Shows this case; nullopt shows a hint to pick one. */
    void setChain(std::optional<km::CaseChain> chain);
    const std::optional<km::CaseChain>& chain() const { return chain_; }

    /** Bars and markers drawn in the last layout (for tests: one per trajectory / event). */
    int trajectoryMarks() const;
    int eventMarks() const;
    /** The tooltip shown at a point of the widget (empty when none). */
    QString toolTipAt(QPointF point) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Mark
    {
        enum class Kind { Trajectory, Event, Line };
        Kind kind;
        QRectF area;
        QString toolTip;
    };

    void layoutMarks() const;
    ChainTimeAxis axis() const;
    double lanesTop() const;
    double eventLaneHeight() const;
    void paintHeader(QPainter& painter) const;
    void paintLanes(QPainter& painter, const ChainTimeAxis& axis) const;
    void paintDateLines(QPainter& painter, const ChainTimeAxis& axis, double top, double bottom) const;
    void paintEvents(QPainter& painter, const ChainTimeAxis& axis, double top) const;

    std::optional<km::CaseChain> chain_;
    mutable std::vector<Mark> marks_;
    mutable bool marksValid_ = false;
};
