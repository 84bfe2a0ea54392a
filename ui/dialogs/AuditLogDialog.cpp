#include "ui/dialogs/AuditLogDialog.h"

#include "ui/dialogs/PlainMessage.h"
#include "ui/models/AuditLogModel.h"
#include "ui/widgets/TablePanel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

AuditLogDialog::AuditLogDialog(std::vector<km::AuditEntry> entries, QWidget* parent)
    : QDialog(parent), model_(new AuditLogModel(entries, this)), actionFilter_(new QSortFilterProxyModel(this)),
      textFilter_(new QSortFilterProxyModel(this)), filter_(new QLineEdit(this)), action_(new QComboBox(this)),
      table_(new TablePanel(this))
{
    setWindowTitle(tr("Audit log"));
    auto* intro = new QLabel(tr("Everything done with the data of this study: imports, deleted cohorts, reports, "
                                "exports and upgrades of the study file. The log is kept in the study file and "
                                "cannot be changed here."));
    intro->setWordWrap(true);

    // The action filter matches the words shown, so it works in either language.
    action_->addItem(tr("All actions"), QString());
    std::set<std::string> actions;
    for (const km::AuditEntry& e : entries)
        if (actions.insert(e.action).second)
            action_->addItem(AuditLogModel::actionText(e.action), AuditLogModel::actionText(e.action));
    actionFilter_->setSourceModel(model_);
    actionFilter_->setFilterKeyColumn(AuditLogModel::Action);
    textFilter_->setSourceModel(actionFilter_);
    textFilter_->setFilterKeyColumn(-1);
    textFilter_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    filter_->setPlaceholderText(tr("Filter on any column…"));
    filter_->setClearButtonEnabled(true);
    connect(filter_, &QLineEdit::textChanged, textFilter_, &QSortFilterProxyModel::setFilterFixedString);
    connect(action_, &QComboBox::currentIndexChanged, this, [this] {
        const QString action = action_->currentData().toString();
        actionFilter_->setFilterRegularExpression(
            action.isEmpty() ? QRegularExpression()
                             : QRegularExpression(QRegularExpression::anchoredPattern(QRegularExpression::escape(action))));
    });

    table_->setModel(textFilter_);
    table_->setExportName(QStringLiteral("logboek"));
    QTableView* view = table_->view();
    view->setWordWrap(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->resizeColumnsToContents();
    // Exports list many files: the cell shows the start, the tooltip all of them.
    view->setColumnWidth(AuditLogModel::Files, std::min(view->columnWidth(AuditLogModel::Files), 320));
    view->scrollToBottom();

    auto* filters = new QHBoxLayout;
    filters->addWidget(filter_, 1);
    filters->addWidget(action_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(filters);
    layout->addWidget(table_, 1);
    layout->addWidget(buttons);
    resize(1000, 440);
}

QTableView* AuditLogDialog::table() const
{
    return table_->view();
}

void AuditLogDialog::showFor(const km::Study* study, QWidget* parent)
{
    if (!study) {
        PlainMessage::information(parent, tr("Audit log"), tr("Open or create a study first."));
        return;
    }
    std::vector<km::AuditEntry> entries;
    try {
        entries = study->auditLog();
    } catch (const km::DatabaseError& e) {
        PlainMessage::warning(parent, tr("Audit log"),
                              tr("The log could not be read:\n%1").arg(QString::fromStdString(e.message)));
        return;
    }
    AuditLogDialog dialog(std::move(entries), parent);
    dialog.exec();
}
