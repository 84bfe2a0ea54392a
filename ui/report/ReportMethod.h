#pragma once

#include "ui/report/ReportData.h"

#include <QString>

/**
 * The report's method section as HTML: what each group's denominator is (the codebook's
 * definitions), the recidive window of the selection, that intervals are 95% Wilson score
 * intervals, how wide they are for a sample of this size, and the small-number rule.
 */
class ReportMethod
{
public:
    static QString html(const ReportData& data);

    /** Half the width, in percentage points, of the 95% Wilson interval of 50% out of n. */
    static double halfWidthAtHalf(std::int64_t n);
};
