#include "core/indicators/IndicatorEngine.h"

#include "core/db/Study.h"
#include "core/indicators/CaseAccumulator.h"
#include "core/indicators/CaseScan.h"

#include <algorithm>
#include <bit>

namespace km {

IndicatorEngine::IndicatorEngine(const Study& study)
    : study_(study)
{
}

IndicatorSet IndicatorEngine::compute(const Selection& selection) const
{
    return computeAll({selection}).front();
}

std::vector<IndicatorSet> IndicatorEngine::computeAll(const std::vector<Selection>& selections) const
{
    std::vector<IndicatorSet> sets;
    for (std::size_t first = 0; first < selections.size(); first += CaseScan::maxSelections) {
        const std::size_t last = std::min(selections.size(), first + CaseScan::maxSelections);
        const std::vector<Selection> part(selections.begin() + static_cast<std::ptrdiff_t>(first),
                                          selections.begin() + static_cast<std::ptrdiff_t>(last));
        std::vector<CaseAccumulator> accumulators;
        accumulators.reserve(part.size());
        for (const Selection& selection : part)
            accumulators.emplace_back(selection);
        CaseScan(study_.db(), part).run([&](const CaseScan::Case& c, std::span<const CaseScan::Trajectory> t,
                                            std::span<const CaseScan::Event> e) {
            for (std::uint64_t in = c.selections; in != 0; in &= in - 1)
                accumulators[static_cast<std::size_t>(std::countr_zero(in))].add(c, t, e);
        });
        for (CaseAccumulator& accumulator : accumulators)
            sets.push_back(accumulator.finish());
    }
    return sets;
}

const std::vector<std::string>& IndicatorEngine::proportionIds()
{
    // The ids of an empty accumulator's result: the same code path names them, so the list and
    // compute() cannot drift apart.
    static const std::vector<std::string> ids = [] {
        std::vector<std::string> result;
        for (const Proportion& p : CaseAccumulator(Selection{}).finish().proportions)
            result.push_back(p.id);
        return result;
    }();
    return ids;
}

} // namespace km
