#pragma once

#include <QWidget>

#include <memory>

class ChartBuilder;
class QChart;
class QChartView;
class QLabel;
class QStackedWidget;

/**
 * A chart on screen with its export actions (toolbar buttons and context menu): PNG at a
 * chosen size and DPI, SVG, PDF and copy to clipboard. Exports re-build the chart from its
 * builder at the export size, so text stays the same size instead of being scaled.
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

    /** Export helpers (also used by the tests); return false and set *error on failure. */
    bool exportPng(const QString& path, QSize size, int dpi, QString* error) const;
    bool exportSvg(const QString& path, QSize size, QString* error) const;
    bool exportPdf(const QString& path, QSize size, QString* error) const;
    void copyToClipboard() const;

private:
    bool canExport(QString* error) const;
    void exportInteractively();

    std::unique_ptr<ChartBuilder> builder_;
    QStackedWidget* stack_;
    QChartView* view_;
    QLabel* message_;
    QString exportName_;
};
