#pragma once

#include "core/codebook/Codebook.h"

#include <QWizardPage>

#include <map>
#include <optional>
#include <vector>

class ImportPlan;
class QLineEdit;

/**
 * The wizard's first page: which file holds casussen, trajecten and gebeurtenissen. Files are
 * chosen with a dialog or dropped on the page; a dropped workbook serves every table it has a
 * sheet for, another file goes to the table its name suggests (e.g. "trajecten_2023.csv"), or
 * to the row it was dropped on.
 */
class ImportFilesPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportFilesPage(ImportPlan& plan, QWidget* parent = nullptr);

    void setPath(km::TableKind table, const QString& path);
    QString path(km::TableKind table) const;

    /** The table a file name suggests, if any. */
    static std::optional<km::TableKind> tableForFileName(const QString& fileName);
    /** The tables a .xlsx/.ods workbook has a sheet for (none for other files). */
    static std::vector<km::TableKind> tablesInWorkbook(const QString& file);

    bool isComplete() const override;
    bool validatePage() override;

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void browse(km::TableKind table);

    ImportPlan& plan_;
    std::map<km::TableKind, QLineEdit*> edits_;
};
