#include "core/indicators/IndicatorCube.h"

#include "core/db/Study.h"
#include "core/indicators/CaseSplit.h"

namespace km {

IndicatorCube::IndicatorCube(const Study& study, IndicatorEngine::Threads threads)
{
    const auto foldPart = [](const Database& db, CaseIdRange range) {
        Cells cells;
        auto last = cells.end();
        CaseScan(db, {Selection{}}, true, range).run([&](const CaseScan::Case& c, std::span<const CaseScan::Trajectory> t,
                                                         std::span<const CaseScan::Event> e) {
            // Cases of one cohort and regio often follow each other: only a change is looked up.
            if (last == cells.end() || last->first.first != c.cohort || last->first.second != c.regio) {
                CellKey key{std::string(c.cohort), c.regio ? std::optional<std::string>(*c.regio) : std::nullopt};
                last = cells.find(key);
                if (last == cells.end()) {
                    const Selection cell{{key.first}, key.second, std::nullopt};
                    last = cells.emplace(std::move(key), CaseAccumulator(cell)).first;
                }
            }
            last->second.add(c, t, e);
        });
        return cells;
    };
    for (Cells& part : CaseSplit(study.db(), threads.count, threads.minCasesPerThread).run(foldPart)) {
        for (auto& [key, counts] : part) {
            cases_ += counts.cases();
            // try_emplace leaves `counts` alone when the cell is there already.
            if (const auto [cell, added] = cells_.try_emplace(key, std::move(counts)); !added)
                cell->second.merge(counts);
        }
        part.clear();   // its values are moved or copied: memory stays at one copy and a part
    }
    for (auto& [key, counts] : cells_)
        counts.sortValues();
}

IndicatorSet IndicatorCube::figures(const Selection& selection) const
{
    CaseAccumulator total(selection);
    for (const auto& [key, counts] : cells_)
        if (selection.contains(key.first, key.second))
            total.merge(counts);
    return total.finish();
}

} // namespace km
