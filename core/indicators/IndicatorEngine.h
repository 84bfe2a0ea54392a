#pragma once

#include "core/indicators/IndicatorSet.h"

namespace km {

class Study;

/**
 * Computes every indicator of the codebook for one or more selections in one pass: three
 * ordered scans (cases, trajectories, events) merged by case, so the cost is linear in the data
 * and there is no query per case.
 */
class IndicatorEngine
{
public:
    explicit IndicatorEngine(const Study& study);

    IndicatorSet compute(const Selection& selection) const;
    /** One set per selection, in their order, from one pass over the study (e.g. every cohort). */
    std::vector<IndicatorSet> computeAll(const std::vector<Selection>& selections) const;

    /** The ids of all proportion indicators, in the order compute() returns them. */
    static const std::vector<std::string>& proportionIds();

private:
    const Study& study_;
};

} // namespace km
