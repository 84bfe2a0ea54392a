#pragma once

#include "ui/charts/ChartBuilder.h"

#include "core/indicators/Distribution.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

/**
 * Horizontal box-style summaries of numeric indicators (durations, years), one row per
 * indicator like the proportion charts: a box from Q1 to Q3, the median as a line, whiskers
 * to min and max, the mean as a diamond, n and the median as labels. With several series the
 * boxes of one row are stacked in series order, top to bottom. Published values carry no min
 * and max (SmallCellPolicy): such a box has no whiskers and the chart says why in a footnote.
 */
class DistributionChartBuilder : public ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(DistributionChartBuilder)

public:
    DistributionChartBuilder(QString title, QStringList categories, QString valueAxisTitle);

    void addSeries(const QString& name, std::vector<km::Distribution> values);

    /** True when the box of `row` in `series` has whiskers (its min and max are present). */
    bool showsRange(int series, int row) const;
    /** The note under the chart when a box has no whiskers; empty otherwise. */
    QString footnote() const;

    QChart* build() const override;

private:
    struct Series
    {
        QString name;
        std::vector<km::Distribution> values;
    };

    QString title_;
    QStringList categories_;
    QString axisTitle_;
    std::vector<Series> series_;
};
