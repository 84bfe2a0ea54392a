#include "ui/report/ReportExportDialog.h"

#include "ui/LastFolder.h"
#include "ui/StudySession.h"
#include "ui/models/IndicatorText.h"
#include "ui/models/SmallCellMark.h"
#include "ui/report/CsvConventionSetting.h"
#include "ui/report/RecordedExport.h"
#include "ui/report/ReportData.h"
#include "ui/report/ReportDocument.h"
#include "ui/report/ReportWriter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QTextDocument>

ReportExportDialog::ReportExportDialog(Mode mode, StudySession* session, km::Selection selection, QWidget* parent)
    : QDialog(parent), mode_(mode), session_(session), selection_(std::move(selection))
{
    setWindowTitle(mode == Mode::Report ? tr("Export report") : tr("Export all figures"));
    auto* form = new QFormLayout;
    // As shown on the dashboard: ticked cohorts pooled. A comparison is the Compare tab's.
    auto* shown = new QLabel(selection_.cohorts.size() > 1
                                 ? tr("%1 (cohorts pooled, as on the dashboard)").arg(QString::fromStdString(selection_.label()))
                                 : QString::fromStdString(selection_.label()));
    shown->setTextFormat(Qt::PlainText);   // cohort and regio as written, never as markup
    shown->setWordWrap(true);
    form->addRow(tr("Selection:"), shown);
    path_ = new QLineEdit(QDir(LastFolder::get()).filePath(mode == Mode::Report ? QStringLiteral("ketenmonitor-rapport.pdf")
                                                                     : QStringLiteral("ketenmonitor-figuren")));
    auto* browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, &ReportExportDialog::browse);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(path_);
    pathRow->addWidget(browse);
    form->addRow(mode == Mode::Report ? tr("File:") : tr("Folder:"), pathRow);
    if (mode == Mode::Report) {
        format_ = new QComboBox;
        format_->addItems({QStringLiteral("PDF"), QStringLiteral("ODT"), QStringLiteral("HTML")});
        connect(format_, &QComboBox::currentIndexChanged, this, [this] {
            const QString suffix = format_->currentText().toLower();
            QString path = path_->text();
            const int dot = path.lastIndexOf(QLatin1Char('.'));
            path_->setText((dot > 0 ? path.left(dot) : path) + QLatin1Char('.') + suffix);
        });
        form->addRow(tr("Format:"), format_);
    }
    minCell_ = new QSpinBox;
    minCell_->setRange(1, 1000);
    minCell_->setValue(SmallCellMark::storedPolicy().minCell);   // the dashboard marks by the same threshold
    minCell_->setToolTip(tr("Counts below this number are shown as \"<N\", without percent and interval."));
    form->addRow(tr("Hide counts below:"), minCell_);
    rounding_ = new QCheckBox(tr("Round all counts to multiples of 5 (percentages from the rounded counts)"));
    form->addRow(QString(), rounding_);
    if (mode == Mode::Figures) {
        csv_ = CsvConventionSetting::makeChooser(this);
        form->addRow(tr("CSV files:"), csv_);
    }
    internal_ = new QCheckBox(tr("No protection of small numbers (marked \"intern\", not for publication)"));
    connect(internal_, &QCheckBox::toggled, minCell_, &QWidget::setDisabled);
    connect(internal_, &QCheckBox::toggled, rounding_, &QWidget::setDisabled);
    form->addRow(QString(), internal_);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    if (mode == Mode::Report)
        connect(buttons->addButton(tr("Preview…"), QDialogButtonBox::ActionRole), &QPushButton::clicked, this,
                &ReportExportDialog::preview);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReportExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

ReportData ReportExportDialog::collect() const
{
    const km::CountRounding rounding = rounding_->isChecked() ? km::CountRounding::toFives() : km::CountRounding{};
    const km::SmallCellPolicy policy = internal_->isChecked() ? km::SmallCellPolicy::none()
                                                              : km::SmallCellPolicy{minCell_->value(), rounding};
    SmallCellMark::storeMinCell(minCell_->value());
    return ReportData::collect(*session_->study(), {selection_}, policy, IndicatorText::language(),
                               session_->displayName(), session_->isDemo());
}

void ReportExportDialog::browse()
{
    const QString chosen = mode_ == Mode::Report
        ? QFileDialog::getSaveFileName(this, tr("Export report"), path_->text(), tr("Reports (*.pdf *.odt *.html)"))
        : QFileDialog::getExistingDirectory(this, tr("Export all figures"), path_->text());
    if (!chosen.isEmpty())
        path_->setText(chosen);
}

void ReportExportDialog::preview()
{
    const ReportDocument report(collect(), QDate::currentDate());
    const auto document = report.document();
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter* target) { document->print(target); });
    dialog.exec();
}

void ReportExportDialog::accept()
{
    if (!session_->study())
        return;
    const QString path = path_->text().trimmed();
    QString error;
    bool ok = false;
    if (mode_ == Mode::Report) {
        if (!ReportWriter::isSupported(path)) {
            QMessageBox::warning(this, windowTitle(), tr("Choose a file ending in .pdf, .odt or .html."));
            return;
        }
        ok = RecordedExport::writeReport(*session_->study(), collect(), path, &error);
    } else {
        CsvConventionSetting::store(CsvConventionSetting::chosen(csv_));
        ok = !RecordedExport::exportFigures(*session_->study(), collect(), path, CsvConventionSetting::chosen(csv_), &error)
                  .isEmpty();
    }
    if (!ok) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    LastFolder::remember(path);
    QDialog::accept();
}
