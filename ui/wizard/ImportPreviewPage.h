#pragma once

#include <QWizardPage>

class ImportPlan;
class QTabWidget;

namespace km {
struct FilePreview;
}

/**
 * Shows each chosen file as the importer will read it: delimiter, encoding, notes, the first
 * rows, and which header matched which codebook field (with mappings remembered from earlier
 * imports applied), so a wrong file or a wrong column is seen before anything is imported.
 * Columns and values the import would refuse as identifiers are marked and not shown; values
 * the import would refuse are marked at the file line its error list will name.
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
    QWidget* previewWidget(const km::FilePreview& preview);

    ImportPlan& plan_;
    QTabWidget* tabs_;
    bool needsMapping_ = false;
};
