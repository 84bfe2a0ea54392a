#pragma once

#include "core/db/Study.h"

#include <QDialog>

#include <vector>

class AuditLogModel;
class QComboBox;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class TablePanel;

/**
 * File > Audit log…: the study's audit trail, read-only, newest at the bottom, so a user can
 * show a data protection officer what was imported, deleted and exported, when and by whom.
 * A text filter and a filter on the action narrow the rows; the table's own "Save as CSV"
 * saves the rows shown.
 */
class AuditLogDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AuditLogDialog(std::vector<km::AuditEntry> entries, QWidget* parent = nullptr);

    /** Reads the log of `study` and shows the dialog (modal); reports a study that cannot be read. */
    static void showFor(const km::Study* study, QWidget* parent);

    AuditLogModel* model() const { return model_; }
    QTableView* table() const;
    TablePanel* tablePanel() const { return table_; }
    QLineEdit* filterField() const { return filter_; }
    QComboBox* actionFilter() const { return action_; }

private:
    AuditLogModel* model_;
    QSortFilterProxyModel* actionFilter_;
    QSortFilterProxyModel* textFilter_;
    QLineEdit* filter_;
    QComboBox* action_;
    TablePanel* table_;
};
