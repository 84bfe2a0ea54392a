#pragma once

#include "ui/report/FigureOutlet.h"

#include <QWidget>

class QAbstractItemModel;
class QTableView;
class QToolButton;

/**
 * A read-only table with export: save as CSV and copy. A table of figures has a FigureOutlet
 * (the dashboard's cards): then both go through it, with the small-number policy applied and
 * the export recorded. A table of something else (the import's errors) saves its display texts
 * in the spreadsheet CSV dialect of the settings and copies the selection, or everything, as
 * tab-separated text.
 */
class TablePanel : public QWidget
{
    Q_OBJECT

public:
    explicit TablePanel(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model);
    QTableView* view() const { return view_; }
    QToolButton* saveButton() const { return saveButton_; }
    QToolButton* copyButton() const { return copyButton_; }
    /** Makes the table exactly as tall as its rows (for tables inside a scrolling page). */
    void fitHeightToRows();
    /** Base for the suggested CSV file name. */
    void setExportName(const QString& name) { exportName_ = name; }

    /** Where a table of figures is saved and copied (not owned). */
    void setOutlet(FigureOutlet* outlet) { outlet_ = outlet; }

    /** The whole model's display texts as CSV (header line first; saveCsv() adds the byte order mark), for a table without an outlet. */
    QString toCsv() const;
    bool saveCsv(const QString& path, QString* error) const;
    void copyToClipboard();

private:
    void saveInteractively();

    QTableView* view_;
    QToolButton* saveButton_;
    QToolButton* copyButton_;
    QString exportName_;
    FigureOutlet* outlet_ = nullptr;
};
