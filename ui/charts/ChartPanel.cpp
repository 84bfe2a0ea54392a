#include "ui/charts/ChartPanel.h"

#include "ui/charts/ChartBuilder.h"
#include "ui/dialogs/ChartExportDialog.h"

#include <QAction>
#include <QChart>
#include <QChartView>
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

    exportAction_ = new QAction(tr("Export chart…"), this);
    exportAction_->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    copyAction_ = new QAction(tr("Copy chart"), this);
    connect(exportAction_, &QAction::triggered, this, &ChartPanel::exportInteractively);
    connect(copyAction_, &QAction::triggered, this, &ChartPanel::copyToClipboard);
    view_->addAction(exportAction_);
    view_->addAction(copyAction_);

    exportButton_ = new QToolButton(this);
    exportButton_->setDefaultAction(exportAction_);
    exportButton_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    exportButton_->setAutoRaise(true);
    copyButton_ = new QToolButton(this);
    copyButton_->setDefaultAction(copyAction_);
    copyButton_->setAutoRaise(true);

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addStretch();
    buttons->addWidget(copyButton_);
    buttons->addWidget(exportButton_);

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
    updateActions();
}

void ChartPanel::showMessage(const QString& text)
{
    message_->setText(text);
    stack_->setCurrentWidget(message_);
    updateActions();
}

QChart* ChartPanel::chart() const
{
    return stack_->currentWidget() == view_ ? view_->chart() : nullptr;
}

void ChartPanel::setOutlet(FigureOutlet* outlet)
{
    outlet_ = outlet;
    updateActions();
}

void ChartPanel::updateActions()
{
    const bool enabled = outlet_ && builder_ && stack_->currentWidget() == view_;
    exportAction_->setEnabled(enabled);
    copyAction_->setEnabled(enabled);
}

bool ChartPanel::exportTo(const ChartFile& file, FigureOutlet::SmallNumbers smallNumbers, QString* error) const
{
    if (!outlet_ || !builder_) {
        *error = tr("There is no chart to export.");
        return false;
    }
    return outlet_->saveChart(file, smallNumbers, error);
}

void ChartPanel::copyToClipboard()
{
    QString error;
    if (outlet_ && builder_ && !outlet_->copyChart(view_->size() * 2, 2 * screenDpi, &error))
        QMessageBox::warning(this, tr("Copy chart"), error);
}

void ChartPanel::exportInteractively()
{
    if (!outlet_ || !builder_)
        return;
    ChartExportDialog dialog(exportName_, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!exportTo(dialog.file(), dialog.smallNumbers(), &error))
        QMessageBox::warning(this, tr("Export chart"), error);
}
