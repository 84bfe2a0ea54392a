#include "ui/ScreenshotTaker.h"

#include "ui/views/CasesView.h"
#include "ui/views/CompareView.h"
#include "ui/views/DashboardView.h"
#include "ui/views/SurvivalView.h"

#include <QCoreApplication>
#include <QPixmap>

namespace {

constexpr int guardMilliseconds = 120000;   // a stuck worker must not hang a script forever

} // namespace

ScreenshotTaker::ScreenshotTaker(MainWindow* window, MainWindow::View view, QString path, QSize size, QObject* parent)
    : QObject(parent), window_(window), view_(view), path_(std::move(path)), size_(size)
{
    guard_.setSingleShot(true);
    guard_.setInterval(guardMilliseconds);
    connect(&guard_, &QTimer::timeout, this, [this] { finish(false, tr("The view did not finish computing.")); });
    QWidget* target = window_->view(view_);
    if (auto* dashboard = qobject_cast<DashboardView*>(target)) {
        connect(dashboard, &DashboardView::indicatorsReady, this, &ScreenshotTaker::grabWhenIdle);
        connect(dashboard, &DashboardView::computationFailed, this, [this](const QString& message) { finish(false, message); });
    } else if (auto* compare = qobject_cast<CompareView*>(target)) {
        connect(compare, &CompareView::comparisonReady, this, &ScreenshotTaker::grabWhenIdle);
    } else if (auto* survival = qobject_cast<SurvivalView*>(target)) {
        connect(survival, &SurvivalView::curvesReady, this, &ScreenshotTaker::grabWhenIdle);
    } else if (auto* cases = qobject_cast<CasesView*>(target)) {
        connect(cases, &CasesView::casesReady, this, &ScreenshotTaker::grabWhenIdle);
    }
}

void ScreenshotTaker::start()
{
    window_->resize(size_);
    window_->showView(view_);
    window_->show();
    guard_.start();
    grabWhenIdle();
}

bool ScreenshotTaker::viewBusy() const
{
    return window_->isComputing(view_);
}

// Grabs on the next turn of the event loop, after the layout requests the new figures posted.
void ScreenshotTaker::grabWhenIdle()
{
    if (!done_ && !viewBusy())
        QTimer::singleShot(0, this, &ScreenshotTaker::grab);
}

void ScreenshotTaker::grab()
{
    if (done_ || viewBusy())
        return;
    // A layout change climbs one widget level per LayoutRequest: settle them all so the
    // picture shows the final layout, not an intermediate one.
    for (int level = 0; level < 8; ++level)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QPixmap pixmap = window_->grab();
    if (pixmap.save(path_, "PNG"))
        finish(true, tr("Saved %1 (%2×%3).").arg(path_).arg(pixmap.width()).arg(pixmap.height()));
    else
        finish(false, tr("Could not save %1.").arg(path_));
}

void ScreenshotTaker::finish(bool ok, const QString& message)
{
    if (done_)
        return;
    done_ = true;
    guard_.stop();
    emit finished(ok, message);
}
