#include "ui/views/CompareView.h"
#include "ui/views/WhenShown.h"

#include "ui/StudySession.h"
#include "ui/charts/ChartPanel.h"
#include "ui/charts/ComparisonChartBuilder.h"
#include "ui/report/ComparisonOutlet.h"
#include "ui/models/ComparisonTableModel.h"
#include "ui/models/IndicatorText.h"
#include "ui/models/SmallCellMark.h"
#include "ui/widgets/SelectionPanel.h"
#include "ui/widgets/TablePanel.h"

#include "core/codebook/IndicatorLabels.h"
#include "core/db/Database.h"
#include "core/indicators/IndicatorCube.h"
#include "core/indicators/IndicatorEngine.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {

constexpr int sidebarWidth = 260;

QGroupBox* framed(const QString& title, QWidget* content, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(content);
    return box;
}

} // namespace

CompareView::CompareView(StudySession* session, QWidget* parent)
    : QWidget(parent), session_(session),
      whenShown_(new WhenShown(this, [this] { recompute(); })),
      pickerA_(new SelectionPanel(this)), pickerB_(new SelectionPanel(this)),
      group_(new QComboBox(this)), status_(new QLabel(this)), chartPanel_(new ChartPanel(this)),
      tablePanel_(new TablePanel(this)), model_(new ComparisonTableModel(this)),
      outlet_(std::make_unique<ComparisonOutlet>(session)), debounce_(new QTimer(this))
{
    for (const std::string& group : km::IndicatorLabels::groups())
        if (group != "snelheid")   // durations: no proportions to compare
            group_->addItem(IndicatorText::groupLabel(group), QString::fromStdString(group));
    group_->setCurrentIndex(std::max(0, group_->findData(QStringLiteral("recidive"))));

    auto* sidebar = new QWidget(this);
    auto* sidebarLayout = new QVBoxLayout(sidebar);
    sidebarLayout->setContentsMargins(0, 0, 0, 0);
    sidebarLayout->addWidget(framed(tr("Selection A"), pickerA_, sidebar));
    sidebarLayout->addWidget(framed(tr("Selection B"), pickerB_, sidebar));
    sidebarLayout->addStretch();
    auto* sidebarScroll = new QScrollArea(this);
    sidebarScroll->setWidget(sidebar);
    sidebarScroll->setWidgetResizable(true);
    sidebarScroll->setFrameShape(QFrame::NoFrame);
    sidebarScroll->setFixedWidth(sidebarWidth + 16);

    tablePanel_->setModel(model_);
    tablePanel_->setOutlet(outlet_.get());
    chartPanel_->setOutlet(outlet_.get());
    tablePanel_->setExportName(QStringLiteral("vergelijking"));
    tablePanel_->view()->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    chartPanel_->setExportName(QStringLiteral("vergelijking"));

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Chart:"), this));
    top->addWidget(group_);
    top->addStretch();
    // Names the two selections: plain text (a cohort may be called "<b>…"), wrapped under the
    // choice of chart so that long names never widen the window.
    status_->setStyleSheet(QStringLiteral("color: #444;"));
    status_->setTextFormat(Qt::PlainText);
    status_->setWordWrap(true);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(chartPanel_);
    splitter->addWidget(tablePanel_);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({560, 340});

    auto* main = new QVBoxLayout;
    main->addLayout(top);
    main->addWidget(status_);
    main->addWidget(splitter, 1);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(sidebarScroll);
    layout->addLayout(main, 1);

    // Several changes in one go (setSelections, a new study) make one computation.
    debounce_->setSingleShot(true);
    debounce_->setInterval(0);
    connect(debounce_, &QTimer::timeout, whenShown_, &WhenShown::request);
    connect(pickerA_, &SelectionPanel::selectionChanged, debounce_, qOverload<>(&QTimer::start));
    connect(pickerB_, &SelectionPanel::selectionChanged, debounce_, qOverload<>(&QTimer::start));
    connect(group_, &QComboBox::currentIndexChanged, this, &CompareView::rebuildChart);
    connect(session_, &StudySession::studyChanged, this, &CompareView::reload);
    reload();
}

bool CompareView::isComputing() const
{
    return computing_ || debounce_->isActive();
}

void CompareView::reload()
{
    const QStringList cohorts = session_->cohortNames();
    const QStringList regions = session_->regions();
    pickerA_->setChoices(cohorts, regions);
    pickerB_->setChoices(cohorts, regions);
    // By default the first two cohorts, the comparison a study is usually made for.
    pickerA_->setCohorts(cohorts.mid(0, 1));
    pickerB_->setCohorts(cohorts.mid(cohorts.size() > 1 ? 1 : 0, 1));
    debounce_->start();
}

CompareView::~CompareView() = default;

void CompareView::setSelections(const QString& cohortA, const QString& regioA, const QString& cohortB,
                                const QString& regioB)
{
    pickerA_->setCohorts({cohortA});
    pickerA_->setRegio(regioA);
    pickerB_->setCohorts({cohortB});
    pickerB_->setRegio(regioB);
    debounce_->start();
}

void CompareView::recompute()
{
    computing_ = true;
    const std::shared_ptr<km::Study> study = session_->readHandle();
    if (!study) {
        // Through the runner, so a result still on its way cannot overwrite this message.
        run_.run([message = tr("No study is open.")] { return Outcome{{}, {}, {}, message}; });
        return;
    }
    const km::Selection a = pickerA_->selection();
    const km::Selection b = pickerB_->selection();
    status_->setText(tr("Computing…"));
    // Added up from the dashboard's cube once there is one; before that, one pass for both sides.
    run_.run([study, cube = session_->cube(), a, b]() -> Outcome {
        const QString labelA = QString::fromStdString(a.label());
        const QString labelB = QString::fromStdString(b.label());
        try {
            const std::vector<km::IndicatorSet> sets = cube ? std::vector{cube->figures(a), cube->figures(b)}
                                                            : km::IndicatorEngine(*study).computeAll({a, b});
            return {km::CohortComparison::compare(sets[0], sets[1]), labelA, labelB, {}, sets};
        } catch (const km::DatabaseError& e) {
            return {{}, labelA, labelB, QString::fromStdString(e.message)};
        }
    });
}

void CompareView::showResult(Outcome outcome)
{
    computing_ = false;
    shown_ = std::move(outcome);
    // Two identical labels ("alle casussen" twice) would make an unreadable legend.
    const QString labelA = tr("A: %1").arg(shown_.labelA);
    const QString labelB = tr("B: %1").arg(shown_.labelB);
    model_->setPolicy(SmallCellMark::storedPolicy());
    model_->setComparison(shown_.differences, labelA, labelB);
    outlet_->setComparison(shown_.sets, labelA, labelB);
    tablePanel_->view()->resizeColumnsToContents();
    tablePanel_->view()->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    if (!shown_.error.isEmpty()) {
        status_->setText(shown_.error);
    } else {
        const auto significant = std::count_if(shown_.differences.begin(), shown_.differences.end(),
                                               [](const km::ProportionDifference& d) { return d.significant(); });
        status_->setText(tr("%1 versus %2: %n difference(s) with a 95% interval that excludes zero (%3).", nullptr,
                            static_cast<int>(significant))
                             .arg(shown_.labelA, shown_.labelB, ComparisonTableModel::significanceMarker()));
    }
    rebuildChart();
    emit comparisonReady();
}

void CompareView::rebuildChart()
{
    const std::string group = group_->currentData().toString().toStdString();
    std::vector<km::ProportionDifference> rows;
    for (const km::ProportionDifference& d : shown_.differences)
        if (km::IndicatorLabels::group(d.id) == group)
            rows.push_back(d);
    if (rows.empty()) {
        chartPanel_->showMessage(shown_.error.isEmpty() ? tr("No figures to compare.") : shown_.error);
        return;
    }
    // The table shows every indicator; bring the chart's group into view there too.
    for (int row = 0; row < model_->rowCount(); ++row) {
        if (km::IndicatorLabels::group(model_->differences()[static_cast<std::size_t>(row)].id) == group) {
            tablePanel_->view()->scrollTo(model_->index(row, 0), QAbstractItemView::PositionAtTop);
            break;
        }
    }
    chartPanel_->setExportName(QStringLiteral("vergelijking-") + QString::fromStdString(group));
    outlet_->setGroup(group);
    chartPanel_->setChart(std::make_unique<ComparisonChartBuilder>(
        IndicatorText::groupLabel(group), tr("A: %1").arg(shown_.labelA), tr("B: %1").arg(shown_.labelB), std::move(rows)));
}
