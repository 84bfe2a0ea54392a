#include "ui/wizard/ImportRecodingPage.h"

#include "ui/wizard/ColumnMappingStore.h"
#include "ui/wizard/ImportFolders.h"
#include "ui/wizard/PageIntro.h"
#include "ui/wizard/ValueRecodingStore.h"

#include "core/util/ValueParser.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column { TableColumn, FieldColumn, ValueColumn, RowsColumn, CodeColumn, ColumnCount };

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

std::string key(const std::string& value)
{
    return km::ValueParser::lower(km::ValueParser::trim(value));
}

// The code recoded for a value, matched as the importer matches it (case-insensitive, trimmed).
std::optional<std::string> codeFor(const ImportPlan::Recoding& recoding, const std::string& field, const std::string& value)
{
    const auto values = recoding.find(field);
    if (values == recoding.end())
        return std::nullopt;
    for (const auto& [from, to] : values->second)
        if (key(from) == key(value))
            return to;
    return std::nullopt;
}

// The combo's first item leaves the value as it is; the others carry a code ("" = unknown).
std::optional<std::string> chosenCode(const QComboBox* box)
{
    if (!box->currentData().isValid())
        return std::nullopt;
    return box->currentData().toString().toStdString();
}

} // namespace

ImportRecodingPage::ImportRecodingPage(ImportPlan& plan, QWidget* parent)
    : QWizardPage(parent), plan_(plan), status_(new QLabel(this)), busy_(new QProgressBar(this)), table_(new QTableWidget(this)),
      notes_(new QLabel(this)), saveButton_(new QPushButton(tr("Save mapping…"), this)),
      loadButton_(new QPushButton(tr("Load mapping…"), this))
{
    setTitle(tr("Convert values"));
    setSubTitle(tr("Values in the files that are not codes of the codebook."));
    status_->setWordWrap(true);
    busy_->setRange(0, 0);
    table_->setColumnCount(ColumnCount);
    table_->setHorizontalHeaderLabels({tr("Table"), tr("Field"), tr("Value in the file"), tr("Rows"), tr("Becomes")});
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionMode(QAbstractItemView::NoSelection);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    notes_->setWordWrap(true);
    saveButton_->setToolTip(tr("Saves the column mapping and the value conversions as a CSV file that "
                               "ketenmonitor-cli import --mapping also reads."));
    loadButton_->setToolTip(tr("Takes the column mapping and value conversions from a saved mapping file."));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(loadButton_);
    buttons->addWidget(saveButton_);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new PageIntro(tr("Choose the code each one stands for; your choices are remembered for the next "
                                       "file from the same registration system. Values the import already understands "
                                       "(such as j/n or 1/0 for yes/no) are not listed."), this));
    layout->addWidget(status_);
    layout->addWidget(busy_);
    layout->addWidget(table_, 1);
    layout->addWidget(notes_);
    layout->addLayout(buttons);
    connect(saveButton_, &QPushButton::clicked, this, &ImportRecodingPage::chooseFileToSave);
    connect(loadButton_, &QPushButton::clicked, this, &ImportRecodingPage::chooseFileToLoad);
    connect(&watcher_, &QFutureWatcherBase::finished, this, [this] {
        // Set here rather than read off the watcher, which stops running before this slot has shown the values.
        scanning_ = false;
        const ValueScanResult result = watcher_.result();
        if (!result.cancelled)
            showScan(result);
    });
}

ImportRecodingPage::~ImportRecodingPage()
{
    cleanupPage();
    watcher_.waitForFinished();
}

void ImportRecodingPage::initializePage()
{
    loaded_.clear();
    startScan();
}

void ImportRecodingPage::cleanupPage()
{
    if (cancelled_)
        cancelled_->store(true);
}

bool ImportRecodingPage::isScanning() const
{
    return scanning_;
}

bool ImportRecodingPage::isComplete() const
{
    return !isScanning();
}

void ImportRecodingPage::startScan()
{
    cleanupPage();
    scanning_ = true;
    scan_ = {};
    rows_.clear();
    table_->setRowCount(0);
    notes_->clear();
    busy_->show();
    saveButton_->setEnabled(false);
    loadButton_->setEnabled(false);
    status_->setText(tr("Reading the files for values that are not codes of the codebook…"));
    cancelled_ = std::make_shared<std::atomic<bool>>(false);
    const std::vector<km::ImportSource> sources = plan_.sources();
    watcher_.setFuture(pool_.run([sources, cancelled = cancelled_] { return ValueScan::scan(sources, *cancelled); }));
    emit completeChanged();
}

void ImportRecodingPage::showScan(const ValueScanResult& scan)
{
    scan_ = scan;
    QStringList capped;
    for (const FieldValues& field : scan_.fields) {
        for (const UnknownValue& value : field.values)
            addRow(field, value);
        if (field.unlistedRows > 0)
            capped << tr("%1, %2: only the first %3 different values are listed; %n more row(s) hold other values, "
                         "which the import checks as they are.", nullptr, static_cast<int>(field.unlistedRows))
                          .arg(qs(km::Codebook::table(field.table).name), qs(field.field)).arg(ValueScan::maxListed);
    }
    table_->resizeColumnsToContents();
    notes_->setText(capped.join(QLatin1Char('\n')));
    busy_->hide();
    saveButton_->setEnabled(true);
    loadButton_->setEnabled(true);
    status_->setText(rows_.empty()
        ? tr("Every value in the enumeration and yes/no columns is a code of the codebook: nothing to convert.")
        : tr("%n value(s) are not codes of the codebook. A value left as it is is reported as an error by the import.",
             nullptr, static_cast<int>(rows_.size())));
    emit completeChanged();
}

void ImportRecodingPage::addRow(const FieldValues& field, const UnknownValue& value)
{
    const km::FieldSpec& spec = km::Codebook::table(field.table).field(field.field);
    const int row = table_->rowCount();
    table_->insertRow(row);
    table_->setItem(row, TableColumn, new QTableWidgetItem(qs(km::Codebook::table(field.table).name)));
    auto* fieldItem = new QTableWidgetItem(qs(field.field));
    fieldItem->setToolTip(tr("Column %1 in the file").arg(qs(field.column)));
    table_->setItem(row, FieldColumn, fieldItem);
    table_->setItem(row, ValueColumn, new QTableWidgetItem(qs(value.value)));
    auto* rows = new QTableWidgetItem(QString::number(value.rows));
    rows->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    table_->setItem(row, RowsColumn, rows);

    auto* box = new QComboBox(table_);
    box->addItem(tr("(leave as it is: an error in the import)"));
    box->addItem(tr("(unknown: leave empty)"), QString());
    for (const std::string& code : ValueScan::codes(spec))
        box->addItem(qs(code), qs(code));
    std::optional<std::string> code = codeFor(plan_.recoding(field.table), field.field, value.value);
    if (!code)
        code = ValueRecodingStore::code(field.table, field.field, value.value);
    if (code)
        box->setCurrentIndex(std::max(0, box->findData(qs(*code))));
    table_->setCellWidget(row, CodeColumn, box);
    rows_.push_back({field.table, field.field, value.value, box});
}

const ImportRecodingPage::Row* ImportRecodingPage::findRow(km::TableKind table, const std::string& field,
                                                           const std::string& value) const
{
    for (const Row& row : rows_)
        if (row.table == table && row.field == field && key(row.value) == key(value))
            return &row;
    return nullptr;
}

std::vector<UnknownValue> ImportRecodingPage::listedValues(km::TableKind table, const std::string& field) const
{
    for (const FieldValues& values : scan_.fields)
        if (values.table == table && values.field == field)
            return values.values;
    return {};
}

std::optional<std::string> ImportRecodingPage::choice(km::TableKind table, const std::string& field, const std::string& value) const
{
    const Row* row = findRow(table, field, value);
    return row ? chosenCode(row->box) : std::nullopt;
}

bool ImportRecodingPage::setChoice(km::TableKind table, const std::string& field, const std::string& value,
                                   const std::optional<std::string>& code)
{
    const Row* row = findRow(table, field, value);
    if (!row)
        return false;
    const int index = code ? row->box->findData(qs(*code)) : 0;
    if (index < 0)
        return false;
    row->box->setCurrentIndex(index);
    return true;
}

ImportPlan::Recoding ImportRecodingPage::chosenRecoding(km::TableKind table) const
{
    ImportPlan::Recoding recoding;
    for (const Row& row : rows_)
        if (const auto code = row.table == table ? chosenCode(row.box) : std::nullopt)
            recoding[row.field][row.value] = *code;
    // The importer recodes a multi-value cell as a whole: each cell with a recoded part gets its own line.
    for (const FieldValues& field : scan_.fields) {
        if (field.table != table || field.wholeValues.empty())
            continue;
        std::map<std::string, std::string> partCodes;
        for (const auto& [value, code] : recoding[field.field])
            partCodes[key(value)] = code;
        for (auto& [whole, code] : ValueScan::recodeWholeValues(field.wholeValues, partCodes))
            recoding[field.field][whole] = code;
    }
    const auto loaded = loaded_.find(table);
    if (loaded != loaded_.end())
        for (const auto& [field, values] : loaded->second)
            for (const auto& [value, code] : values)
                if (!findRow(table, field, value) && !codeFor(recoding, field, value))
                    recoding[field][value] = code;
    for (auto it = recoding.begin(); it != recoding.end();)
        it = it->second.empty() ? recoding.erase(it) : std::next(it);
    return recoding;
}

bool ImportRecodingPage::validatePage()
{
    if (isScanning())
        return false;
    for (km::TableKind table : plan_.tables()) {
        plan_.setRecoding(table, chosenRecoding(table));
        for (const auto& [header, field] : plan_.mapping(table))
            ColumnMappingStore::remember(table, header, field);
    }
    for (const Row& row : rows_)
        ValueRecodingStore::remember(row.table, row.field, row.value, chosenCode(row.box));
    return true;
}

std::map<km::TableKind, km::TableMapping> ImportRecodingPage::mapping() const
{
    std::map<km::TableKind, km::TableMapping> tables;
    for (km::TableKind table : plan_.tables()) {
        km::TableMapping mapping{plan_.mapping(table), chosenRecoding(table)};
        if (!mapping.columnMapping.empty() || !mapping.valueRecoding.empty())
            tables[table] = std::move(mapping);
    }
    return tables;
}

QString ImportRecodingPage::saveMapping(const QString& path) const
{
    if (const auto failed = km::MappingFile::save(QFile::encodeName(path).toStdString(), mapping()))
        return tr("The mapping could not be saved: %1").arg(QString::fromStdString(failed->message()));
    return {};
}

QString ImportRecodingPage::loadMapping(const QString& path)
{
    const km::MappingFileResult read = km::MappingFile::read(path.toStdString());
    if (!read.errors.empty()) {
        QStringList errors;
        for (std::size_t i = 0; i < read.errors.size() && i < 5; ++i)
            errors << qs(read.errors[i].toString());
        return tr("The mapping file cannot be used:") + QLatin1Char('\n') + errors.join(QLatin1Char('\n'));
    }
    // Choices made on this page so far stay unless the file says otherwise.
    for (km::TableKind table : plan_.tables()) {
        ImportPlan::Mapping columns = plan_.mapping(table);
        ImportPlan::Recoding recoding = chosenRecoding(table);
        const auto it = read.tables.find(table);
        if (it != read.tables.end()) {
            for (const auto& [header, field] : it->second.columnMapping)
                columns[header] = field;
            for (const auto& [field, values] : it->second.valueRecoding)
                for (const auto& [value, code] : values) {
                    std::erase_if(recoding[field], [&value](const auto& entry) { return key(entry.first) == key(value); });
                    recoding[field][value] = code;
                }
            loaded_[table] = it->second.valueRecoding;
        }
        plan_.setMapping(table, std::move(columns));
        plan_.setRecoding(table, std::move(recoding));
    }
    startScan();
    return {};
}

void ImportRecodingPage::chooseFileToSave()
{
    const QString start = QDir(ImportFolders::last(ImportFolders::Kind::MappingFiles)).filePath(tr("mapping.csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save mapping"), start, tr("Mapping files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    ImportFolders::remember(ImportFolders::Kind::MappingFiles, path);
    const QString error = saveMapping(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Save mapping"), error);
}

void ImportRecodingPage::chooseFileToLoad()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load mapping"), ImportFolders::last(ImportFolders::Kind::MappingFiles),
                                                      tr("Mapping files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    ImportFolders::remember(ImportFolders::Kind::MappingFiles, path);
    const QString error = loadMapping(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Load mapping"), error);
}
