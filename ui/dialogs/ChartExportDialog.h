#pragma once

#include "ui/charts/ChartFile.h"
#include "ui/report/FigureOutlet.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

/**
 * Asks where and how to export a chart: format (PNG, SVG, PDF), size in pixels and, for PNG,
 * the resolution, and whether small numbers stay protected (the default, not remembered).
 * Remembers the other choices in QSettings.
 */
class ChartExportDialog : public QDialog
{
    Q_OBJECT

public:
    ChartExportDialog(const QString& suggestedName, QWidget* parent = nullptr);

    ChartFile file() const;
    FigureOutlet::SmallNumbers smallNumbers() const;
    QString path() const;

    void accept() override;

private:
    void browse();
    void formatChanged();

    QComboBox* format_;
    QLineEdit* path_;
    QSpinBox* width_;
    QSpinBox* height_;
    QSpinBox* dpi_;
    QCheckBox* internal_;
};
