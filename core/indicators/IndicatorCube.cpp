#include "core/indicators/IndicatorCube.h"

#include "core/db/Study.h"
#include "core/indicators/CaseSplit.h"

#include <algorithm>
#include <unordered_map>

namespace km {

namespace {

// A cell's name in a look-up table: the separators are control characters that no cohort or
// regio name holds after import, and a missing regio differs from every regio name.
void cellKey(std::string& key, std::string_view cohort, std::optional<std::string_view> regio)
{
    key.assign(cohort);
    key += '\x1f';
    if (regio)
        key.append(*regio);
    else
        key += '\x1e';
}

} // namespace

IndicatorCube::IndicatorCube(const Study& study, IndicatorEngine::Threads threads)
{
    const Selection everything;
    const auto foldPart = [&](const Database& db, CaseIdRange range) {
        std::vector<Cell> cells;
        std::unordered_map<std::string, std::size_t> index;
        std::string key;
        std::size_t last = 0;
        CaseScan(db, {everything}, true, range).run([&](const CaseScan::Case& c, std::span<const CaseScan::Trajectory> t,
                                                        std::span<const CaseScan::Event> e) {
            // Cases of one cohort and regio often follow each other: only a change is looked up.
            if (cells.empty() || cells[last].cohort != c.cohort || cells[last].regio != c.regio) {
                cellKey(key, c.cohort, c.regio);
                const auto [it, added] = index.try_emplace(key, cells.size());
                if (added) {
                    std::optional<std::string> regio;
                    if (c.regio)
                        regio.emplace(*c.regio);
                    Selection cell{{std::string(c.cohort)}, regio, std::nullopt};
                    cells.push_back({std::string(c.cohort), regio, CaseAccumulator(cell)});
                }
                last = it->second;
            }
            cells[last].counts.add(c, t, e);
        });
        return cells;
    };
    for (std::vector<Cell>& part : CaseSplit(study.db(), threads.count, threads.minCasesPerThread).run(foldPart))
        merge(std::move(part));
    for (Cell& cell : cells_)
        cell.counts.sortValues();
}

void IndicatorCube::merge(std::vector<Cell>&& cells)
{
    for (Cell& cell : cells) {
        cases_ += cell.counts.cases();
        auto same = std::find_if(cells_.begin(), cells_.end(), [&](const Cell& mine) {
            return mine.cohort == cell.cohort && mine.regio == cell.regio;
        });
        if (same == cells_.end())
            cells_.push_back(std::move(cell));
        else
            same->counts.merge(cell.counts);
    }
    cells.clear();   // a part's values are copied or moved: keep memory at one copy and a part
}

IndicatorSet IndicatorCube::figures(const Selection& selection) const
{
    CaseAccumulator total(selection);
    for (const Cell& cell : cells_)
        if (selection.contains(cell.cohort, cell.regio))
            total.merge(cell.counts);
    return total.finish();
}

} // namespace km
