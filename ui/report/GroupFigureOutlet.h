#pragma once

#include "ui/report/FigureOutlet.h"

#include "core/csv/CsvDialect.h"
#include "core/indicators/IndicatorSet.h"

#include <memory>
#include <string>

class ChartBuilder;
class StudySession;
struct ReportData;

/**
 * The way out for one card of the dashboard: an indicator group's bar chart and table, or its
 * box chart and table. What leaves is made again from the figures on screen (the selection as
 * shown, cohorts pooled) with the small-number policy of the settings applied, by the same
 * GroupCharts and GroupCsv as "all figures", so a chart or table saved here reads as it would in
 * a report: "<5" or "> 38" for a suppressed count, never the count itself.
 */
class GroupFigureOutlet : public FigureOutlet
{
public:
    enum class Part { Proportions, Distributions };

    GroupFigureOutlet(StudySession* session, std::string group, Part part);

    /** The figures on screen now (null: nothing to export). */
    void setIndicators(std::shared_ptr<const km::IndicatorSet> indicators) { indicators_ = std::move(indicators); }

    bool saveChart(const ChartFile& file, SmallNumbers smallNumbers, QString* error) override;
    bool copyChart(QSize pixels, int dpi, QString* error) override;
    bool saveTable(const QString& path, SmallNumbers smallNumbers, QString* error) override;
    bool copyTable(QString* error) override;


private:
    std::unique_ptr<ChartBuilder> chart(const ReportData& data, QString* error) const;
    std::string table(const ReportData& data, const km::CsvDialect& dialect) const;
    std::string what(const char* kind) const;

    StudySession* session_;
    std::string group_;
    Part part_;
    std::shared_ptr<const km::IndicatorSet> indicators_;
};
