#include "core/indicators/IndicatorEngine.h"

#include "core/db/Study.h"
#include "core/indicators/CaseAccumulator.h"
#include "core/indicators/CaseScan.h"

namespace km {

IndicatorEngine::IndicatorEngine(const Study& study)
    : study_(study)
{
}

IndicatorSet IndicatorEngine::compute(const Selection& selection) const
{
    CaseAccumulator accumulator(selection);
    CaseScan(study_.db(), selection).run([&](const CaseScan::Case& c, std::span<const CaseScan::Trajectory> t,
                                             std::span<const CaseScan::Event> e) { accumulator.add(c, t, e); });
    return accumulator.finish();
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
