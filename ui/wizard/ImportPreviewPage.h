#pragma once

#include <QWizardPage>

class ImportPlan;
struct FilePreview;
class QTabWidget;

/**
 * Shows each chosen file as the importer will read it: delimiter, encoding, notes, the first
 * rows, and which header matched which codebook field (with mappings remembered from earlier
 * imports applied), so a wrong file or a wrong column is seen before anything is imported.
 */
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    static constexpr std::size_t previewRows = 20;

    ImportPreviewPage(ImportPlan& plan, QWidget* parent = nullptr);

    void initializePage() override;
    int nextId() const override;

private:
    QWidget* previewWidget(const FilePreview& preview);

    ImportPlan& plan_;
    QTabWidget* tabs_;
    bool needsMapping_ = false;
};
