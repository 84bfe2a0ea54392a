#include "ui/charts/ChartPanel.h"

#include "ui/charts/ChartBuilder.h"
#include "ui/charts/ChartExporter.h"
#include "ui/dialogs/ChartExportDialog.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

constexpr int screenDpi = 96;

} // namespace

ChartPanel::ChartPanel(QWidget* parent)
    : QWidget(parent), stack_(new QStackedWidget(this)), view_(new QChartView(this)),
      message_(new QLabel(this)), exportName_(QStringLiteral("grafiek"))
{
    view_->setRenderHint(QPainter::Antialiasing);
    view_->setFrameShape(QFrame::NoFrame);
    view_->setBackgroundBrush(Qt::white);
    view_->setContextMenuPolicy(Qt::ActionsContextMenu);
    message_->setAlignment(Qt::AlignCenter);
    message_->setTextFormat(Qt::PlainText);   // messages may name a file or cohort
    message_->setWordWrap(true);
    message_->setStyleSheet(QStringLiteral("color: #666; background: white;"));
    stack_->addWidget(view_);
    stack_->addWidget(message_);

    auto* exportAction = new QAction(tr("Export chart…"), this);
    exportAction->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    auto* copyAction = new QAction(tr("Copy chart"), this);
    connect(exportAction, &QAction::triggered, this, &ChartPanel::exportInteractively);
    connect(copyAction, &QAction::triggered, this, &ChartPanel::copyToClipboard);
    view_->addAction(exportAction);
    view_->addAction(copyAction);

    auto* exportButton = new QToolButton(this);
    exportButton->setDefaultAction(exportAction);
    exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    exportButton->setAutoRaise(true);
    auto* copyButton = new QToolButton(this);
    copyButton->setDefaultAction(copyAction);
    copyButton->setAutoRaise(true);

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addStretch();
    buttons->addWidget(copyButton);
    buttons->addWidget(exportButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(buttons);
    layout->addWidget(stack_, 1);
    setStyleSheet(QStringLiteral("ChartPanel { background: white; }"));
    setAttribute(Qt::WA_StyledBackground);
    showMessage(QString());
}

ChartPanel::~ChartPanel() = default;

void ChartPanel::setChart(std::unique_ptr<ChartBuilder> builder)
{
    builder_ = std::move(builder);
    QChart* old = view_->chart();
    view_->setChart(builder_->build());
    delete old;
    stack_->setCurrentWidget(view_);
}

void ChartPanel::showMessage(const QString& text)
{
    message_->setText(text);
    stack_->setCurrentWidget(message_);
}

QChart* ChartPanel::chart() const
{
    return stack_->currentWidget() == view_ ? view_->chart() : nullptr;
}

bool ChartPanel::canExport(QString* error) const
{
    if (!builder_ && error)
        *error = tr("There is no chart to export.");
    return builder_ != nullptr;
}

bool ChartPanel::exportPng(const QString& path, QSize size, int dpi, QString* error) const
{
    return canExport(error) && ChartExporter::toPng(*builder_, path, size, dpi, error);
}

bool ChartPanel::exportSvg(const QString& path, QSize size, QString* error) const
{
    return canExport(error) && ChartExporter::toSvg(*builder_, path, size, error);
}

bool ChartPanel::exportPdf(const QString& path, QSize size, QString* error) const
{
    return canExport(error) && ChartExporter::toPdf(*builder_, path, size, error);
}

void ChartPanel::copyToClipboard() const
{
    if (builder_)
        QApplication::clipboard()->setImage(ChartExporter::toImage(*builder_, view_->size() * 2, 2 * screenDpi));
}

void ChartPanel::exportInteractively()
{
    if (!builder_)
        return;
    ChartExportDialog dialog(exportName_, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QSize logical = dialog.size() * screenDpi / dialog.dpi();
    QString error;
    bool ok = false;
    switch (dialog.format()) {
    case ChartExportDialog::Format::Png: ok = exportPng(dialog.path(), dialog.size(), dialog.dpi(), &error); break;
    case ChartExportDialog::Format::Svg: ok = exportSvg(dialog.path(), logical, &error); break;
    case ChartExportDialog::Format::Pdf: ok = exportPdf(dialog.path(), logical, &error); break;
    }
    if (!ok)
        QMessageBox::warning(this, tr("Export chart"), error);
}
