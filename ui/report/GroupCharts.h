#pragma once

#include "ui/report/ReportData.h"

#include <QSize>

#include <memory>
#include <string>

class ChartBuilder;

/**
 * The charts of one indicator group for reports and exports, made by the same builders as the
 * dashboard (ProportionChartBuilder, DistributionChartBuilder) from the published (masked)
 * values: a suppressed bar shows its count as the table does ("<5/20", "> 38/43") instead of a
 * percent, a suppressed distribution is left out. One series per selection.
 */
class GroupCharts
{
public:
    /** The bar chart of the group's proportions, or nullptr when it has none. */
    static std::unique_ptr<ChartBuilder> proportions(const ReportData& data, const std::string& group, QSize* size);
    /** The box chart of the group's unsuppressed distributions, or nullptr when there are none. */
    static std::unique_ptr<ChartBuilder> distributions(const ReportData& data, const std::string& group, QSize* size);
};
