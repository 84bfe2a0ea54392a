#pragma once

#include "ui/charts/ChartBuilder.h"

#include "core/disclosure/PublishedDifference.h"
#include "core/indicators/CohortComparison.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

/**
 * Two selections' percentages as grouped horizontal bars with their 95% intervals, one row per
 * indicator (ProportionChartBuilder draws them); rows whose difference has an interval that
 * excludes zero carry the same marker as the comparison table. Made from published differences
 * (exports), a suppressed bar reads its count as the table does.
 */
class ComparisonChartBuilder : public ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonChartBuilder)

public:
    /** The screen's chart: the researcher's own figures. */
    ComparisonChartBuilder(QString title, QString labelA, QString labelB,
                           const std::vector<km::ProportionDifference>& differences);
    ComparisonChartBuilder(QString title, QString labelA, QString labelB,
                           std::vector<km::PublishedDifference> published);

    QChart* build() const override;

private:
    QString title_;
    QString labelA_;
    QString labelB_;
    std::vector<km::PublishedDifference> differences_;
};
