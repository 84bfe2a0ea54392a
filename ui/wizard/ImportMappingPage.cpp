#include "ui/wizard/ImportMappingPage.h"

#include "ui/models/IndicatorText.h"
#include "ui/wizard/ColumnMappingStore.h"
#include "ui/wizard/ImportPlan.h"
#include "ui/wizard/PageIntro.h"

#include "core/codebook/FieldLabels.h"
#include "core/import/FilePreview.h"

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

QString ImportMappingPage::fieldText(km::TableKind table, const std::string& field)
{
    const km::FieldSpec& spec = km::Codebook::table(table).field(field);
    const QString description = QString::fromStdString(km::FieldLabels::description(table, field, IndicatorText::language()));
    QString text = description.isEmpty() ? QString::fromStdString(field)
                                         : tr("%1 – %2").arg(QString::fromStdString(field), description);
    if (spec.required)
        text += QStringLiteral(" ") + tr("(required)");
    return text;
}

ImportMappingPage::ImportMappingPage(ImportPlan& plan, QWidget* parent)
    : QWizardPage(parent), plan_(plan)
{
    setTitle(tr("Map columns"));
    setSubTitle(tr("These column headers are not fields of the codebook."));
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    content_ = new QWidget(scroll);
    rows_ = new QVBoxLayout(content_);
    scroll->setWidget(content_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new PageIntro(tr("Choose the field each one holds, or keep it as an extra attribute. Your choices "
                                       "are remembered for the next import."), this));
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
        const km::FilePreview byName = km::FilePreview::read(table, plan_.path(table).toStdString(), {}, 0);
        if (byName.unmatchedHeaders().empty())
            continue;
        auto* box = new QGroupBox(QStringLiteral("%1: %2").arg(QString::fromStdString(km::Codebook::table(table).name),
                                                               QFileInfo(plan_.path(table)).fileName()),
                                  content_);
        auto* form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        const km::TableSpec& spec = km::Codebook::table(table);
        for (std::size_t column = 0; column < byName.header.size(); ++column) {
            const std::string& header = byName.header[column];
            if (!byName.fieldOf(column).empty() || header.empty())
                continue;
            auto* combo = new QComboBox(box);
            combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            combo->addItem(tr("(keep as extra attribute)"), QString());
            for (const std::string& field : byName.unmatchedFields())
                combo->addItem(fieldText(table, field), QString::fromStdString(field));
            // What the user chose before wins; else the field the header nearly matches.
            const auto current = plan_.mapping(table).find(header);
            const int suggested = byName.columns->suggestedFieldOfColumn(column);
            if (current != plan_.mapping(table).end())
                combo->setCurrentIndex(std::max(0, combo->findData(QString::fromStdString(current->second))));
            else if (suggested != km::ColumnMap::noField)
                combo->setCurrentIndex(std::max(0, combo->findData(QString::fromStdString(spec.fields[static_cast<std::size_t>(suggested)].name))));
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

std::optional<std::string> ImportMappingPage::choice(km::TableKind table, const std::string& header) const
{
    for (const Choice& c : choices_)
        if (c.table == table && c.header == header)
            return c.box->currentData().toString().toStdString();
    return std::nullopt;
}
