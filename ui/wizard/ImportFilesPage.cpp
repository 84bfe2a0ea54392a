#include "ui/wizard/ImportFilesPage.h"

#include "ui/wizard/ImportFolders.h"
#include "ui/wizard/ImportPlan.h"
#include "ui/wizard/PageIntro.h"

#include "core/import/FileFormatDetector.h"
#include "core/import/SourceFinder.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>

namespace {

QString tableTitle(km::TableKind table)
{
    switch (table) {
    case km::TableKind::Casussen: return ImportFilesPage::tr("Cases (casussen, required for new cases)");
    case km::TableKind::Trajecten: return ImportFilesPage::tr("Trajectories (trajecten)");
    case km::TableKind::Gebeurtenissen: return ImportFilesPage::tr("Events (gebeurtenissen)");
    }
    return {};
}

} // namespace

ImportFilesPage::ImportFilesPage(ImportPlan& plan, QWidget* parent)
    : QWizardPage(parent), plan_(plan)
{
    setTitle(tr("Choose the files"));
    setSubTitle(tr("One file per table of the codebook."));
    setAcceptDrops(true);

    auto* grid = new QGridLayout(this);
    grid->addWidget(new PageIntro(tr("CSV, an Excel or LibreOffice workbook (one sheet per table, named after it) or an "
                                     "SPSS file. Drag files onto this page or choose them. Only the tables you choose "
                                     "are imported."), this), 0, 0, 1, 3);
    int row = 1;
    for (km::TableKind table : km::Codebook::tables()) {
        auto* edit = new QLineEdit(this);
        edit->setPlaceholderText(tr("no file"));
        edit->setClearButtonEnabled(true);
        edit->setObjectName(QString::fromStdString(km::Codebook::table(table).name));
        auto* button = new QPushButton(tr("Choose…"), this);
        grid->addWidget(new QLabel(tableTitle(table), this), row, 0);
        grid->addWidget(edit, row, 1);
        grid->addWidget(button, row, 2);
        connect(button, &QPushButton::clicked, this, [this, table] { browse(table); });
        connect(edit, &QLineEdit::textChanged, this, [this, table](const QString& text) {
            plan_.setPath(table, text);
            emit completeChanged();
        });
        edits_[table] = edit;
        ++row;
    }
    auto* dropZone = new QLabel(tr("Drop files here.\nA workbook dropped here is used for every table it has a sheet for."), this);
    dropZone->setAlignment(Qt::AlignCenter);
    dropZone->setMinimumHeight(140);
    dropZone->setStyleSheet(QStringLiteral("color: #666; border: 2px dashed #BBB; border-radius: 8px;"));
    grid->addWidget(dropZone, row, 0, 1, 3);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(row + 1, 1);
}

void ImportFilesPage::setPath(km::TableKind table, const QString& path)
{
    edits_.at(table)->setText(QDir::toNativeSeparators(path));
}

QString ImportFilesPage::path(km::TableKind table) const
{
    return edits_.at(table)->text().trimmed();
}

std::optional<km::TableKind> ImportFilesPage::tableForFileName(const QString& fileName)
{
    const QString name = QFileInfo(fileName).completeBaseName().toLower();
    if (name.contains(QLatin1String("casus")) || name.contains(QLatin1String("case")))
        return km::TableKind::Casussen;
    if (name.contains(QLatin1String("traject")))
        return km::TableKind::Trajecten;
    if (name.contains(QLatin1String("gebeurtenis")) || name.contains(QLatin1String("event")))
        return km::TableKind::Gebeurtenissen;
    return std::nullopt;
}

bool ImportFilesPage::isComplete() const
{
    return !plan_.tables().empty();
}

bool ImportFilesPage::validatePage()
{
    for (km::TableKind table : plan_.tables()) {
        const QFileInfo info(plan_.path(table));
        if (!info.isFile() || !info.isReadable()) {
            QMessageBox::warning(this, tr("Import"), tr("The file %1 does not exist or cannot be read.").arg(info.filePath()));
            return false;
        }
    }
    // Typed, dropped or chosen: the next import starts in the same folder.
    ImportFolders::remember(ImportFolders::Kind::DataFiles, plan_.path(plan_.tables().front()));
    return true;
}

void ImportFilesPage::browse(km::TableKind table)
{
    const QString start = path(table).isEmpty() ? ImportFolders::last(ImportFolders::Kind::DataFiles) : QFileInfo(path(table)).path();
    const QString file = QFileDialog::getOpenFileName(this, tableTitle(table), start,
                                                      tr("Data files (*.csv *.txt *.xlsx *.ods *.sav *.zsav);;All files (*)"));
    if (file.isEmpty())
        return;
    ImportFolders::remember(ImportFolders::Kind::DataFiles, file);
    setPath(table, file);
}

void ImportFilesPage::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void ImportFilesPage::dropEvent(QDropEvent* event)
{
    // A workbook serves every table it has a sheet for; another file goes to the table its
    // name suggests, else to the row it was dropped on, else to the first empty row.
    std::optional<km::TableKind> underCursor;
    for (const auto& [table, edit] : edits_)
        if (edit->geometry().adjusted(0, -8, 0, 8).contains(event->position().toPoint()))
            underCursor = table;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (!url.isLocalFile())
            continue;
        const QString file = url.toLocalFile();
        const std::vector<km::TableKind> sheets = tablesInWorkbook(file);
        for (km::TableKind table : sheets)
            setPath(table, file);
        if (!sheets.empty())
            continue;
        std::optional<km::TableKind> table = tableForFileName(file);
        if (!table)
            table = underCursor;
        for (km::TableKind candidate : km::Codebook::tables())
            if (!table && path(candidate).isEmpty())
                table = candidate;
        if (table)
            setPath(*table, file);
    }
    event->acceptProposedAction();
}

std::vector<km::TableKind> ImportFilesPage::tablesInWorkbook(const QString& file)
{
    std::vector<km::TableKind> tables;
    const std::string path = file.toStdString();
    const km::FileFormat format = km::FileFormatDetector::detect(path);
    if (format != km::FileFormat::Xlsx && format != km::FileFormat::Ods)
        return tables;
    for (const km::ImportSource& source : km::SourceFinder::forFiles({path}).sources)
        tables.push_back(source.table);
    return tables;
}
