#pragma once

#include "core/disclosure/SmallCellPolicy.h"
#include "core/indicators/IndicatorSet.h"

#include <QWidget>

#include <memory>

class ChartPanel;
class DistributionTableModel;
class GroupFigureOutlet;
class IndicatorTableModel;
class QLabel;
class StudySession;
class TablePanel;

/**
 * One indicator group of the dashboard (e.g. recidive) as white cards: its percentages as a
 * bar chart with intervals above their table, its distributions (if any) as box charts above
 * theirs, and a note on what is counted out of what. Cards without figures are hidden. Figures
 * that exports would suppress are marked in tables and charts, with a legend line; exports and
 * copies of a card carry the published figures instead.
 */
class IndicatorGroupPage : public QWidget
{
    Q_OBJECT

public:
    /** Exports and copies of its cards go through `session`'s study (GroupFigureOutlet). */
    IndicatorGroupPage(std::string group, StudySession* session, QWidget* parent = nullptr);
    ~IndicatorGroupPage() override;

    const std::string& group() const { return group_; }
    /**
     * Shows a new result; `summary` describes the selection for the chart titles, `marks` is the
     * policy whose suppressed figures are marked.
     */
    void setIndicators(std::shared_ptr<const km::IndicatorSet> indicators, const QString& summary,
                       const km::SmallCellPolicy& marks = km::SmallCellPolicy::none());
    /** A message (no data, an error) in place of the charts and tables. */
    void showMessage(const QString& text);
    QLabel* message() const { return message_; }

    IndicatorTableModel* proportionModel() const { return proportionModel_; }
    DistributionTableModel* distributionModel() const { return distributionModel_; }
    ChartPanel* proportionChart() const { return proportionChart_; }
    ChartPanel* distributionChart() const { return distributionChart_; }
    TablePanel* proportionTable() const { return proportionTable_; }
    TablePanel* distributionTable() const { return distributionTable_; }
    /** The legend line of the small-cell marks (hidden when nothing is marked). */
    QLabel* smallCellLegend() const { return smallCellLegend_; }

private:
    QString chartTitle(const QString& summary, qint64 cases) const;
    void showProportions(const QString& title, const QString& seriesName);
    void showDistributions(const QString& title, const QString& seriesName);

    std::string group_;
    std::unique_ptr<GroupFigureOutlet> proportionOutlet_;
    std::unique_ptr<GroupFigureOutlet> distributionOutlet_;
    IndicatorTableModel* proportionModel_;
    DistributionTableModel* distributionModel_;
    ChartPanel* proportionChart_;
    ChartPanel* distributionChart_;
    TablePanel* proportionTable_;
    TablePanel* distributionTable_;
    QWidget* proportionSection_;
    QWidget* distributionSection_;
    QLabel* smallCellLegend_;
    QLabel* note_;
    QLabel* message_;
};
