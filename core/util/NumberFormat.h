#pragma once

#include "core/stats/Interval.h"

#include <optional>
#include <string>

namespace km {

/**
 * The one place numbers are rounded and printed for every output, independent of the user's
 * locale: the importer's and the JSON/CSV outputs' shortest form with a point (21.21, 141), and
 * the fixed decimals with a chosen decimal mark of tables, reports and spreadsheet CSV (21,2).
 * Rounding is half away from zero, so a text never depends on binary tie-breaking.
 */
class NumberFormat
{
public:
    /** `value` rounded to `decimals` decimals (half away from zero). */
    static double roundDecimals(double value, int decimals);

    /** `value` rounded to `digits` significant digits. */
    static double roundSignificant(double value, int digits);

    /** The shortest text that reads back as `value` ("21.21", "141", "0.0012"); -0 prints as 0. */
    static std::string shortest(double value);

    /** Shortest form of the value rounded to `decimals`, or "" when absent (CSV). */
    static std::string shortestOrEmpty(const std::optional<double>& value, int decimals);

    /** Exactly `decimals` decimals with `decimalMark`: fixed(21.2121, 1, ',') == "21,2"; never "-0,0". */
    static std::string fixed(double value, int decimals, char decimalMark);

    /** Fixed decimals with a decimal comma: dutch(21.2121, 1) == "21,2". */
    static std::string dutch(double value, int decimals) { return fixed(value, decimals, ','); }

    /** "51,0%", or "–" when absent (a denominator of 0). */
    static std::string dutchPercent(const std::optional<double>& percent);

    /** "[14,3 – 30,3]", or "" when absent. */
    static std::string dutchInterval(const std::optional<Interval>& interval);

    /**
     * A p-value by one rule for every report and table: three decimals ("0,032"), and
     * "< 0,001" below 0.0005, where three decimals would read as zero.
     */
    static std::string pValue(double p, char decimalMark);
};

} // namespace km
