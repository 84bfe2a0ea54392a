#pragma once

#include <QWidget>

class QAbstractItemModel;
class QTableView;

/**
 * A read-only table with export: save as CSV (semicolon-separated, UTF-8 with BOM so Excel on
 * a Dutch machine opens it) and copy (the selection, or everything, as tab-separated text).
 * Both use the model's display texts and headers, so what is exported is what is seen.
 */
class TablePanel : public QWidget
{
    Q_OBJECT

public:
    explicit TablePanel(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model);
    QTableView* view() const { return view_; }
    /** Makes the table exactly as tall as its rows (for tables inside a scrolling page). */
    void fitHeightToRows();
    /** Base for the suggested CSV file name. */
    void setExportName(const QString& name) { exportName_ = name; }

    /** The whole model as CSV text (header line first). */
    QString toCsv() const;
    bool saveCsv(const QString& path, QString* error) const;
    void copyToClipboard() const;

private:
    void saveInteractively();

    QTableView* view_;
    QString exportName_;
};
