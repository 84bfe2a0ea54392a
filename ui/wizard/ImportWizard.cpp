#include "ui/wizard/ImportWizard.h"

#include "ui/wizard/ImportErrorsPage.h"
#include "ui/wizard/ImportFilesPage.h"
#include "ui/wizard/ImportMappingPage.h"
#include "ui/wizard/ImportPlan.h"
#include "ui/wizard/ImportPreviewPage.h"
#include "ui/wizard/ImportRecodingPage.h"
#include "ui/wizard/ImportRunPage.h"

#include <QMessageBox>

ImportWizard::ImportWizard(StudySession* session, QWidget* parent)
    : QWizard(parent), session_(session), plan_(std::make_unique<ImportPlan>()), filesPage_(new ImportFilesPage(*plan_, this)),
      previewPage_(new ImportPreviewPage(*plan_, this)), mappingPage_(new ImportMappingPage(*plan_, this)),
      recodingPage_(new ImportRecodingPage(*plan_, this)), runPage_(new ImportRunPage(session, *plan_, this)),
      errorsPage_(new ImportErrorsPage(runPage_, this))
{
    setWindowTitle(tr("Import data"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);
    setPage(FilesPage, filesPage_);
    setPage(PreviewPage, previewPage_);
    setPage(MappingPage, mappingPage_);
    setPage(RecodingPage, recodingPage_);
    setPage(RunPage, runPage_);
    setPage(ErrorsPage, errorsPage_);
    setStartId(FilesPage);
    resize(900, 640);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::reject()
{
    // Escape, Cancel or closing while the import runs would throw the work away: ask first.
    // Stopping it rolls it back; the wizard closes when the worker is done.
    if (runPage_->isRunning()) {
        if (!runPage_->canStop()) {
            QMessageBox::information(this, tr("Import data"),
                                     tr("The import is being saved into the study, which cannot be stopped. "
                                        "Close the wizard when it is done."));
            return;
        }
        const auto answer = QMessageBox::question(this, tr("Stop the import?"),
            tr("The import is still running. Stop it? Nothing will be imported; the study stays as it was."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
        if (runPage_->isRunning()) {
            connect(runPage_, &ImportRunPage::finished, this, &QWizard::reject, Qt::SingleShotConnection);
            runPage_->cancel();
            return;
        }
    }
    QWizard::reject();
}
