#pragma once

#include "core/indicators/SurvivalAnalysis.h"
#include "ui/LatestRun.h"

#include <QStringList>
#include <QWidget>

#include <memory>

#include <vector>

class StudySession;
class WhenShown;
class ChartPanel;
class SurvivalOutlet;
class QButtonGroup;
class QLabel;

/**
 * Kaplan-Meier curves of the time from melding to the first new violence (or new concerns)
 * per cohort, as step lines, with the number at risk under the axis. Computed on a worker
 * thread.
 */
class SurvivalView : public QWidget
{
    Q_OBJECT

public:
    explicit SurvivalView(StudySession* session, QWidget* parent = nullptr);
    ~SurvivalView() override;

    void setSoort(km::EventSoort soort);
    km::EventSoort soort() const { return soort_; }
    /** The curves last shown, one per cohort. */
    const std::vector<km::SurvivalCurve>& curves() const { return curves_; }
    bool isComputing() const;

signals:
    void curvesReady();

private:
    /** What a worker hands back: one curve per cohort, or the core's message. */
    struct Outcome
    {
        std::vector<km::SurvivalCurve> curves;
        QStringList names;
        QString error;
    };

    void recompute();
    void showResult(Outcome outcome);

    StudySession* session_;
    WhenShown* whenShown_;   // runs recompute() when the view is shown
    km::EventSoort soort_ = km::EventSoort::NieuwGeweld;
    QButtonGroup* soortButtons_;
    QLabel* status_;
    ChartPanel* chartPanel_;
    std::unique_ptr<SurvivalOutlet> outlet_;
    std::vector<km::SurvivalCurve> curves_;
    QStringList names_;
    bool computing_ = false;   // from a request until its result is shown
    LatestRun<Outcome> run_{this, [this](Outcome outcome) { showResult(std::move(outcome)); }};
};
