#pragma once

#include "ui/report/FigureOutlet.h"

#include "core/csv/CsvDialect.h"
#include "core/indicators/IndicatorSet.h"

#include <string>
#include <vector>

class ComparisonChartBuilder;
class StudySession;
struct ReportData;

/**
 * The way out for the Compare tab: its chart of one group and its table of every difference,
 * made again from the two selections' figures with the small-number policy applied
 * (km::PublishedDifference: a suppressed side reads "<5", and the difference next to it is left
 * out), through RecordedExport. A comparison leaves the desktop only from here.
 */
class ComparisonOutlet : public FigureOutlet
{
public:
    explicit ComparisonOutlet(StudySession* session);

    /** The figures of A and B on screen (empty: nothing to export), and the chart's group and series names. */
    void setComparison(std::vector<km::IndicatorSet> sets, QString labelA, QString labelB);
    void setGroup(std::string group) { group_ = std::move(group); }

    bool saveChart(const ChartFile& file, SmallNumbers smallNumbers, QString* error) override;
    bool copyChart(QSize pixels, int dpi, QString* error) override;
    bool saveTable(const QString& path, SmallNumbers smallNumbers, QString* error) override;
    bool copyTable(QString* error) override;

private:
    ComparisonChartBuilder chart(const ReportData& data) const;
    std::string table(const ReportData& data, const km::CsvDialect& dialect) const;

    StudySession* session_;
    std::vector<km::IndicatorSet> sets_;
    QString labelA_;
    QString labelB_;
    std::string group_;
};
