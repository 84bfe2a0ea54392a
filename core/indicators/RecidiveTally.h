#pragma once

#include "core/indicators/CaseScan.h"
#include "core/indicators/Tally.h"

#include <optional>
#include <span>
#include <vector>

namespace km {

/**
 * The recidive indicators: per case, the events inside the window (melddatum, end], where end
 * is einde_followup or, with a window of N months, the earlier of that and melddatum + N
 * months. Events on or before melddatum never count.
 */
class RecidiveTally
{
public:
    explicit RecidiveTally(std::optional<int> windowMonths);

    void add(const CaseScan::Case& c, std::span<const CaseScan::Event> events);
    /** Adds the counts of another part of the same selection. */
    void merge(const RecidiveTally& other);

    /** recidive.<soort> for each soort, then recidive.bekend_bij_een_partij. */
    void appendTo(std::vector<Proportion>& out) const;

private:
    Day windowEnd(const CaseScan::Case& c) const;

    std::optional<int> windowMonths_;
    std::vector<Tally> perSoort_;   // by soort code
    Tally oneParty_;
    int vt_, hulpverlening_, beide_;
};

} // namespace km
