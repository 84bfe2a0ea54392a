#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace km {

/**
 * A summary of a numeric variable (durations in days, history in years): n, mean, median and
 * quartiles by linear interpolation between order statistics (R type 7, NumPy's default),
 * plus min and max for box charts. Statistics are absent when n is zero.
 */
struct Distribution
{
    std::string id;                 // e.g. "snelheid.melding_tot_hulp"
    std::string unit;               // "dagen" or "jaren"
    std::int64_t n = 0;
    std::optional<double> mean, median, q1, q3, min, max;

    /** Summarises `values` (order does not matter; the vector is sorted in place). */
    static Distribution make(std::string id, std::string unit, std::vector<double>& values);
};

} // namespace km
