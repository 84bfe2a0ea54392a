#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

/**
 * Asks where and how to export a chart: format (PNG, SVG, PDF), size in pixels and, for PNG,
 * the resolution. Remembers the last choices in QSettings.
 */
class ChartExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Format { Png, Svg, Pdf };

    ChartExportDialog(const QString& suggestedName, QWidget* parent = nullptr);

    Format format() const;
    QString path() const;
    QSize size() const;
    int dpi() const;

    void accept() override;

private:
    void browse();
    void formatChanged();

    QComboBox* format_;
    QLineEdit* path_;
    QSpinBox* width_;
    QSpinBox* height_;
    QSpinBox* dpi_;
};
