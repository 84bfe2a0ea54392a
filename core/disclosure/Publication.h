#pragma once

#include "core/disclosure/GroupTable.h"
#include "core/disclosure/SecondarySuppression.h"
#include "core/disclosure/SmallCellPolicy.h"
#include "core/indicators/IndicatorSet.h"

#include <string>
#include <vector>

namespace km {

/** One selection of a report or export as it may be published. */
struct PublishedSelection
{
    Release release = Release::Published;
    std::string casesText;                 // "99", "100" (rounded) or "<5" (withheld)
    IndicatorSet figures;                  // the published values (rounded when rounding), hidden ones flagged in tables
    std::vector<GroupTable> tables;        // empty when withheld
    std::vector<AuditedCount> audit;       // every sensitive count and the interval a reader is left with
};

/**
 * Everything one report or export publishes, with the whole disclosure policy applied
 * (docs/disclosure.md): primary suppression, secondary suppression audited by linear
 * programming, the minimum size of a selection, the rules for distributions and the optional
 * rounding. Reports and exports take their tables from here and from nowhere else.
 */
struct Publication
{
    std::vector<PublishedSelection> selections;

    /** What a suppressed-to-protect-another cell reads (CBS's mark for "geheim"). */
    static constexpr const char* protectiveMark = "x";

    /** The selections of one report or export; they share no cases (one cohort each, ReportData::perCohort). */
    static Publication of(const std::vector<IndicatorSet>& sets, const SmallCellPolicy& policy);
};

} // namespace km
