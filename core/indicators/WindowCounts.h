#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

namespace km {

/**
 * How many cases something happens to within a recidive window, for every window length at
 * once: each case adds the shortest window, in months, that takes it in, and a window's count
 * is the number of cases at or below its length. So figures for any window come from one pass.
 */
class WindowCounts
{
public:
    /** The months of a case it never happens to. */
    static constexpr int never = std::numeric_limits<int>::max();

    /** A case whose shortest window is `months` (at least 0); `never` adds nothing. */
    void add(int months);
    void merge(const WindowCounts& other);

    /** The cases whose shortest window is at most `months`; without a window, all added. */
    std::int64_t within(std::optional<int> months) const;

private:
    std::vector<std::int64_t> byMonths_;   // cases by their shortest window
};

} // namespace km
