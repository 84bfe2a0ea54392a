#include "ui/wizard/ImportWizard.h"

#include "ui/wizard/ImportErrorsPage.h"
#include "ui/wizard/ImportFilesPage.h"
#include "ui/wizard/ImportMappingPage.h"
#include "ui/wizard/ImportPlan.h"
#include "ui/wizard/ImportPreviewPage.h"
#include "ui/wizard/ImportRecodingPage.h"
#include "ui/wizard/ImportRunPage.h"

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
    // Closing while the import runs stops it first; the wizard closes when the worker is done.
    if (runPage_->isRunning()) {
        connect(runPage_, &ImportRunPage::finished, this, &QWizard::reject, Qt::SingleShotConnection);
        runPage_->cancel();
        return;
    }
    QWizard::reject();
}
