#pragma once

#include "ui/charts/ChartFile.h"

#include "core/indicators/IndicatorSet.h"

#include <QString>

#include <vector>

class StudySession;
struct ReportData;

/**
 * The way out for one figure on screen (a chart and the table under it). ChartPanel and
 * TablePanel offer export and copy only through an outlet, and every outlet hands the figure to
 * RecordedExport, which writes the published (small-number protected) values, stamps
 * unprotected output "intern" and records the export in the study's log. A panel without an
 * outlet has nothing that may leave the program.
 */
class FigureOutlet
{
public:
    /** Whether the small-number policy applies; unprotected output is stamped "intern". */
    enum class SmallNumbers { Protected, Unprotected };

    virtual ~FigureOutlet();

    virtual bool saveChart(const ChartFile& file, SmallNumbers smallNumbers, QString* error) = 0;
    /** The chart as an image on the clipboard, `pixels` large at `dpi`. */
    virtual bool copyChart(QSize pixels, int dpi, QString* error) = 0;
    /** The table as CSV in the chosen spreadsheet convention (settings, export/csv). */
    virtual bool saveTable(const QString& path, SmallNumbers smallNumbers, QString* error) = 0;
    /** The table as tab-separated text on the clipboard. */
    virtual bool copyTable(QString* error) = 0;

protected:
    /** `sets` as they may leave `session`'s study: with the stored policy, or none (stamped "intern"). */
    static ReportData publish(const StudySession& session, std::vector<km::IndicatorSet> sets,
                              SmallNumbers smallNumbers);
    /** False, with a message, when no study is open or nothing is `shown`. */
    static bool ready(const StudySession& session, bool shown, QString* error);
};
