#pragma once

#include "ui/report/ReportData.h"

#include <QString>

/**
 * The report's tables as HTML: one per indicator group (n/N, percent, interval, unknown per
 * selection, suppressed cells as "<N"), the comparison of two selections, and the import
 * provenance (files, hashes, dates).
 */
class ReportTables
{
public:
    static QString group(const ReportData& data, const std::string& group);
    /** Empty unless there are exactly two selections. */
    static QString comparison(const ReportData& data);
    static QString provenance(const ReportData& data);
    /** The footnote under suppressed figures, or the "intern" notice when nothing is suppressed. */
    static QString disclosureNote(const ReportData& data);
};
