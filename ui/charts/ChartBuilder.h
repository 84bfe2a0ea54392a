#pragma once

class QChart;

/**
 * The one interface between the figures and Qt Charts. A builder holds its data by value and
 * makes a new, fully styled QChart on every build() (the caller owns it), so a ChartPanel can
 * build once for the screen and again at another size for PNG/SVG/PDF export, where the chart
 * is laid out for the paper instead of scaled.
 *
 * Usage: ChartPanel::setChart(std::make_unique<ProportionChartBuilder>(...)).
 * Concrete builders: ProportionChartBuilder (bars + 95% whiskers), DistributionChartBuilder
 * (boxes). Style all charts through ChartStyle so they look alike. The table beside a chart:
 * ui/widgets/TablePanel (CSV export, copy).
 */
class ChartBuilder
{
public:
    virtual ~ChartBuilder();
    virtual QChart* build() const = 0;
};
