#include "ui/wizard/ImportErrorsPage.h"

#include "ui/models/ImportErrorModel.h"
#include "ui/widgets/TablePanel.h"
#include "ui/wizard/ImportRunPage.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

ImportErrorsPage::ImportErrorsPage(ImportRunPage* runPage, QWidget* parent)
    : QWizardPage(parent), runPage_(runPage), summary_(new QLabel(this)), model_(new ImportErrorModel(this)),
      sorted_(new QSortFilterProxyModel(this)), table_(new TablePanel(this))
{
    setTitle(tr("Errors and warnings"));
    setSubTitle(tr("Every problem found, with the file, line and column where it is."));
    summary_->setWordWrap(true);
    sorted_->setSourceModel(model_);
    sorted_->setSortRole(ImportErrorModel::SortRole);
    table_->setModel(sorted_);
    table_->setExportName(QStringLiteral("importfouten"));
    table_->view()->setSortingEnabled(true);
    table_->view()->sortByColumn(-1, Qt::AscendingOrder);   // file order until the user sorts
    table_->view()->horizontalHeader()->setStretchLastSection(false);
    table_->view()->horizontalHeader()->setSectionResizeMode(ImportErrorModel::Message, QHeaderView::Stretch);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary_);
    layout->addWidget(table_, 1);
    setFinalPage(true);
}

void ImportErrorsPage::initializePage()
{
    const auto& result = runPage_->result();
    if (!result) {
        model_->setProblems({}, {});
        return;
    }
    model_->setProblems(result->errors, result->warnings);
    const int errors = static_cast<int>(result->errors.size());
    const int warnings = static_cast<int>(result->warnings.size());
    if (errors > 0)
        summary_->setText(tr("%n error(s) stopped the import; nothing was imported. ", nullptr, errors)
                          + tr("Correct them in the files and import again. Click a column header to sort; "
                               "copy or save the list as CSV with the buttons."));
    else
        summary_->setText(tr("The import is complete, with %n warning(s) (values kept, or left out of figures).",
                             nullptr, warnings));
    table_->view()->resizeColumnsToContents();
    table_->view()->horizontalHeader()->setSectionResizeMode(ImportErrorModel::Message, QHeaderView::Stretch);
}
