#pragma once

#include "ui/report/FigureOutlet.h"

#include "core/indicators/SurvivalAnalysis.h"

#include <QStringList>

#include <vector>

class StudySession;
struct ReportData;

/**
 * The way out for the Survival tab's chart: the curves made again with the small-number policy
 * applied (km::PublishedCurve: cut where fewer than minCell are at risk, a curve of too few
 * events left out), through RecordedExport. The tab has no table to export.
 */
class SurvivalOutlet : public FigureOutlet
{
public:
    explicit SurvivalOutlet(StudySession* session);

    /** The curves on screen with their names and the chart's title and value axis. */
    void setCurves(std::vector<km::SurvivalCurve> curves, QStringList names, QString title, QString valueTitle);

    bool saveChart(const ChartFile& file, SmallNumbers smallNumbers, QString* error) override;
    bool copyChart(QSize pixels, int dpi, QString* error) override;
    bool saveTable(const QString& path, SmallNumbers smallNumbers, QString* error) override;
    bool copyTable(QString* error) override;

private:
    std::vector<km::IndicatorSet> sets() const;
    bool write(SmallNumbers smallNumbers, const ChartFile* file, QSize pixels, int dpi, QString* error);

    StudySession* session_;
    std::vector<km::SurvivalCurve> curves_;
    QStringList names_;
    QString title_;
    QString valueTitle_;
};
