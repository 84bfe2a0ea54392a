#pragma once

#include "ui/charts/ChartBuilder.h"

#include "core/disclosure/GroupTable.h"
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
     * Adds a series of published values (reports, exports): a suppressed bar reads its count
     * as the table under it does (PublishedProportion::countText: "<5/20", "> 38/43") instead
     * of a percent; a bar without a denominator reads "no data".
     */
    void addSeries(const QString& name, const std::vector<km::PublishedProportion>& published);

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
        QStringList suppressedTexts;   // per row: the count of a suppressed bar, else empty
    };

    QString title_;
    QStringList categories_;
    std::vector<Series> series_;
    km::SmallCellPolicy markPolicy_ = km::SmallCellPolicy::none();
};
