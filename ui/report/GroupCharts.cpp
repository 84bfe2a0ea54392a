#include "ui/report/GroupCharts.h"

#include "ui/charts/DistributionChartBuilder.h"
#include "ui/charts/ProportionChartBuilder.h"

namespace {

constexpr int chartWidth = 660;     // logical pixels: within the report's text width (680)
constexpr int chrome = 110;         // title, axis and legend
constexpr int barHeight = 26;       // per row and series
constexpr int boxHeight = 48;       // a box carries a label line above it

QString seriesName(const ReportData& data, std::size_t set)
{
    return QString::fromStdString(data.sets[set].selection.label());
}

QSize chartSize(std::size_t rows, std::size_t series, int rowHeight)
{
    return QSize(chartWidth, chrome + rowHeight * static_cast<int>(rows * std::max<std::size_t>(series, 1)));
}

} // namespace

std::unique_ptr<ChartBuilder> GroupCharts::proportions(const ReportData& data, const std::string& group, QSize* size)
{
    const km::GroupTable* first = data.table(0, group);
    if (!first || first->proportions.empty())
        return nullptr;
    QStringList labels;
    for (const km::PublishedProportion& p : first->proportions)
        labels << data.label(p.value.id);
    auto builder = std::make_unique<ProportionChartBuilder>(data.groupLabel(group), labels);
    for (std::size_t s = 0; s < data.sets.size(); ++s) {
        const km::GroupTable* table = data.table(s, group);
        builder->addSeries(seriesName(data, s), table ? table->proportions : std::vector<km::PublishedProportion>{});
    }
    *size = chartSize(first->proportions.size(), data.sets.size(), barHeight);
    return builder;
}

std::unique_ptr<ChartBuilder> GroupCharts::distributions(const ReportData& data, const std::string& group, QSize* size)
{
    // Only rows that no selection suppresses and whose box may be drawn (median and quartiles
    // are published from enough values only, DistributionDisclosure).
    const km::GroupTable* first = data.table(0, group);
    if (!first)
        return nullptr;
    std::vector<std::size_t> rows;
    for (std::size_t r = 0; r < first->distributions.size(); ++r) {
        bool shown = true;
        for (std::size_t s = 0; s < data.sets.size(); ++s) {
            const km::GroupTable* table = data.table(s, group);
            shown = shown && table && r < table->distributions.size() && !table->distributions[r].suppressed
                && table->distributions[r].value.q1 && table->distributions[r].value.median
                && table->distributions[r].value.mean;
        }
        if (shown)
            rows.push_back(r);
    }
    if (rows.empty())
        return nullptr;
    QStringList labels;
    for (const std::size_t r : rows)
        labels << data.label(first->distributions[r].value.id);
    const QString unit = QString::fromStdString(
        km::IndicatorLabels::unitLabel(first->distributions[rows.front()].value.unit, data.language));
    const QString title = first->proportions.empty() ? data.groupLabel(group) : QString();
    auto builder = std::make_unique<DistributionChartBuilder>(title, labels, unit);
    for (std::size_t s = 0; s < data.sets.size(); ++s) {
        std::vector<km::Distribution> values;
        for (const std::size_t r : rows)
            values.push_back(data.table(s, group)->distributions[r].value);
        builder->addSeries(seriesName(data, s), std::move(values));
    }
    *size = chartSize(rows.size(), data.sets.size(), boxHeight);
    return builder;
}
