#include "ui/views/SurvivalView.h"
#include "ui/views/WhenShown.h"

#include "ui/StudySession.h"
#include "ui/charts/ChartPanel.h"
#include "ui/report/SurvivalOutlet.h"
#include "ui/charts/SurvivalChartBuilder.h"
#include "ui/widgets/FocusFrame.h"

#include "core/db/Database.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

SurvivalView::SurvivalView(StudySession* session, QWidget* parent)
    : QWidget(parent), session_(session),
      whenShown_(new WhenShown(this, [this] { recompute(); })),
      soortButtons_(new QButtonGroup(this)), status_(new QLabel(this)),
      chartPanel_(new ChartPanel(this)), outlet_(std::make_unique<SurvivalOutlet>(session))
{
    auto* violence = new QRadioButton(tr("Time to new violence"), this);
    auto* concerns = new QRadioButton(tr("Time to new concerns"), this);
    violence->setChecked(true);
    soortButtons_->addButton(violence, static_cast<int>(km::EventSoort::NieuwGeweld));
    soortButtons_->addButton(concerns, static_cast<int>(km::EventSoort::NieuweZorgen));
    connect(soortButtons_, &QButtonGroup::idClicked, this,
            [this](int id) { setSoort(static_cast<km::EventSoort>(id)); });

    auto* top = new QHBoxLayout;
    top->addWidget(violence);
    top->addWidget(concerns);
    top->addStretch();
    // Under the choice, wrapped: on one line the explanation made the window 1259 pixels wide.
    status_->setStyleSheet(QStringLiteral("color: #444;"));
    status_->setTextFormat(Qt::PlainText);
    status_->setWordWrap(true);
    FocusFrame::apply(this);

    chartPanel_->setExportName(QStringLiteral("overleving"));
    chartPanel_->setOutlet(outlet_.get());

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(status_);
    layout->addWidget(chartPanel_, 1);

    connect(session_, &StudySession::studyChanged, whenShown_, &WhenShown::request);
    whenShown_->request();
}

void SurvivalView::setSoort(km::EventSoort soort)
{
    if (soort == soort_)
        return;
    soort_ = soort;
    soortButtons_->button(static_cast<int>(soort))->setChecked(true);
    whenShown_->request();
}

bool SurvivalView::isComputing() const
{
    return computing_;
}

SurvivalView::~SurvivalView() = default;

void SurvivalView::recompute()
{
    computing_ = true;
    const std::shared_ptr<km::Study> study = session_->readHandle();
    if (!study) {
        // Through the runner, so a result still on its way cannot overwrite this message.
        run_.run([message = tr("No study is open.")] { return Outcome{{}, {}, message}; });
        return;
    }
    const QStringList cohorts = session_->cohortNames();
    status_->setText(tr("Computing…"));
    run_.run([study, cohorts, soort = soort_]() -> Outcome {
        Outcome outcome;
        try {
            const km::SurvivalAnalysis analysis(*study);
            for (const QString& cohort : cohorts) {
                km::Selection selection;
                selection.cohorts = {cohort.toStdString()};
                outcome.curves.push_back(analysis.compute(selection, soort));
                outcome.names << cohort;
            }
        } catch (const km::DatabaseError& e) {
            outcome = {{}, {}, QString::fromStdString(e.message)};
        }
        return outcome;
    });
}

void SurvivalView::showResult(Outcome outcome)
{
    computing_ = false;
    curves_ = std::move(outcome.curves);
    names_ = outcome.names;
    const bool violence = soort_ == km::EventSoort::NieuwGeweld;
    if (curves_.empty()) {
        chartPanel_->showMessage(outcome.error.isEmpty() ? tr("The study has no cases.") : outcome.error);
        status_->setText(outcome.error);
        emit curvesReady();
        return;
    }
    const QString title = violence ? tr("Time from the report to the first new violence (Kaplan–Meier)")
                                   : tr("Time from the report to the first new concerns (Kaplan–Meier)");
    const QString valueTitle = violence ? tr("still without new violence") : tr("still without new concerns");
    outlet_->setCurves(curves_, names_, title, valueTitle);
    SurvivalChartBuilder builder(title, valueTitle);
    for (std::size_t i = 0; i < curves_.size(); ++i)
        builder.addCurve(names_[static_cast<int>(i)], curves_[i]);
    chartPanel_->setExportName(violence ? QStringLiteral("overleving-nieuw-geweld") : QStringLiteral("overleving-nieuwe-zorgen"));
    chartPanel_->setChart(std::make_unique<SurvivalChartBuilder>(std::move(builder)));
    status_->setText(tr("A case without the event counts until its end of follow-up (censored); "
                        "the numbers at risk are the cases still followed without the event."));
    emit curvesReady();
}
