#pragma once

#include "core/disclosure/LinearSystem.h"

#include <cstdint>
#include <optional>

namespace km {

/** The values a hidden count can still take: [lower, upper], upper absent when unbounded. */
struct CountInterval
{
    std::int64_t lower = 0;
    std::optional<std::int64_t> upper;

    /** upper - lower, or nullopt when unbounded. */
    std::optional<std::int64_t> width() const;
};

/**
 * The audit τ-ARGUS does after a suppression: the smallest and the largest value a linear
 * expression of hidden counts can take, given everything a LinearSystem says is published.
 * Solved exactly as two integer programs with GLPK (simplex, then branch and bound), so the
 * interval is the one a reader with the same tables and a solver would find.
 */
class IntervalAudit
{
public:
    /** The interval of `expression` over the integer points of `system`; nullopt when there are none. */
    static std::optional<CountInterval> range(const LinearSystem& system, const LinearExpression& expression);
};

} // namespace km
