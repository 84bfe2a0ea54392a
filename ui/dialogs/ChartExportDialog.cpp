#include "ui/dialogs/ChartExportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

namespace {

const char* const suffixes[] = {"png", "svg", "pdf"};

} // namespace

ChartExportDialog::ChartExportDialog(const QString& suggestedName, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export chart"));
    QSettings settings;

    format_ = new QComboBox(this);
    format_->addItem(tr("PNG image"));
    format_->addItem(tr("SVG drawing (scalable)"));
    format_->addItem(tr("PDF document"));
    format_->setCurrentIndex(settings.value("export/format", 0).toInt());

    width_ = new QSpinBox(this);
    width_->setRange(200, 10000);
    width_->setSuffix(tr(" px"));
    width_->setValue(settings.value("export/width", 1600).toInt());
    height_ = new QSpinBox(this);
    height_->setRange(150, 10000);
    height_->setSuffix(tr(" px"));
    height_->setValue(settings.value("export/height", 1000).toInt());
    dpi_ = new QSpinBox(this);
    dpi_->setRange(72, 1200);
    dpi_->setSuffix(tr(" dpi"));
    dpi_->setValue(settings.value("export/dpi", 192).toInt());
    dpi_->setToolTip(tr("Text and lines are sized for this resolution: 96 is screen size, 192 doubles it. "
                      "SVG and PDF get the same layout as the PNG would."));

    const QString folder = settings.value("export/folder", QDir::homePath()).toString();
    path_ = new QLineEdit(QDir(folder).filePath(suggestedName), this);
    auto* browse = new QPushButton(tr("Browse…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(path_, 1);
    pathRow->addWidget(browse);

    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(width_);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(height_);
    sizeRow->addStretch();

    // Not remembered: every unprotected export is a choice of its own.
    internal_ = new QCheckBox(tr("No protection of small numbers (marked \"intern\", not for publication)"), this);

    auto* form = new QFormLayout;
    form->addRow(tr("Format:"), format_);
    form->addRow(tr("Size:"), sizeRow);
    form->addRow(tr("Resolution:"), dpi_);
    form->addRow(tr("File:"), pathRow);
    form->addRow(QString(), internal_);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &ChartExportDialog::browse);
    connect(format_, &QComboBox::currentIndexChanged, this, &ChartExportDialog::formatChanged);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChartExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChartExportDialog::reject);
    formatChanged();
}

ChartFile ChartExportDialog::file() const
{
    return ChartFile{static_cast<ChartFile::Format>(format_->currentIndex()), path(),
                     QSize(width_->value(), height_->value()), dpi_->value()};
}

FigureOutlet::SmallNumbers ChartExportDialog::smallNumbers() const
{
    return internal_->isChecked() ? FigureOutlet::SmallNumbers::Unprotected : FigureOutlet::SmallNumbers::Protected;
}

QString ChartExportDialog::path() const
{
    return path_->text().trimmed();
}

void ChartExportDialog::accept()
{
    if (path().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Choose a file name."));
        return;
    }
    QSettings settings;
    settings.setValue("export/format", format_->currentIndex());
    settings.setValue("export/width", width_->value());
    settings.setValue("export/height", height_->value());
    settings.setValue("export/dpi", dpi_->value());
    settings.setValue("export/folder", QFileInfo(path()).absolutePath());
    QDialog::accept();
}

void ChartExportDialog::browse()
{
    const QString suffix = QString::fromLatin1(suffixes[format_->currentIndex()]);
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export chart"), path(),
        tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (!chosen.isEmpty())
        path_->setText(chosen);
}

// Keeps the file name's suffix in step with the format.
void ChartExportDialog::formatChanged()
{
    const QString suffix = QString::fromLatin1(suffixes[format_->currentIndex()]);
    const QFileInfo info(path());
    path_->setText(QDir(info.path()).filePath(info.completeBaseName() + QLatin1Char('.') + suffix));
}
