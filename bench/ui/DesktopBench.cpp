#include "DesktopBench.h"

#include "ui/MainWindow.h"
#include "ui/models/CaseTableModel.h"
#include "ui/views/CasesView.h"
#include "ui/views/CompareView.h"
#include "ui/views/DashboardView.h"
#include "ui/views/SurvivalView.h"
#include "ui/widgets/SelectionPanel.h"

#include "core/db/Study.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include <sys/resource.h>

namespace {

constexpr int stepTimeoutMs = 60000;
constexpr double smoothMs = 50;   // a longer block of the UI thread is visible as stutter
// Redrawing a whole page of charts, or showing another tab, within 0.1 s still reads as instant.
constexpr double instantMs = 100;

double processCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval& t) { return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_usec) / 1e3; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

CasesView* casesView(const MainWindow& window)
{
    return static_cast<CasesView*>(window.view(MainWindow::View::Cases));
}

} // namespace

DesktopBench::DesktopBench(QString studyPath)
    : path_(std::move(studyPath))
{
}

DesktopBench::~DesktopBench() = default;

bool DesktopBench::run(QString* error)
{
    // As DesktopApp::run: the window is on screen before the study opens.
    window_ = std::make_unique<MainWindow>(&session_);
    window_->show();
    waitUntil([] { return false; }, 200);
    const bool ok = openStudy() && changeSelection() && compareCohorts() && browseCases() && sortCases();
    if (!ok && error)
        *error = failed_;
    return ok;
}

bool DesktopBench::openStudy()
{
    DashboardView* dashboard = window_->dashboard();
    QString openError;
    const bool done = measure(QStringLiteral("open the study until the dashboard shows its figures"),
        [&] {
            if (!session_.openFile(path_, false, &openError))
                failed_ = openError;
        },
        [&] { return !failed_.isEmpty() || (dashboard->indicators() && !dashboard->isComputing()); },
        QStringLiteral("≤ 2 s"), 2000, instantMs);
    if (!done || !failed_.isEmpty())
        return false;
    cases_ = session_.study()->caseCount();
    settle();
    return true;
}

bool DesktopBench::changeSelection()
{
    DashboardView* dashboard = window_->dashboard();
    SelectionPanel* panel = dashboard->selectionPanel();
    const QStringList cohorts = session_.cohortNames();
    const QStringList regions = session_.regions();
    const auto figuresShown = [dashboard] { return !dashboard->isComputing(); };
    const QString target = QStringLiteral("≤ 0.5 s");
    const bool ok = measure(QStringLiteral("selection: one cohort (%1)").arg(cohorts.value(0)),
                            [&] { panel->setCohorts({cohorts.value(0)}); }, figuresShown, target, 500, instantMs)
        && measure(QStringLiteral("selection: one cohort and one region (%1)").arg(regions.value(0)),
                   [&] { panel->setRegio(regions.value(0)); }, figuresShown, target, 500, instantMs)
        && measure(QStringLiteral("selection: two cohorts and one region"),
                   [&] { panel->setCohorts({cohorts.value(0), cohorts.value(1)}); }, figuresShown, target, 500,
                   instantMs)
        && measure(QStringLiteral("selection: back to all cases"),
                   [&] {
                       panel->setRegio({});
                       panel->setCohorts({});
                   },
                   figuresShown, target, 500, instantMs)
        && measure(QStringLiteral("selection: a 12-month recidive window"),
                   [&] { panel->setWindowMonths(12); }, figuresShown, target, 500, instantMs)
        && measure(QStringLiteral("selection: one cohort within that window"),
                   [&] { panel->setCohorts({cohorts.value(1)}); }, figuresShown, target, 500, instantMs);
    settle();
    return ok;
}

bool DesktopBench::compareCohorts()
{
    auto* compare = static_cast<CompareView*>(window_->view(MainWindow::View::Compare));
    const QStringList cohorts = session_.cohortNames();
    const QStringList regions = session_.regions();
    const auto compared = [compare] { return !compare->isComputing(); };
    const bool ok = measure(QStringLiteral("compare tab: two cohorts shown"),
                            [&] {
                                compare->setSelections(cohorts.value(0), {}, cohorts.value(1), {});
                                window_->showView(MainWindow::View::Compare);
                            },
                            compared, QStringLiteral("≤ 0.5 s"), 500, instantMs)
        && measure(QStringLiteral("compare: a cohort in one region against another cohort"),
                   [&] { compare->setSelections(cohorts.value(0), regions.value(0), cohorts.value(2), {}); }, compared,
                   QStringLiteral("≤ 0.5 s"), 500, instantMs);
    settle();
    return ok;
}

bool DesktopBench::browseCases()
{
    QTableView* table = casesView(*window_)->table();
    QScrollBar* bar = table->verticalScrollBar();
    const auto shown = [this] { return viewsIdle() && visibleRowsLoaded(); };
    if (!measure(QStringLiteral("cases tab: first rows shown"), [&] { window_->showView(MainWindow::View::Cases); },
                 shown, QStringLiteral("instant"), 0, instantMs))
        return false;
    for (int percent : {25, 50, 75, 100}) {
        if (!measure(QStringLiteral("cases: jump scroll bar to %1%").arg(percent),
                     [&] { bar->setValue(static_cast<int>(static_cast<qint64>(bar->maximum()) * percent / 100)); },
                     shown, QStringLiteral("smooth"), 0, smoothMs))
            return false;
    }
    // Dragging the thumb from top to bottom in one second, 50 moves, without waiting for rows.
    return measure(QStringLiteral("cases: drag scroll bar top to bottom in 1 s"),
        [&] {
            bar->setValue(0);
            for (int i = 1; i <= 50; ++i) {
                QTimer::singleShot(20 * i, table, [bar, i] {
                    bar->setValue(static_cast<int>(static_cast<qint64>(bar->maximum()) * i / 50));
                });
            }
        },
        [&, started = QElapsedTimer()]() mutable {
            if (!started.isValid())
                started.start();
            return started.elapsed() > 20 * 50 && bar->value() == bar->maximum() && shown();
        },
        QStringLiteral("smooth"), 0, smoothMs);
}

bool DesktopBench::sortCases()
{
    QTableView* table = casesView(*window_)->table();
    const auto shown = [this] { return viewsIdle() && visibleRowsLoaded(); };
    const auto sortStep = [&](const QString& name, int column, Qt::SortOrder order) {
        table->verticalScrollBar()->setValue(0);
        settle();
        return measure(name, [&] { table->sortByColumn(column, order); }, shown, QStringLiteral("smooth"), 0, smoothMs);
    };
    return sortStep(QStringLiteral("cases: sort by report date"), 3, Qt::AscendingOrder)
        && sortStep(QStringLiteral("cases: sort by trajectories, descending"), 6, Qt::DescendingOrder)
        && sortStep(QStringLiteral("cases: sort by case id again"), 0, Qt::AscendingOrder);
}

bool DesktopBench::measure(const QString& name, const std::function<void()>& action,
                           const std::function<bool()>& done, const QString& target, double limitMs,
                           double blockLimitMs)
{
    QElapsedTimer clock;
    heartbeat_.reset();
    const double cpuBefore = processCpuMs();
    clock.start();
    action();
    const bool finished = waitUntil(done, stepTimeoutMs);
    BenchStep step{name, static_cast<double>(clock.nsecsElapsed()) / 1e6, heartbeat_.worstBlockMs(),
                   heartbeat_.worstBlockCpuMs(), processCpuMs() - cpuBefore, target};
    step.met = finished && (limitMs <= 0 || step.ms <= limitMs) && step.worstBlockMs <= blockLimitMs;
    steps_.push_back(step);
    if (!finished && failed_.isEmpty())
        failed_ = QStringLiteral("timed out: %1").arg(name);
    return finished;
}

bool DesktopBench::waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setTimerType(Qt::PreciseTimer);
    poll.setInterval(1);
    bool reached = false;
    connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done()) {
            reached = true;
            loop.quit();
        }
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start();
    loop.exec();
    return reached;
}

bool DesktopBench::viewsIdle() const
{
    const auto* compare = static_cast<const CompareView*>(window_->view(MainWindow::View::Compare));
    const auto* survival = static_cast<const SurvivalView*>(window_->view(MainWindow::View::Survival));
    return !window_->dashboard()->isComputing() && !window_->dashboard()->isComputingAhead()
        && !casesView(*window_)->isComputing() && !compare->isComputing() && !survival->isComputing();
}

bool DesktopBench::visibleRowsLoaded() const
{
    const QTableView* table = casesView(*window_)->table();
    const CaseTableModel* model = casesView(*window_)->model();
    if (model->rowCount() == 0)
        return true;
    const int top = table->rowAt(0);
    int bottom = table->rowAt(table->viewport()->height() - 1);
    if (bottom < 0)
        bottom = model->rowCount() - 1;
    return top >= 0 && model->isRowLoaded(top) && model->isRowLoaded(bottom);
}

// Lets every view finish its background work so the next step is measured on its own.
void DesktopBench::settle()
{
    waitUntil([this] { return viewsIdle(); }, stepTimeoutMs);
    waitUntil([] { return false; }, 300);
}
