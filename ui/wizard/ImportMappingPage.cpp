#include "ui/wizard/ImportMappingPage.h"

#include "ui/wizard/ColumnMappingStore.h"
#include "ui/wizard/FilePreview.h"
#include "ui/wizard/ImportPlan.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QScrollArea>
#include <QVBoxLayout>

#include <map>
#include <set>

ImportMappingPage::ImportMappingPage(ImportPlan& plan, QWidget* parent)
    : QWizardPage(parent), plan_(plan)
{
    setTitle(tr("Map columns"));
    setSubTitle(tr("These column headers are not fields of the codebook. Choose the field each one holds, or keep it "
                   "as an extra attribute. Your choices are remembered for the next import."));
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    content_ = new QWidget(scroll);
    rows_ = new QVBoxLayout(content_);
    scroll->setWidget(content_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
}

void ImportMappingPage::initializePage()
{
    while (QLayoutItem* item = rows_->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    choices_.clear();
    for (km::TableKind table : plan_.tables()) {
        // The fields offered are those the file lacks by name: a header matching a field keeps it.
        const FilePreview byName = FilePreview::read(table, plan_.path(table).toStdString(), {}, 0);
        const std::vector<std::string> headers = byName.unmatchedHeaders();
        if (headers.empty())
            continue;
        auto* box = new QGroupBox(QStringLiteral("%1: %2").arg(QString::fromStdString(km::Codebook::table(table).name),
                                                               QFileInfo(plan_.path(table)).fileName()),
                                  content_);
        auto* form = new QFormLayout(box);
        for (const std::string& header : headers) {
            auto* combo = new QComboBox(box);
            combo->addItem(tr("(keep as extra attribute)"), QString());
            for (const std::string& field : byName.unmatchedFields())
                combo->addItem(QString::fromStdString(field), QString::fromStdString(field));
            const auto current = plan_.mapping(table).find(header);
            if (current != plan_.mapping(table).end())
                combo->setCurrentIndex(std::max(0, combo->findData(QString::fromStdString(current->second))));
            form->addRow(QString::fromStdString(header), combo);
            choices_.push_back({table, header, combo});
        }
        rows_->addWidget(box);
    }
    if (choices_.empty())
        rows_->addWidget(new QLabel(tr("Every column matches a field of the codebook: nothing to map."), content_));
    rows_->addStretch();
}

bool ImportMappingPage::setChoice(km::TableKind table, const std::string& header, const std::string& field)
{
    for (const Choice& c : choices_) {
        if (c.table == table && c.header == header) {
            const int index = c.box->findData(QString::fromStdString(field));
            if (index < 0)
                return false;
            c.box->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

bool ImportMappingPage::validatePage()
{
    std::map<km::TableKind, ImportPlan::Mapping> mappings;
    std::map<km::TableKind, std::set<std::string>> used;
    for (const Choice& c : choices_) {
        const std::string field = c.box->currentData().toString().toStdString();
        if (field.empty())
            continue;
        if (!used[c.table].insert(field).second) {
            QMessageBox::warning(this, tr("Map columns"),
                                 tr("Two columns of %1 are mapped onto the field %2; choose one.")
                                     .arg(QString::fromStdString(km::Codebook::table(c.table).name), QString::fromStdString(field)));
            return false;
        }
        mappings[c.table][c.header] = field;
    }
    for (km::TableKind table : plan_.tables())
        plan_.setMapping(table, mappings[table]);
    for (const Choice& c : choices_)
        ColumnMappingStore::remember(c.table, c.header, c.box->currentData().toString().toStdString());
    return true;
}
