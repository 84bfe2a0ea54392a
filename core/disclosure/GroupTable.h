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
    std::string numeratorText;  // "12", "<5", "> 95" or "x" (hidden to protect another count)
    std::string denominatorText;
    std::string unknownText;

    /** "12/40", "<5/40", "> 35/40" or "x/x": the count as every output (tables, chart labels) writes it. */
    std::string countText() const { return numeratorText + "/" + denominatorText; }

    /** `p` published as it is, nothing hidden (no protection, or nothing to protect). */
    static PublishedProportion unprotected(const Proportion& p)
    {
        return {p, false, std::to_string(p.numerator), std::to_string(p.denominator), std::to_string(p.unknown)};
    }
};

/** A distribution as it may be published: statistics absent when suppressed, min and max absent when protected. */
struct PublishedDistribution
{
    Distribution value;
    bool suppressed = false;
    std::string nText;          // "12", "<5" or "x"
};

/**
 * One indicator group of a selection as Publication made it publishable: what every export
 * (CSV, XLSX, report tables and charts) shows, so no output can forget the suppression.
 */
struct GroupTable
{
    std::string group;          // "recidive"
    std::vector<PublishedProportion> proportions;
    std::vector<PublishedDistribution> distributions;

    bool anySuppressed() const;

    /**
     * The non-empty groups of a selection's published rows (in IndicatorSet order), in reading
     * order, the one grouping of every output (CLI, reports, exports): the known groups of
     * IndicatorLabels::groups(), then any other group in order of appearance, so no indicator
     * the engine computes is left out.
     */
    static std::vector<GroupTable> build(const std::vector<PublishedProportion>& proportions,
                                         const std::vector<PublishedDistribution>& distributions);

    /** The groups of build() before empty ones are dropped. */
    static std::vector<std::string> groupsOf(const std::vector<PublishedProportion>& proportions,
                                             const std::vector<PublishedDistribution>& distributions);
};

} // namespace km
