#pragma once

#include "core/indicators/CaseScan.h"
#include "core/indicators/Proportion.h"
#include "core/indicators/WindowCounts.h"

#include <optional>
#include <span>
#include <vector>

namespace km {

/**
 * The recidive indicators: per case, the events inside the window (melddatum, end], where end
 * is einde_followup or, with a window of N months, the earlier of that and melddatum + N
 * months. Events on or before melddatum never count. The counts are kept for every window at
 * once (WindowCounts): a case's outcome changes only at the first event of each kind, so the
 * window is chosen when the figures are read, not when the cases are folded.
 */
class RecidiveTally
{
public:
    RecidiveTally();

    void add(const CaseScan::Case& c, std::span<const CaseScan::Event> events);
    /** Adds the counts of another part of the same selection. */
    void merge(const RecidiveTally& other);

    /** recidive.<soort> for each soort, then recidive.bekend_bij_een_partij, for a window (nullopt: whole follow-up). */
    void appendTo(std::vector<Proportion>& out, std::optional<int> windowMonths) const;

private:
    std::int64_t cases_ = 0;
    std::vector<WindowCounts> perSoort_;   // by soort code: from the first event of that soort
    // bekend_bij_een_partij: a case counts from its first event, as known to one party until it
    // is settled otherwise: unknown from an event of unknown party, "not one party" from the
    // event that makes it known to both, whichever comes first; the latter wins from then on.
    WindowCounts firstEvent_, settled_, bothParties_;
    std::vector<Day> firstOfSoort_;        // reused for every case
    int vt_, hulpverlening_, beide_;
};

} // namespace km
