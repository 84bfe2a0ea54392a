#pragma once

#include "core/cases/CaseChain.h"
#include "core/cases/CasePageQuery.h"
#include "core/cases/CaseRow.h"
#include "core/cases/StudyOverview.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace km {

class Study;

/**
 * Read access to the cases of a study for browsing: counts and pages of the case list (filtered
 * and sorted in SQL) and the full chain of one case. A list of a million cases is browsed by
 * its ordered ids (one query, 8 bytes a case, no rows) and pages of rows read by id, so a page
 * costs the same at the end of the list as at the start.
 */
class CaseRepository
{
public:
    explicit CaseRepository(const Study& study);

    /**
     * The cohorts, regions and number of cases: names by hopping through the cohort index and
     * SQLite's count, so at a million cases opening a study reads no case.
     */
    StudyOverview overview() const;

    /** Number of cases whose casus_id, cohort or regio contains `filter` (all when empty). */
    std::int64_t count(const std::string& filter) const;

    /**
     * The row ids of the filtered, sorted list from query.offset, at most query.limit of them
     * (all when limit < 0). Ties are broken by casus_id, so pages of one order never overlap.
     */
    std::vector<std::int64_t> orderedIds(const CasePageQuery& query) const;

    /** The case rows with these ids, in the order given (ids that do not exist are skipped). */
    std::vector<CaseRow> rows(const std::vector<std::int64_t>& ids) const;

    /** One page of the filtered, sorted list: rows(orderedIds(query)). */
    std::vector<CaseRow> page(const CasePageQuery& query) const;

    /** The chain of the case with this row id, or nullopt when there is none. */
    std::optional<CaseChain> chain(std::int64_t id) const;

    /** The chain of the case with this casus_id, or nullopt. */
    std::optional<CaseChain> chainByCasusId(const std::string& casusId) const;

private:
    const Study& study_;
};

} // namespace km
