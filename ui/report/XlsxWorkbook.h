#pragma once

#include "ui/report/ReportData.h"

#include <QString>

/**
 * The figures as one Excel workbook (libxlsxwriter): one sheet per indicator group, counts and
 * statistics as numbers, percentages as numbers with a percent format, a suppressed count as
 * the text "<N" with its percent left empty and a footnote under the table, and "INTERN" at
 * the top of every sheet when small numbers are not protected.
 */
class XlsxWorkbook
{
public:
    static bool write(const ReportData& data, const QString& path, QString* error);
};
