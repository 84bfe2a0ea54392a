#pragma once

#include "ui/report/FigureOutlet.h"

#include <QWidget>

#include <memory>

class ChartBuilder;
class QChart;
class QAction;
class QChartView;
class QLabel;
class QStackedWidget;
class QToolButton;

/**
 * A chart on screen with its export actions (toolbar buttons and context menu): PNG at a
 * chosen size and DPI, SVG, PDF and copy to clipboard. The chart on screen shows the
 * researcher's own figures; what is exported is made by the panel's FigureOutlet from the
 * published ones, so the actions are disabled until an outlet is set.
 */
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartPanel(QWidget* parent = nullptr);
    ~ChartPanel() override;

    /** Shows the chart the builder makes; the panel keeps the builder for exports. */
    void setChart(std::unique_ptr<ChartBuilder> builder);
    /** Shows a message instead of a chart (no study, computing, no data). */
    void showMessage(const QString& text);

    /** The chart on screen, or nullptr while a message is shown. */
    QChart* chart() const;
    QChartView* chartView() const { return view_; }
    const ChartBuilder* builder() const { return builder_.get(); }

    /** Base for suggested file names, e.g. "recidive". */
    void setExportName(const QString& name) { exportName_ = name; }

    /** Where exports and copies go (not owned); without one nothing can leave. */
    void setOutlet(FigureOutlet* outlet);
    QToolButton* exportButton() const { return exportButton_; }
    QToolButton* copyButton() const { return copyButton_; }

    /** Writes `file` through the outlet; false and *error on failure. */
    bool exportTo(const ChartFile& file, FigureOutlet::SmallNumbers smallNumbers, QString* error) const;
    void copyToClipboard();

private:
    void exportInteractively();
    void updateActions();

    std::unique_ptr<ChartBuilder> builder_;
    QStackedWidget* stack_;
    QChartView* view_;
    QLabel* message_;
    QString exportName_;
    FigureOutlet* outlet_ = nullptr;
    QAction* exportAction_;
    QAction* copyAction_;
    QToolButton* exportButton_;
    QToolButton* copyButton_;
};
