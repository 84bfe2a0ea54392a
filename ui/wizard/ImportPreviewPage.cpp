#include "ui/wizard/ImportPreviewPage.h"

#include "ui/wizard/ColumnMappingStore.h"
#include "ui/wizard/ImportPlan.h"
#include "ui/wizard/ImportWizard.h"

#include "core/import/FilePreview.h"
#include "core/import/IdentifierGuard.h"
#include "core/util/ValueParser.h"

#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

using km::FilePreview;

const QColor refusedColour(0xB0, 0x20, 0x20);
// Listed under the table; more would push it off a 700-pixel screen (the cells stay marked).
constexpr qsizetype maxListedProblems = 6;

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

QString problemList(const FilePreview& preview)
{
    QStringList lines;
    if (preview.problem)
        lines << QStringLiteral("<span style='color:#b02020'>%1</span>")
                     .arg(ImportPreviewPage::tr("Line %1: %2").arg(preview.problem->line).arg(qs(preview.problem->message)).toHtmlEscaped());
    for (std::size_t c = 0; c < preview.refusedAs.size(); ++c)
        if (!preview.refusedAs[c].empty())
            lines << QStringLiteral("<span style='color:#b02020'>%1</span>")
                         .arg((qs(preview.header[c]) + QStringLiteral(": ") + qs(km::IdentifierGuard::headerMessage(preview.refusedAs[c]))).toHtmlEscaped());
    for (const std::string& note : preview.notes)
        lines << QStringLiteral("<span style='color:#8a5a00'>%1</span>").arg(qs(note).toHtmlEscaped());
    if (preview.columns) {
        for (const km::ColumnMap::Problem& p : preview.columns->problems()) {
            const bool error = p.severity == km::ImportError::Severity::Error;
            const QString where = p.column ? qs(preview.header[*p.column]) + QStringLiteral(": ") : QString();
            lines << QStringLiteral("<span style='color:%1'>%2</span>")
                         .arg(error ? QStringLiteral("#b02020") : QStringLiteral("#8a5a00"), (where + qs(p.message)).toHtmlEscaped());
        }
    }
    return lines.join(QStringLiteral("<br>"));
}

} // namespace

ImportPreviewPage::ImportPreviewPage(ImportPlan& plan, QWidget* parent)
    : QWizardPage(parent), plan_(plan), tabs_(new QTabWidget(this))
{
    setTitle(tr("Preview"));
    setSubTitle(tr("The first rows of each file as Ketenmonitor reads them, and which column holds which field "
                   "of the codebook."));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs_);
}

void ImportPreviewPage::initializePage()
{
    tabs_->clear();
    needsMapping_ = false;
    for (km::TableKind table : plan_.tables()) {
        const std::string path = plan_.path(table).toStdString();
        const FilePreview plain = FilePreview::read(table, path, {}, 0);
        plan_.setMapping(table, ColumnMappingStore::forHeader(table, plain.header));
        const FilePreview preview = FilePreview::read(table, path, plan_.mapping(table), previewRows);
        needsMapping_ = needsMapping_ || !preview.unmatchedHeaders().empty();
        tabs_->addTab(previewWidget(preview), qs(km::Codebook::table(table).name));
    }
}

int ImportPreviewPage::nextId() const
{
    return needsMapping_ ? ImportWizard::MappingPage : ImportWizard::RecodingPage;
}

QWidget* ImportPreviewPage::previewWidget(const FilePreview& preview)
{
    auto* widget = new QWidget;
    auto* layout = new QVBoxLayout(widget);
    int matched = 0;
    for (std::size_t c = 0; c < preview.header.size(); ++c)
        matched += preview.fieldOf(c).empty() ? 0 : 1;
    QStringList facts{QStringLiteral("<b>%1</b>").arg(qs(preview.sourceName).toHtmlEscaped()), qs(preview.format).toHtmlEscaped()};
    if (preview.delimiter)
        facts << tr("delimiter: %1").arg(*preview.delimiter == ';' ? tr("semicolon (;)") : tr("comma (,)"));
    if (preview.encoding)
        facts << tr("encoding: %1").arg(qs(*preview.encoding));
    facts << tr("%1 columns, %2 matched to the codebook").arg(preview.header.size()).arg(matched);
    facts << tr("first %n row(s) shown", nullptr, static_cast<int>(preview.rows.size()));
    auto* info = new QLabel(facts.join(QStringLiteral(" · ")), widget);
    info->setWordWrap(true);
    layout->addWidget(info);

    auto* table = new QTableWidget(static_cast<int>(preview.rows.size()), static_cast<int>(preview.header.size()), widget);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    for (std::size_t c = 0; c < preview.header.size(); ++c) {
        const std::string field = preview.fieldOf(c);
        const bool sameName = km::ValueParser::lower(km::ValueParser::trim(preview.header[c])) == field;
        if (!preview.refusedAs[c].empty()) {
            auto* item = new QTableWidgetItem(tr("%1\n•••• refused: looks like %2").arg(qs(preview.header[c]), qs(preview.refusedAs[c])));
            item->setForeground(refusedColour);
            item->setToolTip(qs(km::IdentifierGuard::headerMessage(preview.refusedAs[c])));
            table->setHorizontalHeaderItem(static_cast<int>(c), item);
            continue;
        }
        const QString text = field.empty() ? tr("%1\n(extra column)").arg(qs(preview.header[c]))
            : sameName                     ? QStringLiteral("%1\n✓").arg(qs(preview.header[c]))
                                           : tr("%1\n→ %2").arg(qs(preview.header[c]), qs(field));
        auto* item = new QTableWidgetItem(text);
        item->setForeground(field.empty() ? QColor(0x8A, 0x5A, 0x00) : QColor(0x1B, 0x6E, 0x3A));
        item->setToolTip(field.empty() ? tr("Not a field of the codebook: kept as an extra attribute (text).")
                                       : tr("Read as the codebook field %1.").arg(qs(field)));
        table->setHorizontalHeaderItem(static_cast<int>(c), item);
    }
    QStringList lines;
    for (std::size_t line : preview.lines)
        lines << (preview.caseNumbers ? tr("case %1").arg(line) : QString::number(line));
    table->setVerticalHeaderLabels(lines);
    table->verticalHeader()->setToolTip(preview.caseNumbers ? tr("Case number, as the list of errors gives it")
                                                            : tr("Line of the file (the header is line 1), as the list of errors gives it"));
    for (std::size_t r = 0; r < preview.rows.size(); ++r) {
        for (std::size_t c = 0; c < preview.rows[r].size() && c < preview.header.size(); ++c) {
            const std::string& value = preview.rows[r][c];
            // An identifier is not shown, not even here: the import would refuse it unseen.
            const char* valueKind = km::IdentifierGuard::valueKind(value);
            const std::string& kind = !preview.refusedAs[c].empty() ? preview.refusedAs[c] : std::string(valueKind ? valueKind : "");
            const bool hidden = !kind.empty() && !km::ValueParser::trim(value).empty();
            auto* item = new QTableWidgetItem(!hidden ? qs(value) : tr("•••• refused: looks like %1").arg(qs(kind)));
            if (hidden)
                item->setForeground(refusedColour);
            table->setItem(static_cast<int>(r), static_cast<int>(c), item);
        }
    }
    // The import's own errors for these rows, on their cells (or the whole row).
    QStringList problemLines;
    for (const FilePreview::RowProblem& p : preview.rowProblems) {
        const int row = static_cast<int>(p.row);
        problemLines << tr("Line %1, %2: %3").arg(lines.value(row), qs(p.error.column), qs(p.error.message)).toHtmlEscaped();
        for (std::size_t c = 0; c < preview.header.size(); ++c) {
            if (p.column && *p.column != c)
                continue;
            QTableWidgetItem* item = table->item(row, static_cast<int>(c));
            if (!item)
                continue;
            item->setBackground(QColor(0xF8, 0xD7, 0xD7));
            const QString earlier = item->toolTip();
            item->setToolTip((earlier.isEmpty() ? QString() : earlier + QLatin1Char('\n')) + qs(p.error.message));
        }
    }
    table->resizeColumnsToContents();
    layout->addWidget(table, 1);

    const std::vector<std::string> missing = preview.unmatchedFields();
    QStringList missingNames;
    for (const std::string& name : missing)
        missingNames << qs(name);
    auto* notes = new QLabel(widget);
    notes->setWordWrap(true);
    notes->setTextFormat(Qt::RichText);
    QString text = problemList(preview);
    if (!problemLines.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral("<br>"))
            + QStringLiteral("<span style='color:#b02020'>%1</span>")
                  .arg(tr("The import will refuse %n value(s) of the rows shown (marked red):", nullptr,
                          static_cast<int>(problemLines.size()))
                       + QStringLiteral("<br>") + problemLines.mid(0, maxListedProblems).join(QStringLiteral("<br>"))
                       + (problemLines.size() > maxListedProblems
                              ? QStringLiteral("<br>") + tr("…and %n more (see the tooltips of the red cells).", nullptr,
                                                            static_cast<int>(problemLines.size() - maxListedProblems))
                              : QString()));
    if (!missing.empty())
        text += (text.isEmpty() ? QString() : QStringLiteral("<br>"))
            + tr("Codebook fields not in this file (left unknown): %1").arg(missingNames.join(QStringLiteral(", ")).toHtmlEscaped());
    notes->setText(text);
    layout->addWidget(notes);
    return widget;
}
