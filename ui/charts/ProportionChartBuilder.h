#pragma once

#include "ui/charts/ChartBuilder.h"

#include "core/disclosure/SmallCellPolicy.h"
#include "core/indicators/Proportion.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

/**
 * Horizontal bars of percentages, one row per indicator, with the 95% Wilson interval as a
 * whisker, the percent as a label and n/N/unknown in the tooltip. With more than one series
 * (e.g. two cohorts) the bars of one row are grouped, in series order, top to bottom.
 */
class ProportionChartBuilder : public ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ProportionChartBuilder)

public:
    /** `categories` are the row labels (top to bottom); every series has one Proportion per row. */
    ProportionChartBuilder(QString title, QStringList categories);

    /** Adds a series (a legend entry when there are two or more). */
    void addSeries(const QString& name, std::vector<km::Proportion> values);

    /**
     * Text drawn on a bar whose percent was withheld by small-number protection ("<5"): a
     * value with a denominator but no percent. Without it such a bar reads "no data".
     */
    void setSuppressedMark(const QString& mark) { suppressedMark_ = mark; }

    /**
     * Marks the bars that `policy` would suppress in exports (the desktop shows unmasked
     * values): hatched and lighter, with SmallCellMark's symbol after the percent.
     */
    void setMarkPolicy(const km::SmallCellPolicy& policy) { markPolicy_ = policy; }
    /** True when the bar of `row` in `series` is marked as a small number. */
    bool isMarked(int series, int row) const;

    QChart* build() const override;

private:
    struct Series
    {
        QString name;
        std::vector<km::Proportion> values;
    };

    QString title_;
    QStringList categories_;
    std::vector<Series> series_;
    QString suppressedMark_;
    km::SmallCellPolicy markPolicy_ = km::SmallCellPolicy::none();
};
