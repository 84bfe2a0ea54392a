#include "core/indicators/IndicatorEngine.h"

#include "core/db/Study.h"
#include "core/indicators/CaseAccumulator.h"
#include "core/indicators/CaseScan.h"
#include "core/indicators/CaseSplit.h"

#include <algorithm>
#include <bit>
#include <thread>
#include <utility>

namespace km {

namespace {

using Accumulators = std::vector<CaseAccumulator>;

Accumulators foldRange(const Database& db, const std::vector<Selection>& selections, CaseIdRange range)
{
    Accumulators accumulators;
    accumulators.reserve(selections.size());
    for (const Selection& selection : selections)
        accumulators.emplace_back(selection);
    CaseScan(db, selections, true, range).run([&](const CaseScan::Case& c, std::span<const CaseScan::Trajectory> t,
                                                  std::span<const CaseScan::Event> e) {
        for (std::uint64_t in = c.selections; in != 0; in &= in - 1)
            accumulators[static_cast<std::size_t>(std::countr_zero(in))].add(c, t, e);
    });
    return accumulators;
}

} // namespace

std::size_t IndicatorEngine::Threads::available()
{
    return std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 4);
}

IndicatorEngine::IndicatorEngine(const Study& study)
    : IndicatorEngine(study, Threads{})
{
}

IndicatorEngine::IndicatorEngine(const Study& study, Threads threads)
    : study_(study), threads_(threads)
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
        for (CaseAccumulator& accumulator : fold(part))
            sets.push_back(accumulator.finish());
    }
    return sets;
}

Accumulators IndicatorEngine::fold(const std::vector<Selection>& selections) const
{
    std::vector<Accumulators> parts = CaseSplit(study_.db(), threads_.count, threads_.minCasesPerThread)
                                          .run([&](const Database& db, CaseIdRange range) {
                                              return foldRange(db, selections, range);
                                          });
    Accumulators accumulators = std::move(parts.front());
    for (std::size_t part = 1; part < parts.size(); ++part) {
        for (std::size_t i = 0; i < accumulators.size(); ++i)
            accumulators[i].merge(parts[part][i]);
        parts[part].clear();   // its values are copied: peak memory stays at one copy and a part
    }
    return accumulators;
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
