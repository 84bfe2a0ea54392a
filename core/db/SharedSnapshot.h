#pragma once

#include "core/db/Database.h"

#include <cstddef>
#include <memory>
#include <vector>

namespace km {

/**
 * Read connections to one study file that all see the same committed state, so that threads
 * can each scan part of the data and their results add up to one consistent whole. This SQLite
 * build has no snapshot API; instead a write lock is held for the moment the readers start
 * their transactions, so no commit can fall in between.
 */
class SharedSnapshot
{
public:
    /**
     * `count` readers of `db`'s file, or nullptr when that cannot be done without waiting: an
     * in-memory database, `db` inside a transaction (other connections would not see what it
     * has not committed), a file that cannot be locked for writing, or a writer at work.
     */
    static std::unique_ptr<SharedSnapshot> open(const Database& db, std::size_t count);

    std::size_t size() const { return readers_.size(); }
    const Database& reader(std::size_t index) const { return *readers_[index]; }

private:
    SharedSnapshot() = default;

    // Closing a reader ends its read transaction.
    std::vector<std::unique_ptr<Database>> readers_;
};

} // namespace km
