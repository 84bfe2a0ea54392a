#pragma once

#include "core/indicators/CohortComparison.h"

#include "ui/LatestRun.h"

#include <QWidget>

#include <memory>

#include <vector>

class StudySession;
class WhenShown;
class ComparisonTableModel;
class SelectionPanel;
class ChartPanel;
class ComparisonOutlet;
class TablePanel;
class QComboBox;
class QLabel;
class QTimer;

/**
 * Two selections (cohorts, regio and recidive window each) side by side: grouped bars per indicator with their
 * intervals, and a table with both percentages, the difference, its interval and Fisher's p.
 * The comparison is computed on a worker thread.
 */
class CompareView : public QWidget
{
    Q_OBJECT

public:
    explicit CompareView(StudySession* session, QWidget* parent = nullptr);
    ~CompareView() override;

    /** Sets both selections by cohort name (empty regio = all regions) and recomputes. */
    void setSelections(const QString& cohortA, const QString& regioA,
                       const QString& cohortB, const QString& regioB);

    ComparisonTableModel* model() const { return model_; }
    /** True while a computation runs. */
    bool isComputing() const;

signals:
    /** A comparison finished and the chart and table show it. */
    void comparisonReady();

private:
    /** What a worker hands back: the comparison, or the core's message. */
    struct Outcome
    {
        std::vector<km::ProportionDifference> differences;
        QString labelA;
        QString labelB;
        QString error;
        std::vector<km::IndicatorSet> sets;   // A and B, for exports
    };

    void reload();
    void recompute();
    void showResult(Outcome outcome);
    void rebuildChart();

    StudySession* session_;
    WhenShown* whenShown_;   // runs recompute() when the view is shown
    SelectionPanel* pickerA_;
    SelectionPanel* pickerB_;
    QComboBox* group_;
    QLabel* status_;
    ChartPanel* chartPanel_;
    TablePanel* tablePanel_;
    ComparisonTableModel* model_;
    std::unique_ptr<ComparisonOutlet> outlet_;
    QTimer* debounce_;
    Outcome shown_;
    bool computing_ = false;   // from a request until its result is shown
    LatestRun<Outcome> run_{this, [this](Outcome outcome) { showResult(std::move(outcome)); }};
};
