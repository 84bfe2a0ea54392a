#include "core/import/DeferredIndexes.h"

#include "core/db/Database.h"
#include "core/db/Statement.h"

#include <algorithm>
#include <cstdint>

namespace km {

DeferredIndexes::DeferredIndexes(Database& db)
    : db_(db)
{
    // Only indexes with a definition: UNIQUE constraints (casus_id) have none and stay, since
    // the import relies on them for its duplicate checks.
    Statement st = db_.prepare(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN "
        "('cases', 'trajectories', 'events', 'case_extra', 'trajectory_extra', 'event_extra') ORDER BY name");
    std::vector<std::string> names;
    while (st.step()) {
        names.push_back(st.text(0));
        definitions_.push_back(st.text(1));
    }
    for (const std::string& name : names)
        db_.exec("DROP INDEX \"" + name + "\"");
}

bool DeferredIndexes::restore(const std::function<bool(double built)>& keepGoing)
{
    // The sort behind CREATE INDEX keeps as much in memory as the page cache may hold, besides
    // the cache itself: a smaller cache while sorting keeps the import's peak memory where the
    // load left it (the sort spills to temporary files instead). It can use a second core.
    constexpr std::int64_t sortCacheKiB = -16384;   // negative: KiB, as PRAGMA cache_size counts
    std::int64_t cacheSize = 0;
    {
        Statement st = db_.prepare("PRAGMA cache_size");
        st.step();
        cacheSize = st.int64(0);
    }
    db_.exec("PRAGMA cache_size = " + std::to_string(std::max(cacheSize, sortCacheKiB)));
    db_.exec("PRAGMA threads = 2");
    const auto settle = [&] {
        db_.exec("PRAGMA threads = 0");
        db_.exec("PRAGMA cache_size = " + std::to_string(cacheSize));
    };
    bool complete = true;
    try {
        for (std::size_t i = 0; i < definitions_.size() && complete; ++i) {
            complete = keepGoing(static_cast<double>(i) / static_cast<double>(definitions_.size()));
            if (complete)
                db_.exec(definitions_[i]);
        }
    } catch (const DatabaseError&) {
        settle();   // an interrupted or failed CREATE INDEX: the connection outlives the import
        throw;
    }
    settle();
    if (complete)
        definitions_.clear();
    return complete;
}

bool DeferredIndexes::worthwhile(const Database& db, double importBytes, double minBytes)
{
    if (importBytes < minBytes)
        return false;
    Statement st = db.prepare(
        "SELECT NOT EXISTS (SELECT 1 FROM cases), page_count * page_size FROM pragma_page_count, pragma_page_size");
    st.step();
    // A study stores a case in about as many bytes as its CSV lines take.
    return st.int64(0) != 0 || importBytes >= static_cast<double>(st.int64(1));
}

} // namespace km
