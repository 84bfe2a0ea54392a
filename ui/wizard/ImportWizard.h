#pragma once

#include <QWizard>

#include <memory>

class StudySession;
class ImportPlan;
class ImportFilesPage;
class ImportPreviewPage;
class ImportMappingPage;
class ImportRecodingPage;
class ImportRunPage;
class ImportErrorsPage;

/**
 * Imports the codebook's files into the open study: pick the files, see how they are read,
 * map unmatched columns, convert values that are not codes, validate and import on a worker
 * thread, and list every error.
 */
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilesPage, PreviewPage, MappingPage, RecodingPage, RunPage, ErrorsPage };

    explicit ImportWizard(StudySession* session, QWidget* parent = nullptr);
    ~ImportWizard() override;

    ImportPlan& plan() const { return *plan_; }
    StudySession* session() const { return session_; }

    ImportFilesPage* filesPage() const { return filesPage_; }
    ImportRunPage* runPage() const { return runPage_; }
    ImportErrorsPage* errorsPage() const { return errorsPage_; }
    ImportMappingPage* mappingPage() const { return mappingPage_; }
    ImportRecodingPage* recodingPage() const { return recodingPage_; }

public slots:
    void reject() override;

private:
    StudySession* session_;
    std::unique_ptr<ImportPlan> plan_;
    ImportFilesPage* filesPage_;
    ImportPreviewPage* previewPage_;
    ImportMappingPage* mappingPage_;
    ImportRecodingPage* recodingPage_;
    ImportRunPage* runPage_;
    ImportErrorsPage* errorsPage_;
};
