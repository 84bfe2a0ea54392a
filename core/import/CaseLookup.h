#pragma once

#include "core/db/Statement.h"
#include "core/util/Day.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace km {

class Database;

/** A stored case as the rows that refer to it need it. */
struct CaseRef
{
    std::int64_t id = 0;
    Day melddatum = 0;
    Day eindeFollowup = 0;
    std::int64_t importId = 0;
    std::int64_t sourceLine = 0;
};

/**
 * Finds cases by casus_id for the trajecten and gebeurtenissen rows and for duplicate checks:
 * in the database (earlier imports and the rows of this import written so far, through the
 * UNIQUE index) and among this import's case rows that were rejected, so a rejected case does
 * not also make every row referring to it an error. Files sorted like casussen are followed
 * along the cases in id order instead, which needs no index look-up and no memory per case.
 */
class CaseLookup
{
public:
    explicit CaseLookup(Database& db);

    std::optional<CaseRef> find(std::string_view casusId);

    /** A case row of this import with errors: not stored, but its id is not unknown either. */
    void reject(std::string_view casusId, std::size_t line);
    std::optional<std::size_t> rejectedLine(std::string_view casusId) const;

    /** The casussen source could not be read completely, so a missing id proves nothing. */
    void markIncomplete() { complete_ = false; }
    bool complete() const { return complete_; }

private:
    /** The case after the previous hit (a few rows on at most), if it has this casus_id. */
    std::optional<CaseRef> followOn(std::string_view casusId);
    std::optional<CaseRef> remember(std::string_view casusId, std::optional<CaseRef> found);

    Statement select_;
    Statement following_;          // the cases after the previous hit, in id order
    bool followingActive_ = false; // following_ is bound and stepped past the previous hit
    std::string lastId_;
    std::optional<CaseRef> last_;
    std::map<std::string, std::size_t, std::less<>> rejected_;
    bool complete_ = true;
};

} // namespace km
