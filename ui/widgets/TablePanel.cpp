#include "ui/widgets/TablePanel.h"

#include "ui/OutputSaver.h"
#include "ui/report/CsvConventionSetting.h"

#include "core/csv/CsvWriter.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QScrollBar>
#include <QSettings>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <set>

namespace {

QString cellText(const QAbstractItemModel& model, int row, int column)
{
    return model.data(model.index(row, column), Qt::DisplayRole).toString();
}

QStringList headerTexts(const QAbstractItemModel& model, const std::set<int>& columns)
{
    QStringList header;
    for (int column : columns)
        header << model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    return header;
}

} // namespace

TablePanel::TablePanel(QWidget* parent)
    : QWidget(parent), view_(new QTableView(this)), exportName_(QStringLiteral("tabel"))
{
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setAlternatingRowColors(true);
    view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view_->setWordWrap(false);
    view_->verticalHeader()->hide();
    view_->verticalHeader()->setDefaultSectionSize(view_->fontMetrics().height() + 8);
    view_->horizontalHeader()->setHighlightSections(false);
    view_->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto* copyAction = new QAction(tr("Copy table"), this);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto* saveAction = new QAction(tr("Save as CSV…"), this);
    saveAction->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    connect(copyAction, &QAction::triggered, this, &TablePanel::copyToClipboard);
    connect(saveAction, &QAction::triggered, this, &TablePanel::saveInteractively);
    view_->addAction(copyAction);
    view_->addAction(saveAction);

    copyButton_ = new QToolButton(this);
    copyButton_->setDefaultAction(copyAction);
    copyButton_->setAutoRaise(true);
    saveButton_ = new QToolButton(this);
    saveButton_->setDefaultAction(saveAction);
    saveButton_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    saveButton_->setAutoRaise(true);

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addStretch();
    buttons->addWidget(copyButton_);
    buttons->addWidget(saveButton_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(buttons);
    layout->addWidget(view_, 1);
}

void TablePanel::setModel(QAbstractItemModel* model)
{
    view_->setModel(model);
}

void TablePanel::fitHeightToRows()
{
    const int rows = view_->model() ? view_->model()->rowCount() : 0;
    const int height = view_->horizontalHeader()->height() + rows * view_->verticalHeader()->defaultSectionSize()
        + 2 * view_->frameWidth() + (view_->horizontalScrollBar()->isVisible() ? view_->horizontalScrollBar()->height() : 0);
    view_->setFixedHeight(height);
    setSizePolicy(sizePolicy().horizontalPolicy(), QSizePolicy::Fixed);
    view_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

QString TablePanel::toCsv() const
{
    const QAbstractItemModel* model = view_->model();
    if (!model)
        return {};
    std::set<int> columns;
    for (int column = 0; column < model->columnCount(); ++column)
        columns.insert(column);
    km::CsvDialect dialect = km::CsvDialect::spreadsheet(CsvConventionSetting::stored());
    dialect.byteOrderMark = false;   // saveCsv() writes it; a QString would drop it
    km::CsvWriter csv(dialect);
    for (const QString& text : headerTexts(*model, columns))
        csv.text(text.toStdString());
    csv.endRow();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column : columns)
            csv.text(cellText(*model, row, column).toStdString());
        csv.endRow();
    }
    return QString::fromStdString(csv.str());
}

bool TablePanel::saveCsv(const QString& path, QString* error) const
{
    if (outlet_)
        return outlet_->saveTable(path, FigureOutlet::SmallNumbers::Protected, error);
    return OutputSaver::save(path, QByteArray("\xEF\xBB\xBF") + toCsv().toUtf8(), error);
}

// Copies the selected rows, or the whole table when nothing is selected, as tab-separated
// text with a header line: pastes into a spreadsheet as cells.
void TablePanel::copyToClipboard()
{
    if (outlet_) {
        QString error;
        if (!outlet_->copyTable(&error))
            QMessageBox::warning(this, tr("Copy table"), error);
        return;
    }
    const QAbstractItemModel* model = view_->model();
    if (!model)
        return;
    std::set<int> rows;
    if (view_->selectionModel())
        for (const QModelIndex& index : view_->selectionModel()->selectedIndexes())
            rows.insert(index.row());
    if (rows.empty())
        for (int row = 0; row < model->rowCount(); ++row)
            rows.insert(row);
    std::set<int> columns;
    for (int column = 0; column < model->columnCount(); ++column)
        if (!view_->isColumnHidden(column))
            columns.insert(column);
    QStringList lines{headerTexts(*model, columns).join(QLatin1Char('\t'))};
    for (int row : rows) {
        QStringList fields;
        for (int column : columns)
            fields << cellText(*model, row, column);
        lines << fields.join(QLatin1Char('\t'));
    }
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

void TablePanel::saveInteractively()
{
    QSettings settings;
    const QString folder = settings.value("export/folder", QDir::homePath()).toString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save table as CSV"),
        QDir(folder).filePath(exportName_ + QStringLiteral(".csv")), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    settings.setValue("export/folder", QFileInfo(path).absolutePath());
    QString error;
    if (!saveCsv(path, &error))
        QMessageBox::warning(this, tr("Save table as CSV"), error);
}
