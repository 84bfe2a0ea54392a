#include "ui/views/DashboardView.h"

#include "ui/StudySession.h"
#include "ui/models/IndicatorText.h"
#include "ui/models/SmallCellMark.h"
#include "ui/views/IndicatorGroupPage.h"
#include "ui/widgets/SelectionPanel.h"

#include "core/codebook/IndicatorLabels.h"
#include "core/indicators/IndicatorEngine.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {

constexpr int sidebarWidth = 260;

} // namespace

DashboardView::DashboardView(StudySession* session, QWidget* parent)
    : QWidget(parent), session_(session), selection_(new SelectionPanel(this)),
      groups_(new QListWidget(this)), pages_(new QStackedWidget(this)), status_(new QLabel(this)),
      debounce_(new QTimer(this))
{
    for (const std::string& group : km::IndicatorLabels::groups()) {
        auto* page = new IndicatorGroupPage(group, session_);
        auto* scroll = new QScrollArea(pages_);
        scroll->setWidget(page);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        pages_->addWidget(scroll);
        pagesByGroup_[group] = page;
        auto* item = new QListWidgetItem(IndicatorText::groupLabel(group), groups_);
        item->setData(Qt::UserRole, QString::fromStdString(group));
    }
    groups_->setCurrentRow(0);
    groups_->setStyleSheet(QStringLiteral("QListWidget::item { padding: 6px 4px; }"));

    auto* groupsTitle = new QLabel(tr("Indicators"), this);
    groupsTitle->setStyleSheet(QStringLiteral("font-weight: 600; margin-top: 6px;"));
    // Many cohorts, or a low window at 200% scaling, make the selection taller than the
    // window: it scrolls instead of pushing the window's minimum height up.
    auto* selectionScroll = new QScrollArea(this);
    selectionScroll->setWidget(selection_);
    selectionScroll->setWidgetResizable(true);
    selectionScroll->setFrameShape(QFrame::NoFrame);
    selectionScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The list is as tall as its groups; the selection takes the rest of the height.
    groups_->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    groups_->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    groups_->setMinimumHeight(groups_->fontMetrics().height() * 5);
    auto* sidebar = new QVBoxLayout;
    sidebar->addWidget(selectionScroll, 1);
    sidebar->addWidget(groupsTitle);
    sidebar->addWidget(groups_);
    auto* sidebarWidget = new QWidget(this);
    sidebarWidget->setLayout(sidebar);
    sidebarWidget->setFixedWidth(sidebarWidth);
    sidebar->setContentsMargins(0, 0, 0, 0);

    status_->setStyleSheet(QStringLiteral("color: #444; padding: 2px 0 6px 0;"));
    status_->setWordWrap(true);
    auto* main = new QVBoxLayout;
    main->addWidget(status_);
    main->addWidget(pages_, 1);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(sidebarWidget);
    layout->addLayout(main, 1);

    debounce_->setSingleShot(true);
    debounce_->setInterval(150);
    connect(debounce_, &QTimer::timeout, this, &DashboardView::recompute);
    connect(selection_, &SelectionPanel::selectionChanged, this, &DashboardView::selectionChanged);
    connect(groups_, &QListWidget::currentRowChanged, pages_, &QStackedWidget::setCurrentIndex);
    connect(session_, &StudySession::studyChanged, this, &DashboardView::reload);
    reload();
}

DashboardView::~DashboardView() = default;

IndicatorGroupPage* DashboardView::page(const std::string& group) const
{
    const auto it = pagesByGroup_.find(group);
    return it == pagesByGroup_.end() ? nullptr : it->second;
}

void DashboardView::showGroup(const std::string& group)
{
    const auto& groups = km::IndicatorLabels::groups();
    const auto it = std::find(groups.begin(), groups.end(), group);
    if (it != groups.end())
        groups_->setCurrentRow(static_cast<int>(it - groups.begin()));
}

bool DashboardView::isComputing() const
{
    return shown_ != requested_;
}

void DashboardView::selectionChanged()
{
    ++requested_;
    // Spin boxes change in steps: a pass over the study waits until the user pauses, while
    // figures at hand or added up from the cube take milliseconds and show at once.
    if (session_->cube() || cache_.find(selection_->selection())) {
        debounce_->stop();
        recompute();
    } else {
        debounce_->start();
    }
}

void DashboardView::reload()
{
    selection_->setChoices(session_->cohortNames(), session_->regions());
    cache_.clear();
    ++requested_;
    recompute();
}

void DashboardView::recompute()
{
    const std::shared_ptr<km::Study> study = session_->readHandle();
    const quint64 request = requested_;
    if (!study) {
        showResult(nullptr, tr("No study is open."), QString());
        return;
    }
    const km::Selection selection = selection_->selection();
    if (auto cached = cache_.find(selection)) {
        showResult(std::move(cached), QString(), selection_->summary());
        return;
    }
    status_->setText(tr("Computing…"));
    // The whole study takes a pass over every case anyway: building the cube on the way costs
    // little more and answers every later selection.
    const std::shared_ptr<const km::IndicatorCube> cube = session_->cube();
    const bool buildCube = !cube && selection.cohorts.empty() && !selection.regio;
    run_.run([study, selection, cube, buildCube, summary = selection_->summary(), request,
              generation = session_->dataVersion()]() -> Outcome {
        Outcome outcome{nullptr, {}, summary, request, generation, cube};
        try {
            if (buildCube)
                outcome.cube = std::make_shared<const km::IndicatorCube>(*study);
            outcome.indicators = std::make_shared<const km::IndicatorSet>(
                outcome.cube ? outcome.cube->figures(selection) : km::IndicatorEngine(*study).compute(selection));
        } catch (const km::DatabaseError& e) {
            outcome.error = QString::fromStdString(e.message);
            outcome.cube = nullptr;
        }
        return outcome;
    });
}

void DashboardView::computeAhead()
{
    const std::shared_ptr<km::Study> study = session_->readHandle();
    if (session_->cube() || aheadFor_ == session_->dataVersion() || !study)
        return;
    aheadFor_ = session_->dataVersion();
    ahead_.run([study, generation = aheadFor_]() -> Ahead {
        try {
            return {std::make_shared<const km::IndicatorCube>(*study), generation};
        } catch (const km::DatabaseError&) {
            return {nullptr, generation};   // only a guess: the user's own request will report the problem
        }
    });
}

void DashboardView::keepCube(const Ahead& ahead)
{
    session_->keepCube(ahead.cube, ahead.generation);
}

void DashboardView::deliver(const Outcome& outcome)
{
    if (outcome.generation == session_->dataVersion() && outcome.indicators) {
        cache_.store(outcome.indicators);
        session_->keepCube(outcome.cube, outcome.generation);
        computeAhead();
    }
    if (outcome.request != requested_)
        return;   // the selection changed since: its figures are being debounced or computed
    showResult(outcome.indicators, outcome.error, outcome.summary);
}

void DashboardView::showResult(std::shared_ptr<const km::IndicatorSet> indicators, const QString& error,
                               const QString& summary)
{
    shown_ = requested_;
    indicators_ = indicators;
    if (!indicators) {
        status_->setText(QStringLiteral("<span style=\"color:#B00020\">%1</span>").arg(error.toHtmlEscaped()));
        for (auto& [group, page] : pagesByGroup_) {
            page->setIndicators(nullptr, summary);
            page->showMessage(error);
        }
        if (session_->study())
            emit computationFailed(error);
        return;
    }
    status_->setText(tr("<b>%1</b> — %2 · %Ln case(s)", nullptr, static_cast<int>(indicators->cases))
                         .arg(session_->displayName().toHtmlEscaped(), summary.toHtmlEscaped()));
    const km::SmallCellPolicy marks = SmallCellMark::storedPolicy();
    for (auto& [group, page] : pagesByGroup_) {
        page->setIndicators(indicators, summary, marks);
        // Without cases every figure is empty and marked: say what to do instead.
        if (session_->caseCount() == 0)
            page->showMessage(tr("This study has no data yet: import data via File > Import."));
        else if (indicators->cases == 0)
            page->showMessage(tr("No cases match this selection."));
    }
    emit indicatorsReady();
}
