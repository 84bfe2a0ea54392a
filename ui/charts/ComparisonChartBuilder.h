#pragma once

#include "ui/charts/ChartBuilder.h"

#include "core/indicators/CohortComparison.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

/**
 * Two selections' percentages as grouped horizontal bars with their 95% intervals, one row per
 * indicator (ProportionChartBuilder draws them); rows whose difference has an interval that
 * excludes zero carry the same marker as the comparison table.
 */
class ComparisonChartBuilder : public ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonChartBuilder)

public:
    ComparisonChartBuilder(QString title, QString labelA, QString labelB,
                           std::vector<km::ProportionDifference> differences);

    QChart* build() const override;

private:
    QString title_;
    QString labelA_;
    QString labelB_;
    std::vector<km::ProportionDifference> differences_;
};
