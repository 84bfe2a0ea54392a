#pragma once

#include "core/codebook/IndicatorLabels.h"
#include "core/csv/CsvDialect.h"
#include "core/disclosure/PublishedDifference.h"

#include <string>
#include <vector>

namespace km {

/**
 * The Compare tab's table as CSV for a spreadsheet, in the layout of GroupCsv
 * (docs/export-formats.md): the selection and protection header rows, then one row per
 * indicator with A's and B's counts and percents, the difference, its interval and Fisher's p,
 * each number in a cell of its own.
 */
class ComparisonCsv
{
public:
    static std::string write(const std::vector<PublishedDifference>& rows, const std::string& selection,
                             const std::string& protection, Language language, CsvDialect dialect);
};

} // namespace km
