#pragma once

#include "core/indicators/CaseScan.h"
#include "core/indicators/IndicatorSet.h"
#include "core/indicators/MultiTally.h"
#include "core/indicators/RecidiveTally.h"
#include "core/indicators/Tally.h"
#include "core/indicators/TrajectoryTally.h"

#include <array>
#include <span>
#include <vector>

namespace km {

/**
 * Folds cases, one at a time with their trajectories and events, into the counts of every
 * indicator, and turns the counts into an IndicatorSet in the codebook's order. Its state does
 * not grow with the data apart from the values the distributions need.
 */
class CaseAccumulator
{
public:
    explicit CaseAccumulator(const Selection& selection);

    void add(const CaseScan::Case& c, std::span<const CaseScan::Trajectory> trajectories,
             std::span<const CaseScan::Event> events);

    /**
     * Adds the cases another accumulator folded (another part of the study, or another cell of
     * it). The figures are identical to the last digit to those of one pass over all of them,
     * in any order: counts add, and the distributions sort their values before summing.
     */
    void merge(const CaseAccumulator& other);

    /**
     * Puts the distributions' values in order, so that merging this accumulator into another
     * sorted one (a cube's cells into a selection) keeps them in order without sorting again.
     */
    void sortValues();

    /** How many cases were added. */
    std::int64_t cases() const { return cases_; }

    /** The indicators of all cases added so far; the accumulator is spent afterwards. */
    IndicatorSet finish();

private:
    Selection selection_;
    std::int64_t cases_ = 0;
    Tally minderjarigen_, vtEerderBetrokken_, geweldsgeschiedenis_, casusregie_, afstemming_;
    MultiTally richting_, aard_;
    std::array<Tally, 3> plans_;    // as CaseScan::Case::plans
    int allen_;                     // the plan code that counts
    RecidiveTally recidive_;
    TrajectoryTally trajectories_;
    std::vector<double> geschiedenisJaren_, meldingTotOverdracht_, meldingTotHulp_;
    bool sorted_ = true;            // those values are in order: none added since sortValues()
};

} // namespace km
