#pragma once

#include "core/disclosure/IntervalAudit.h"
#include "core/disclosure/SmallCellPolicy.h"
#include "core/disclosure/SuppressionPlan.h"
#include "core/indicators/IndicatorSet.h"

#include <string>
#include <vector>

namespace km {

/** One sensitive count of a published selection and the interval a reader can still narrow it to. */
struct AuditedCount
{
    std::string name;
    std::int64_t value = 0;
    CountInterval interval;
};

/** A selection's final suppressions with the audit that justifies them. */
struct ProtectedSelection
{
    SuppressionPlan plan;
    std::vector<AuditedCount> audit;
};

/**
 * Secondary suppression in the way τ-ARGUS and sdcTable do it, for the tables of one selection
 * together: start from the primary suppressions, audit every sensitive count with IntervalAudit
 * against everything else that is published (PublicationModel), and while one can be narrowed to
 * fewer than minCell values, hide one more row that is linked with it: the cheapest (smallest
 * denominator) that widens it enough, else the one that widens it most. Rows are only ever
 * added, so this ends; a selection that cannot be protected this way is withheld whole.
 */
class SecondarySuppression
{
public:
    static ProtectedSelection protect(const IndicatorSet& set, const SmallCellPolicy& policy);

    /** Whether a reader who knows `interval` still has at least minCell values to choose from. */
    static bool wideEnough(const CountInterval& interval, int minCell);
};

} // namespace km
