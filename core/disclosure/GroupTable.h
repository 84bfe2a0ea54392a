#pragma once

#include "core/disclosure/SmallCellPolicy.h"
#include "core/indicators/IndicatorSet.h"

#include <string>
#include <vector>

namespace km {

/** A proportion as it may be published: masked by the policy, with the counts as text. */
struct PublishedProportion
{
    Proportion value;           // percent and ci95 absent when suppressed
    bool suppressed = false;
    std::string numeratorText;  // "12", "<5" or "> 95"
    std::string denominatorText;

    /** "12/40", "<5/40" or "> 35/40": the count as every output (tables, chart labels) writes it. */
    std::string countText() const { return numeratorText + "/" + denominatorText; }

    /** `p` as `policy` publishes it. */
    static PublishedProportion of(const Proportion& p, const SmallCellPolicy& policy)
    {
        return {policy.masked(p), policy.suppresses(p), policy.numeratorText(p), policy.denominatorText(p)};
    }
};

/** A distribution as it may be published: statistics absent when suppressed, min and max absent when protected. */
struct PublishedDistribution
{
    Distribution value;
    bool suppressed = false;
    std::string nText;          // "12" or "<5"
};

/**
 * One indicator group of an IndicatorSet with the small-cell policy applied: what every export
 * (CSV, XLSX, report tables and charts) shows, so no output can forget the suppression.
 */
struct GroupTable
{
    std::string group;          // "recidive"
    std::vector<PublishedProportion> proportions;
    std::vector<PublishedDistribution> distributions;

    bool anySuppressed() const;

    /**
     * The non-empty groups of `set` in reading order, the one grouping of every output (CLI,
     * reports, exports): the known groups of IndicatorLabels::groups(), then any other group
     * in order of appearance, so no indicator the engine computes is left out.
     */
    static std::vector<GroupTable> build(const IndicatorSet& set, const SmallCellPolicy& policy);

    /** The groups of build() before empty ones are dropped. */
    static std::vector<std::string> groupsOf(const IndicatorSet& set);
};

} // namespace km
