#pragma once

#include "core/indicators/Selection.h"

#include <QWidget>

#include <optional>

class ElidedCheckBox;
class QCheckBox;
class QComboBox;
class QSpinBox;
class QVBoxLayout;

/**
 * The dashboard's selection: which cohorts (checkboxes, none ticked = all), one regio or all,
 * and the recidive window in months or the whole follow-up. Emits selectionChanged() on every
 * user change; the setters (for restoring state and for tests) emit it too.
 */
class SelectionPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SelectionPanel(QWidget* parent = nullptr);

    /** Offers these cohorts and regions, keeping ticked cohorts and the regio that still exist. */
    void setChoices(const QStringList& cohorts, const QStringList& regions);

    km::Selection selection() const;
    /** A short human description: "NHN-2019 · Alkmaar · 12 maanden". */
    QString summary() const;

    void setCohorts(const QStringList& cohorts);
    void setRegio(const QString& regio);            // empty = all regions
    void setWindowMonths(std::optional<int> months);

signals:
    void selectionChanged();

private:
    QStringList tickedCohorts() const;

    QVBoxLayout* cohortLayout_;
    QList<ElidedCheckBox*> cohortBoxes_;
    QComboBox* regio_;
    QCheckBox* wholeFollowUp_;
    QSpinBox* months_;
};
