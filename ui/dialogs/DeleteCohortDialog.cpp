#include "ui/dialogs/DeleteCohortDialog.h"

#include "ui/StudySession.h"
#include "ui/dialogs/PlainMessage.h"

#include "core/db/CohortDeletion.h"
#include "core/db/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

constexpr int casesRole = Qt::UserRole + 1;

} // namespace

DeleteCohortDialog::DeleteCohortDialog(StudySession* session, QWidget* parent)
    : QDialog(parent), session_(session), cohorts_(new QComboBox(this)), delete_(new QPushButton(tr("Delete…"), this))
{
    setWindowTitle(tr("Delete cohort"));
    auto* intro = new QLabel(tr("The cases of the cohort, with their trajectories and events, are removed from the "
                                "study file for good. The deletion is recorded in the audit log."), this);
    intro->setWordWrap(true);
    for (const km::CohortInfo& cohort : session_->study()->cohorts()) {
        const QString name = QString::fromStdString(cohort.name);
        cohorts_->addItem(tr("%1 (%Ln case(s))", nullptr, static_cast<int>(cohort.cases)).arg(name), name);
        cohorts_->setItemData(cohorts_->count() - 1, static_cast<qlonglong>(cohort.cases), casesRole);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(delete_, QDialogButtonBox::DestructiveRole);
    delete_->setAutoDefault(false);
    connect(delete_, &QPushButton::clicked, this, &DeleteCohortDialog::confirmAndDelete);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(cohorts_);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void DeleteCohortDialog::ask(StudySession* session, QWidget* parent)
{
    if (!session->study()) {
        PlainMessage::information(parent, tr("Delete cohort"), tr("Open or create a study first."));
        return;
    }
    if (session->cohortNames().isEmpty()) {
        PlainMessage::information(parent, tr("Delete cohort"), tr("The study has no cohorts."));
        return;
    }
    DeleteCohortDialog dialog(session, parent);
    dialog.exec();
}

void DeleteCohortDialog::confirmAndDelete()
{
    const QString name = cohorts_->currentData().toString();
    const int cases = cohorts_->currentData(casesRole).toInt();
    if (name.isEmpty())
        return;
    const QString question = tr("Delete the cohort \"%1\" with its %Ln case(s)? This cannot be undone.", nullptr, cases)
                                 .arg(name);
    if (!PlainMessage::confirm(this, tr("Delete cohort"), question, tr("Delete")))
        return;
    km::CohortDeletion deletion;
    try {
        deletion = session_->study()->deleteCohort(name.toStdString());
    } catch (const km::DatabaseError& e) {
        PlainMessage::warning(this, tr("Delete cohort"),
                              tr("The cohort could not be deleted:\n%1").arg(QString::fromStdString(e.message)));
        return;
    }
    if (deletion.outcome == km::CohortDeletion::Outcome::ReadersOpen) {
        PlainMessage::warning(this, tr("Delete cohort"),
                              tr("Nothing was deleted: another program is reading the study, and while it reads, "
                                 "deleted data would stay in the file. Close that program and try again."));
        return;
    }
    session_->notifyDataChanged();
    if (deletion.outcome == km::CohortDeletion::Outcome::NotErased)
        PlainMessage::warning(this, tr("Delete cohort"),
                              tr("The cohort was deleted, but another program started reading the study meanwhile: "
                                 "the deleted data stay in the file until that program closes and the study is "
                                 "changed again."));
    accept();
}
