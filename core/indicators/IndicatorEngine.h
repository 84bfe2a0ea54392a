#pragma once

#include "core/indicators/IndicatorSet.h"

#include <cstddef>
#include <cstdint>

namespace km {

class CaseAccumulator;
class Study;

/**
 * Computes every indicator of the codebook for one or more selections in one pass: three
 * ordered scans (cases, trajectories, events) merged by case, so the cost is linear in the data
 * and there is no query per case. A large study is split by case id over several threads, each
 * with its own connection to the same state of the file.
 */
class IndicatorEngine
{
public:
    /** Up to `count` threads, each given at least `minCasesPerThread` case ids. */
    struct Threads
    {
        std::size_t count = available();
        std::int64_t minCasesPerThread = 50000;

        /** The cores of this machine, at most four: beyond that the disk sets the pace. */
        static std::size_t available();
    };

    explicit IndicatorEngine(const Study& study);
    IndicatorEngine(const Study& study, Threads threads);

    IndicatorSet compute(const Selection& selection) const;
    /** One set per selection, in their order, from one pass over the study (e.g. every cohort). */
    std::vector<IndicatorSet> computeAll(const std::vector<Selection>& selections) const;

    /** The ids of all proportion indicators, in the order compute() returns them. */
    static const std::vector<std::string>& proportionIds();

private:
    /** The selections' accumulators after a pass, split over threads where that pays. */
    std::vector<CaseAccumulator> fold(const std::vector<Selection>& selections) const;

    const Study& study_;
    Threads threads_;
};

} // namespace km
