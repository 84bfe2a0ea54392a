#include "ui/dialogs/AuditLogDialog.h"

#include "ui/models/AuditLogModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

AuditLogDialog::AuditLogDialog(std::vector<km::AuditEntry> entries, QWidget* parent)
    : QDialog(parent), model_(new AuditLogModel(std::move(entries), this)), table_(new QTableView(this))
{
    setWindowTitle(tr("Audit log"));
    auto* intro = new QLabel(tr("Everything done with the data of this study: imports, deleted cohorts, reports, "
                                "exports and upgrades of the study file. The log is kept in the study file and "
                                "cannot be changed here."));
    intro->setWordWrap(true);
    table_->setModel(model_);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setWordWrap(false);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->resizeColumnsToContents();
    // Exports list many files: the cell shows the start, the tooltip all of them.
    table_->setColumnWidth(AuditLogModel::Files, std::min(table_->columnWidth(AuditLogModel::Files), 320));
    table_->scrollToBottom();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(table_);
    layout->addWidget(buttons);
    resize(1100, 420);
}

void AuditLogDialog::showFor(const km::Study* study, QWidget* parent)
{
    if (!study) {
        QMessageBox::information(parent, tr("Audit log"), tr("Open or create a study first."));
        return;
    }
    std::vector<km::AuditEntry> entries;
    try {
        entries = study->auditLog();
    } catch (const km::DatabaseError& e) {
        QMessageBox::warning(parent, tr("Audit log"),
                             tr("The log could not be read:\n%1").arg(QString::fromStdString(e.message)));
        return;
    }
    AuditLogDialog dialog(std::move(entries), parent);
    dialog.exec();
}
