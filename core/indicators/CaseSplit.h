#pragma once

#include "core/db/Database.h"
#include "core/db/SharedSnapshot.h"
#include "core/indicators/CaseScan.h"

#include <cstddef>
#include <cstdint>
#include <future>
#include <memory>
#include <utility>
#include <vector>

namespace km {

/**
 * Splits a pass over a study's cases by case id into equal parts, each read on a thread of its
 * own through a connection to one shared state of the file (SharedSnapshot), so the parts add
 * up to exactly one consistent pass. Where a split does not pay or cannot be made safe, there
 * is one part, read on the calling thread through the study's own connection.
 */
class CaseSplit
{
public:
    /** At most `maxParts` parts of at least `minCasesPerPart` case ids each. */
    CaseSplit(const Database& db, std::size_t maxParts, std::int64_t minCasesPerPart);

    std::size_t parts() const { return ranges_.size(); }

    /**
     * `fold(connection, range)` for every part, the first on the calling thread and the others
     * on threads of their own; the results in case order.
     */
    template<typename Fold>
    auto run(const Fold& fold) const
    {
        using Part = decltype(fold(std::declval<const Database&>(), CaseIdRange{}));
        std::vector<std::future<Part>> later;
        for (std::size_t i = 1; i < ranges_.size(); ++i)
            later.push_back(std::async(std::launch::async, [&fold, this, i] { return fold(reader(i), ranges_[i]); }));
        std::vector<Part> results;
        results.reserve(ranges_.size());
        results.push_back(fold(reader(0), ranges_[0]));
        for (std::future<Part>& part : later)
            results.push_back(part.get());
        return results;
    }

private:
    const Database& reader(std::size_t part) const { return snapshot_ ? snapshot_->reader(part) : db_; }

    const Database& db_;
    std::vector<CaseIdRange> ranges_{1};
    std::unique_ptr<SharedSnapshot> snapshot_;
};

} // namespace km
