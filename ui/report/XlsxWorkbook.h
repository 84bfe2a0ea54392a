#pragma once

#include "ui/report/ReportData.h"

#include <QString>

#include <ctime>
#include <vector>

/**
 * The figures as one Excel workbook (libxlsxwriter): one sheet per indicator group, counts and
 * statistics as numbers, percentages as numbers with a percent format, a suppressed count as
 * the text "<N" with its percent left empty and a footnote under the table, and "INTERN" at
 * the top of every sheet when small numbers are not protected. The same data always gives the
 * same bytes: the workbook's creation time is the study's newest import (fixed for the demo
 * study), not the clock.
 */
class XlsxWorkbook
{
public:
    static bool write(const ReportData& data, const QString& path, QString* error);

    /** The creation time stored in the workbook: the newest import of `importLog` (UTC). */
    static std::time_t createdTime(const std::vector<km::ImportLogEntry>& importLog);
};
