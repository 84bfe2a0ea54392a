#include "ui/views/CaseChainView.h"

#include "ui/charts/ChartStyle.h"
#include "ui/models/CodeLabels.h"
#include "ui/views/ChainLegend.h"
#include "ui/views/ChainStyle.h"
#include "ui/views/ChainText.h"
#include "ui/views/ChainTimeAxis.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QLinearGradient>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace {

constexpr double margin = 14;
constexpr double headerHeight = 50;
constexpr double labelWidth = 190;
constexpr double topLabels = 34;        // two rows for the melding/overdracht/follow-up labels
constexpr double laneHeight = 34;
constexpr double barHeight = 18;
constexpr double markerSize = 12;
constexpr double stubWidth = 44;        // a trajectory that never started

bool openEnded(const km::ChainTrajectory& t)
{
    return t.start && !t.end;
}

// Stack level of each event: events closer than a marker to the one before share a column.
std::vector<int> eventLevels(const std::vector<km::ChainEvent>& events, const ChainTimeAxis& axis)
{
    std::vector<int> levels(events.size(), 0);
    for (std::size_t i = 1; i < events.size(); ++i)
        if (axis.x(events[i].datum) - axis.x(events[i - 1].datum) < markerSize + 2)
            levels[i] = levels[i - 1] + 1;
    return levels;
}

QRectF trajectoryRect(const km::ChainTrajectory& t, const km::CaseChain& chain, const ChainTimeAxis& axis, double laneTop)
{
    const double top = laneTop + (laneHeight - barHeight) / 2;
    if (!t.start) {   // never started (or start unknown): a stub at the end date or at the handover
        const double anchor = axis.x(t.end ? *t.end : chain.datumOverdracht.value_or(chain.melddatum));
        return t.end ? QRectF(anchor - stubWidth, top, stubWidth, barHeight) : QRectF(anchor, top, stubWidth, barHeight);
    }
    const double left = axis.x(*t.start);
    const double right = t.end ? axis.x(*t.end) : axis.x(chain.eindeFollowup);
    return QRectF(left, top, std::max(right - left, 3.0), barHeight);
}

// The vertical lines of the chain: melding, overdracht (when known) and the end of follow-up.
struct DateLine
{
    double x;
    QPen pen;
    QString label;
    QString toolTip;
};

std::vector<DateLine> dateLines(const km::CaseChain& chain, const ChainTimeAxis& axis)
{
    std::vector<DateLine> lines{{axis.x(chain.melddatum), QPen(ChainStyle::meldingColor(), 2), CaseChainView::tr("Report"),
                                 CaseChainView::tr("Report to Veilig Thuis: %1").arg(ChainText::date(chain.melddatum))}};
    if (chain.datumOverdracht)
        lines.push_back({axis.x(*chain.datumOverdracht), QPen(ChainStyle::meldingColor(), 1.5, Qt::DashLine),
                         CaseChainView::tr("Handover"), CaseChainView::tr("Handover: %1").arg(ChainText::date(*chain.datumOverdracht))});
    lines.push_back({axis.x(chain.eindeFollowup), QPen(ChainStyle::followUpColor(), 2), CaseChainView::tr("End of follow-up"),
                     CaseChainView::tr("End of follow-up: %1").arg(ChainText::date(chain.eindeFollowup))});
    return lines;
}

} // namespace

CaseChainView::CaseChainView(QWidget* parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

CaseChainView::~CaseChainView() = default;

void CaseChainView::setChain(std::optional<km::CaseChain> chain)
{
    chain_ = std::move(chain);
    marksValid_ = false;
    updateGeometry();
    update();
}

ChainTimeAxis CaseChainView::axis() const
{
    km::Day first = chain_->melddatum;
    km::Day last = chain_->eindeFollowup;
    for (const km::ChainTrajectory& t : chain_->trajectories) {
        for (const std::optional<km::Day>& day : {t.start, t.end}) {
            if (day) {
                first = std::min(first, *day);
                last = std::max(last, *day);
            }
        }
    }
    for (const km::ChainEvent& e : chain_->events)
        last = std::max(last, e.datum);
    const km::Day pad = std::max<km::Day>(10, (last - first) / 30);
    return ChainTimeAxis(first - pad, last + pad, margin + labelWidth, width() - margin - 8);
}

double CaseChainView::lanesTop() const
{
    return margin + headerHeight + topLabels;
}

double CaseChainView::eventLaneHeight() const
{
    int depth = 0;
    if (chain_ && !chain_->events.empty()) {
        const std::vector<int> levels = eventLevels(chain_->events, axis());
        depth = *std::max_element(levels.begin(), levels.end());
    }
    return laneHeight + depth * (markerSize + 2);
}

int CaseChainView::heightForWidth(int) const
{
    if (!chain_)
        return 120;
    const double lanes = laneHeight * std::max<std::size_t>(chain_->trajectories.size(), 1);
    return static_cast<int>(lanesTop() + lanes + eventLaneHeight() + ChainTimeAxis::height()
                            + ChainLegend::height(width() - 2 * margin) + margin);
}

QSize CaseChainView::sizeHint() const
{
    return QSize(900, heightForWidth(900));
}

QSize CaseChainView::minimumSizeHint() const
{
    return QSize(500, heightForWidth(500));
}

void CaseChainView::resizeEvent(QResizeEvent* event)
{
    marksValid_ = false;
    QWidget::resizeEvent(event);
}

void CaseChainView::layoutMarks() const
{
    if (marksValid_)
        return;
    marks_.clear();
    marksValid_ = true;
    if (!chain_)
        return;
    const ChainTimeAxis ax = axis();
    const double eventsTop = lanesTop() + laneHeight * std::max<std::size_t>(chain_->trajectories.size(), 1);
    for (const DateLine& line : dateLines(*chain_, ax))
        marks_.push_back({Mark::Kind::Line, QRectF(line.x - 3, lanesTop(), 6, eventsTop - lanesTop()), line.toolTip});
    double laneTop = lanesTop();
    for (const km::ChainTrajectory& t : chain_->trajectories) {
        marks_.push_back({Mark::Kind::Trajectory, trajectoryRect(t, *chain_, ax, laneTop).adjusted(-2, -4, 2, 4),
                          ChainText::trajectoryToolTip(t)});
        laneTop += laneHeight;
    }
    const std::vector<int> levels = eventLevels(chain_->events, ax);
    for (std::size_t i = 0; i < chain_->events.size(); ++i) {
        const QPointF c(ax.x(chain_->events[i].datum), eventsTop + laneHeight / 2 + levels[i] * (markerSize + 2));
        marks_.push_back({Mark::Kind::Event, QRectF(c.x() - markerSize, c.y() - markerSize / 2 - 1, markerSize * 2, markerSize + 2),
                          ChainText::eventToolTip(chain_->events[i], chain_->melddatum)});
    }
}

int CaseChainView::trajectoryMarks() const
{
    layoutMarks();
    return static_cast<int>(std::count_if(marks_.begin(), marks_.end(), [](const Mark& m) { return m.kind == Mark::Kind::Trajectory; }));
}

int CaseChainView::eventMarks() const
{
    layoutMarks();
    return static_cast<int>(std::count_if(marks_.begin(), marks_.end(), [](const Mark& m) { return m.kind == Mark::Kind::Event; }));
}

QString CaseChainView::toolTipAt(QPointF point) const
{
    layoutMarks();
    // Events are drawn over bars, so they win.
    for (auto it = marks_.rbegin(); it != marks_.rend(); ++it)
        if (it->area.contains(point))
            return it->toolTip;
    return {};
}

bool CaseChainView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void CaseChainView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    if (!chain_) {
        painter.setFont(ChartStyle::labelFont());
        painter.setPen(QColor(0x77, 0x77, 0x77));
        painter.drawText(rect(), Qt::AlignCenter, tr("Select a case in the table to see its chain."));
        return;
    }
    paintHeader(painter);
    const ChainTimeAxis ax = axis();
    const double lanesBottom = lanesTop() + laneHeight * std::max<std::size_t>(chain_->trajectories.size(), 1);
    const double axisY = lanesBottom + eventLaneHeight();
    paintDateLines(painter, ax, margin + headerHeight, axisY);
    ax.draw(painter, axisY, lanesTop());
    paintLanes(painter, ax);
    paintEvents(painter, ax, lanesBottom);
    ChainLegend::paint(painter, QPointF(margin, axisY + ChainTimeAxis::height()), width() - 2 * margin);
}

void CaseChainView::paintHeader(QPainter& painter) const
{
    QFont titleFont = ChartStyle::titleFont();
    titleFont.setPointSizeF(titleFont.pointSizeF() + 2);
    const QFontMetricsF titleMetrics(titleFont);
    painter.setFont(titleFont);
    painter.setPen(ChartStyle::textColor());
    const QString title = QString::fromStdString(chain_->casusId);
    const double baseline = margin + titleMetrics.ascent();
    painter.drawText(QPointF(margin, baseline), title);

    QStringList where{QString::fromStdString(chain_->cohort)};
    if (!chain_->regio.empty())
        where << QString::fromStdString(chain_->regio);
    painter.setFont(ChartStyle::labelFont());
    painter.setPen(QColor(0x66, 0x66, 0x66));
    painter.drawText(QPointF(margin + titleMetrics.horizontalAdvance(title) + 12, baseline),
                     where.join(QStringLiteral(" · ")));

    auto yesNo = [](const std::optional<bool>& v) {
        return v ? (*v ? tr("yes") : tr("no")) : tr("unknown");
    };
    QStringList facts;
    facts << tr("reported %1").arg(ChainText::date(chain_->melddatum));
    if (chain_->datumOverdracht)
        facts << tr("handed over after %1").arg(ChainText::days(*chain_->datumOverdracht - chain_->melddatum));
    else
        facts << tr("no handover");
    facts << tr("follow-up %1").arg(ChainText::days(chain_->eindeFollowup - chain_->melddatum));
    facts << tr("case coordination: %1").arg(yesNo(chain_->casusregie));
    facts << tr("coordinated help: %1").arg(yesNo(chain_->afstemming));
    painter.drawText(QPointF(margin, baseline + QFontMetricsF(ChartStyle::labelFont()).height() + 6),
                     facts.join(QStringLiteral("   ·   ")));
}

void CaseChainView::paintDateLines(QPainter& painter, const ChainTimeAxis& ax, double top, double bottom) const
{
    const double labelsTop = top + 2;
    const QFontMetricsF metrics(ChartStyle::smallFont());
    painter.setFont(ChartStyle::smallFont());

    // Outside the observation: before the melding (help may already run) and after follow-up.
    const double meld = ax.x(chain_->melddatum);
    const double end = ax.x(chain_->eindeFollowup);
    painter.fillRect(QRectF(QPointF(ax.left(), lanesTop()), QPointF(meld, bottom)), QColor(0xF4, 0xF4, 0xF4));
    painter.fillRect(QRectF(QPointF(end, lanesTop()), QPointF(ax.right(), bottom)), QBrush(QColor(0xE6, 0xE6, 0xE6), Qt::BDiagPattern));

    const std::vector<DateLine> lines = dateLines(*chain_, ax);
    double previousRight = -1e9;
    int row = 0;
    for (const DateLine& line : lines) {
        painter.setPen(line.pen);
        painter.drawLine(QPointF(line.x, lanesTop() - 4), QPointF(line.x, bottom));
        const double width = metrics.horizontalAdvance(line.label);
        const double textX = std::min(line.x - width / 2, ax.right() - width);
        row = textX < previousRight + 6 ? 1 - row : 0;   // a second row when labels would touch
        painter.setPen(line.pen.color());
        painter.drawText(QPointF(textX, labelsTop + metrics.ascent() + row * (metrics.height() + 2)), line.label);
        previousRight = textX + width;
    }
}

void CaseChainView::paintLanes(QPainter& painter, const ChainTimeAxis& ax) const
{
    const QFont nameFont = [] { QFont f = ChartStyle::labelFont(); f.setWeight(QFont::DemiBold); return f; }();
    const QFontMetricsF nameMetrics(nameFont);
    const QFontMetricsF smallMetrics(ChartStyle::smallFont());
    double laneTop = lanesTop();
    if (chain_->trajectories.empty()) {
        painter.setFont(ChartStyle::labelFont());
        painter.setPen(QColor(0x77, 0x77, 0x77));
        painter.drawText(QRectF(margin, laneTop, labelWidth, laneHeight), Qt::AlignVCenter, tr("No trajectories"));
        return;
    }
    for (std::size_t i = 0; i < chain_->trajectories.size(); ++i, laneTop += laneHeight) {
        const km::ChainTrajectory& t = chain_->trajectories[i];
        if (i % 2 == 1)
            painter.fillRect(QRectF(margin, laneTop, labelWidth - 8, laneHeight), QColor(0xF7, 0xF7, 0xF7));
        painter.setFont(nameFont);
        painter.setPen(ChartStyle::textColor());
        const double textTop = laneTop + (laneHeight - nameMetrics.height() - smallMetrics.height()) / 2;
        painter.drawText(QPointF(margin + 4, textTop + nameMetrics.ascent()),
                         nameMetrics.elidedText(CodeLabels::aanbieder(t.aanbieder), Qt::ElideRight, labelWidth - 16));
        painter.setFont(ChartStyle::smallFont());
        painter.setPen(QColor(0x66, 0x66, 0x66));
        painter.drawText(QPointF(margin + 4, textTop + nameMetrics.height() + smallMetrics.ascent()),
                         smallMetrics.elidedText(CodeLabels::doelgroep(t.doelgroep), Qt::ElideRight, labelWidth - 16));

        const QRectF bar = trajectoryRect(t, *chain_, ax, laneTop);
        const QColor colour = ChainStyle::afloopColor(t.afloop);
        if (!t.start || t.afloop == "niet_gestart") {
            ChainStyle::drawSwatch(painter, bar, "niet_gestart");
        } else if (openEnded(t)) {   // running (or end unknown): fades out towards the follow-up end
            QLinearGradient fade(bar.topLeft(), bar.topRight());
            fade.setColorAt(0, colour);
            fade.setColorAt(std::max(0.0, 1 - 40 / bar.width()), colour);
            fade.setColorAt(1, QColor(colour.red(), colour.green(), colour.blue(), 40));
            painter.setPen(Qt::NoPen);
            painter.setBrush(fade);
            painter.drawRoundedRect(bar, 3, 3);
            painter.setPen(QPen(colour.darker(140), 1.5));
            painter.drawLine(QPointF(bar.right() + 2, bar.center().y()), QPointF(bar.right() + 9, bar.center().y()));
            painter.drawLine(QPointF(bar.right() + 5, bar.top() + 4), QPointF(bar.right() + 9, bar.center().y()));
            painter.drawLine(QPointF(bar.right() + 5, bar.bottom() - 4), QPointF(bar.right() + 9, bar.center().y()));
        } else {
            ChainStyle::drawSwatch(painter, bar, t.afloop);
        }

        QString label = CodeLabels::afloop(t.afloop);
        if (t.start && t.end)
            label += QStringLiteral(" · ") + ChainText::days(*t.end - *t.start);
        painter.setFont(ChartStyle::smallFont());
        const double labelWidthNeeded = smallMetrics.horizontalAdvance(label) + 10;
        const double baseline = bar.center().y() + smallMetrics.capHeight() / 2;
        const bool filled = t.start && t.afloop != "niet_gestart";
        if (filled && bar.width() >= labelWidthNeeded) {
            painter.setPen(ChainStyle::textOn(colour));
            painter.drawText(QPointF(bar.left() + 5, baseline), label);
        } else if (bar.right() + 14 + labelWidthNeeded < ax.right() + 8) {
            painter.setPen(QColor(0x55, 0x55, 0x55));
            painter.drawText(QPointF(bar.right() + (openEnded(t) ? 14 : 5), baseline), label);
        } else {
            painter.setPen(QColor(0x55, 0x55, 0x55));
            painter.drawText(QPointF(bar.left() - labelWidthNeeded, baseline), label);
        }
    }
}

void CaseChainView::paintEvents(QPainter& painter, const ChainTimeAxis& ax, double top) const
{
    const QFontMetricsF metrics(ChartStyle::labelFont());
    painter.setFont(ChartStyle::labelFont());
    painter.setPen(ChartStyle::textColor());
    painter.drawText(QPointF(margin + 4, top + laneHeight / 2 + metrics.capHeight() / 2), tr("Events"));
    painter.setPen(QPen(QColor(0xBB, 0xBB, 0xBB), 1));
    painter.drawLine(QPointF(margin, top), QPointF(ax.right(), top));
    if (chain_->events.empty()) {
        painter.setPen(QColor(0x77, 0x77, 0x77));
        painter.setFont(ChartStyle::smallFont());
        painter.drawText(QPointF(ax.x(chain_->melddatum) + 8, top + laneHeight / 2 + metrics.capHeight() / 2),
                         tr("no new violence or concerns during follow-up"));
        return;
    }
    const std::vector<int> levels = eventLevels(chain_->events, ax);
    for (std::size_t i = 0; i < chain_->events.size(); ++i) {
        const km::ChainEvent& e = chain_->events[i];
        const double x = ax.x(e.datum);
        // A faint guide up through the lanes, so an event can be read against the help running then.
        painter.setPen(QPen(QColor(0, 0, 0, 45), 1, Qt::DotLine));
        painter.drawLine(QPointF(x, lanesTop()), QPointF(x, top + 4));
        ChainStyle::drawEvent(painter, QPointF(x, top + laneHeight / 2 + levels[i] * (markerSize + 2)), markerSize,
                              e.soort, e.bekendBij);
    }
}
