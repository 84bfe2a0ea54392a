#pragma once

#include "core/indicators/IndicatorSet.h"
#include "core/stats/Interval.h"

#include <optional>
#include <string>
#include <vector>

namespace km {

/**
 * One proportion indicator in two selections: the difference a - b in percentage points with
 * its 95% Newcombe hybrid score interval and the two-sided Fisher exact p-value. Absent when
 * either denominator is zero.
 */
struct ProportionDifference
{
    std::string id;
    Proportion a;
    Proportion b;
    std::optional<double> difference;   // percentage points
    std::optional<Interval> ci95;       // percentage points
    std::optional<double> pFisher;

    /** The interval excludes zero. */
    bool significant() const;
};

/** Compares every proportion indicator of two indicator sets (same ids, same order). */
class CohortComparison
{
public:
    static std::vector<ProportionDifference> compare(const IndicatorSet& a, const IndicatorSet& b);
};

} // namespace km
