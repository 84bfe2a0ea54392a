#pragma once

#include "core/db/Study.h"

#include <QDialog>

#include <vector>

class AuditLogModel;
class QTableView;

/**
 * File > Audit log…: the study's audit trail, read-only, newest at the bottom, so a user can
 * show a data protection officer what was imported, deleted and exported, when and by whom.
 */
class AuditLogDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AuditLogDialog(std::vector<km::AuditEntry> entries, QWidget* parent = nullptr);

    /** Reads the log of `study` and shows the dialog (modal); reports a study that cannot be read. */
    static void showFor(const km::Study* study, QWidget* parent);

    AuditLogModel* model() const { return model_; }
    QTableView* table() const { return table_; }

private:
    AuditLogModel* model_;
    QTableView* table_;
};
