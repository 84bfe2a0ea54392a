#pragma once

#include <cstdint>

namespace km {

/**
 * The optional second disclosure policy, as CBS applies it to some of its tables: every published
 * count is rounded to the nearest multiple of `base` (0 or 1: off), so a difference of two
 * published counts is no longer exact. Percentages and intervals are then computed from the
 * rounded counts, because an exact percentage next to a rounded denominator gives the count back.
 */
struct CountRounding
{
    int base = 0;

    static CountRounding toFives() { return CountRounding{5}; }

    bool active() const { return base > 1; }

    /** `count` rounded to the nearest multiple of base (half up); `count` itself when off. */
    std::int64_t round(std::int64_t count) const;

    /** How far below and above a rounded count the true count may lie (2 and 2 for fives). */
    std::int64_t below() const { return active() ? base / 2 : 0; }
    std::int64_t above() const { return active() ? (base - 1) / 2 : 0; }
};

} // namespace km
