#pragma once

#include "core/stats/Interval.h"

#include <cstdint>
#include <optional>
#include <string>

namespace km {

/**
 * One proportion indicator as the codebook defines it: numerator over denominator, the number
 * left out as unknown, the percentage and its 95% Wilson score interval (both in percent, absent
 * when the denominator is zero).
 */
struct Proportion
{
    std::string id;                 // codebook id, e.g. "recidive.nieuw_geweld"
    std::int64_t numerator = 0;
    std::int64_t denominator = 0;
    std::int64_t unknown = 0;
    std::optional<double> percent;
    std::optional<Interval> ci95;

    /** Fills percent and ci95 from numerator and denominator. */
    static Proportion make(std::string id, std::int64_t numerator, std::int64_t denominator,
                           std::int64_t unknown);
};

} // namespace km
