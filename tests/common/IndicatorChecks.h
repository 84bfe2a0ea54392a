#pragma once

#include "core/indicators/IndicatorSet.h"

#include <cstdint>
#include <ostream>
#include <string>

namespace km::test {

/** A proportion's three counts, so a test can compare them in one CHECK. */
struct Counts
{
    std::int64_t numerator = 0;
    std::int64_t denominator = 0;
    std::int64_t unknown = 0;

    bool operator==(const Counts&) const = default;
};

std::ostream& operator<<(std::ostream& out, const Counts& counts);

/** The counts of proportion `id` in `set`; all -1 when the set has no such id. */
Counts counts(const IndicatorSet& set, const std::string& id);

/**
 * Checks that two sets hold the same counts and distributions, to the last bit: for the core's
 * ways to the same figures (threads, the cube) and for what the desktop shows.
 */
void requireIdentical(const IndicatorSet& actual, const IndicatorSet& expected);

} // namespace km::test
