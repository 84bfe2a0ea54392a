#include "ui/widgets/SelectionPanel.h"

#include "ui/widgets/ElidedCheckBox.h"
#include "ui/widgets/FocusFrame.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

SelectionPanel::SelectionPanel(QWidget* parent)
    : QWidget(parent)
{
    auto* cohortBox = new QGroupBox(tr("Cohorts"), this);
    cohortLayout_ = new QVBoxLayout(cohortBox);
    auto* hint = new QLabel(tr("None ticked: all cohorts."), cohortBox);
    hint->setStyleSheet(QStringLiteral("color: #666;"));
    hint->setWordWrap(true);
    cohortLayout_->addWidget(hint);

    auto* regioBox = new QGroupBox(tr("Region"), this);
    regio_ = new QComboBox(regioBox);
    auto* regioLayout = new QVBoxLayout(regioBox);
    regioLayout->addWidget(regio_);

    auto* windowBox = new QGroupBox(tr("Recurrence window"), this);
    wholeFollowUp_ = new QCheckBox(tr("Whole follow-up"), windowBox);
    wholeFollowUp_->setChecked(true);
    months_ = new QSpinBox(windowBox);
    months_->setRange(1, 120);
    months_->setValue(12);
    months_->setSuffix(tr(" months after the report"));
    months_->setEnabled(false);
    auto* windowLayout = new QVBoxLayout(windowBox);
    windowLayout->addWidget(wholeFollowUp_);
    windowLayout->addWidget(months_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(cohortBox);
    layout->addWidget(regioBox);
    layout->addWidget(windowBox);
    layout->addStretch();   // in a scroll area taller than the panel, the boxes keep their height

    connect(regio_, &QComboBox::currentIndexChanged, this, &SelectionPanel::selectionChanged);
    connect(months_, &QSpinBox::valueChanged, this, &SelectionPanel::selectionChanged);
    connect(wholeFollowUp_, &QCheckBox::toggled, this, [this](bool whole) {
        months_->setEnabled(!whole);
        emit selectionChanged();
    });
    FocusFrame::apply(this);
    setChoices({}, {});
}

void SelectionPanel::setChoices(const QStringList& cohorts, const QStringList& regions)
{
    const QStringList ticked = tickedCohorts();
    const QString regio = regio_->currentData().toString();
    qDeleteAll(cohortBoxes_);
    cohortBoxes_.clear();
    // New boxes would come last in the Tab order, after the views' own widgets: put them
    // before the regio, where they are on screen.
    QWidget* previous = regio_->previousInFocusChain();
    for (const QString& cohort : cohorts) {
        auto* box = new ElidedCheckBox(cohort, this);
        box->setChecked(ticked.contains(cohort));
        connect(box, &QCheckBox::toggled, this, &SelectionPanel::selectionChanged);
        cohortLayout_->insertWidget(cohortLayout_->count() - 1, box);
        cohortBoxes_ << box;
        QWidget::setTabOrder(previous, box);
        previous = box;
    }
    if (!cohortBoxes_.isEmpty())
        QWidget::setTabOrder(previous, regio_);
    const QSignalBlocker blocker(regio_);
    regio_->clear();
    regio_->addItem(tr("All regions"), QString());
    for (const QString& name : regions)
        regio_->addItem(name, name);
    regio_->setCurrentIndex(std::max(0, regio_->findData(regio)));
}

QStringList SelectionPanel::tickedCohorts() const
{
    QStringList ticked;
    for (const ElidedCheckBox* box : cohortBoxes_)
        if (box->isChecked())
            ticked << box->fullText();
    return ticked;
}

km::Selection SelectionPanel::selection() const
{
    km::Selection selection;
    for (const QString& cohort : tickedCohorts())
        selection.cohorts.push_back(cohort.toStdString());
    const QString regio = regio_->currentData().toString();
    if (!regio.isEmpty())
        selection.regio = regio.toStdString();
    if (!wholeFollowUp_->isChecked())
        selection.windowMonths = months_->value();
    return selection;
}

QString SelectionPanel::summary() const
{
    const QStringList ticked = tickedCohorts();
    QStringList parts{ticked.isEmpty() ? tr("all cohorts") : ticked.join(QStringLiteral(" + "))};
    parts << (regio_->currentIndex() > 0 ? regio_->currentText() : tr("all regions"));
    parts << (wholeFollowUp_->isChecked() ? tr("whole follow-up") : tr("window %n month(s)", nullptr, months_->value()));
    return parts.join(QStringLiteral(" · "));
}

void SelectionPanel::setCohorts(const QStringList& cohorts)
{
    for (ElidedCheckBox* box : cohortBoxes_) {
        const QSignalBlocker blocker(box);
        box->setChecked(cohorts.contains(box->fullText()));
    }
    emit selectionChanged();
}

void SelectionPanel::setRegio(const QString& regio)
{
    const QSignalBlocker blocker(regio_);
    regio_->setCurrentIndex(std::max(0, regio_->findData(regio)));
    emit selectionChanged();
}

void SelectionPanel::setWindowMonths(std::optional<int> months)
{
    {
        const QSignalBlocker blockWhole(wholeFollowUp_);
        const QSignalBlocker blockMonths(months_);
        wholeFollowUp_->setChecked(!months);
        months_->setEnabled(months.has_value());
        if (months)
            months_->setValue(*months);
    }
    emit selectionChanged();
}
