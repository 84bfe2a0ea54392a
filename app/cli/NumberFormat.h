#pragma once

#include "core/stats/Interval.h"

#include <optional>
#include <string>

namespace km::cli {

/**
 * Rounding and printing of numbers for the outputs, independent of the user's locale: the JSON
 * and CSV outputs print the shortest form with a point (21.21, 141), the Dutch tables a fixed
 * number of decimals with a comma (21,2).
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

    /** Fixed decimals with a decimal comma: dutch(21.2121, 1) == "21,2". */
    static std::string dutch(double value, int decimals);

    /** "51,0%", or "–" when absent (a denominator of 0). */
    static std::string dutchPercent(const std::optional<double>& percent);

    /** "[14,3 – 30,3]", or "" when absent. */
    static std::string dutchInterval(const std::optional<Interval>& interval);
};

} // namespace km::cli
