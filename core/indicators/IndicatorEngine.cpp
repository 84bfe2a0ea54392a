#include "core/indicators/IndicatorEngine.h"

#include "core/db/SharedSnapshot.h"
#include "core/db/Statement.h"
#include "core/db/Study.h"
#include "core/indicators/CaseAccumulator.h"
#include "core/indicators/CaseScan.h"

#include <algorithm>
#include <bit>
#include <future>
#include <limits>
#include <optional>
#include <utility>
#include <thread>

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

// The lowest and highest case id; nullopt without cases.
std::optional<std::pair<std::int64_t, std::int64_t>> idBounds(const Database& db)
{
    Statement bounds = db.prepare("SELECT min(id), max(id) FROM cases");
    bounds.step();
    if (bounds.isNull(0))
        return std::nullopt;
    return std::pair{bounds.int64(0), bounds.int64(1)};
}

// Equal shares of the ids [first, last] seen before the snapshot; the outer ranges reach to the
// ends of the id space, so a case committed in between is still counted exactly once.
std::vector<CaseIdRange> split(std::int64_t first, std::int64_t last, std::size_t parts)
{
    const std::int64_t share = (last - first) / static_cast<std::int64_t>(parts) + 1;
    std::vector<CaseIdRange> ranges(parts);
    for (std::size_t i = 1; i < parts; ++i) {
        ranges[i].first = first + share * static_cast<std::int64_t>(i);
        ranges[i - 1].last = ranges[i].first - 1;
    }
    return ranges;
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
    const Database& db = study_.db();
    const std::optional<std::pair<std::int64_t, std::int64_t>> ids = idBounds(db);
    std::size_t parts = 1;
    if (ids && threads_.minCasesPerThread > 0)
        parts = std::clamp<std::size_t>(static_cast<std::size_t>((ids->second - ids->first + 1) / threads_.minCasesPerThread),
                                        1, std::max<std::size_t>(threads_.count, 1));
    const std::unique_ptr<SharedSnapshot> snapshot = parts > 1 ? SharedSnapshot::open(db, parts) : nullptr;
    if (!snapshot)
        return foldRange(db, selections, {});

    const std::vector<CaseIdRange> ranges = split(ids->first, ids->second, parts);
    std::vector<std::future<Accumulators>> later;
    for (std::size_t i = 1; i < parts; ++i)
        later.push_back(std::async(std::launch::async, foldRange, std::cref(snapshot->reader(i)),
                                   std::cref(selections), ranges[i]));
    Accumulators accumulators = foldRange(snapshot->reader(0), selections, ranges[0]);
    for (std::future<Accumulators>& part : later) {
        Accumulators folded = part.get();
        for (std::size_t i = 0; i < accumulators.size(); ++i)
            accumulators[i].merge(std::move(folded[i]));
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
