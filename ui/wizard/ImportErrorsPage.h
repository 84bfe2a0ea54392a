#pragma once

#include <QWizardPage>

class ImportErrorModel;
class ImportRunPage;
class TablePanel;
class QLabel;
class QSortFilterProxyModel;

/**
 * Lists every error and warning of the last import in a sortable table (file, line, column,
 * value, message) that can be copied or saved as CSV, so the files can be corrected.
 */
class ImportErrorsPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportErrorsPage(ImportRunPage* runPage, QWidget* parent = nullptr);

    void initializePage() override;
    ImportErrorModel* model() const { return model_; }
    TablePanel* tablePanel() const { return table_; }

private:
    ImportRunPage* runPage_;
    QLabel* summary_;
    ImportErrorModel* model_;
    QSortFilterProxyModel* sorted_;
    TablePanel* table_;
};
