#include "core/indicators/CaseSplit.h"

#include "core/db/Statement.h"

#include <algorithm>
#include <optional>

namespace km {

namespace {

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

CaseSplit::CaseSplit(const Database& db, std::size_t maxParts, std::int64_t minCasesPerPart)
    : db_(db)
{
    const std::optional<std::pair<std::int64_t, std::int64_t>> ids = idBounds(db);
    if (!ids || minCasesPerPart <= 0)
        return;
    const std::size_t parts = std::clamp<std::size_t>(
        static_cast<std::size_t>((ids->second - ids->first + 1) / minCasesPerPart), 1, std::max<std::size_t>(maxParts, 1));
    if (parts > 1 && (snapshot_ = SharedSnapshot::open(db, parts)))
        ranges_ = split(ids->first, ids->second, parts);
}

} // namespace km
