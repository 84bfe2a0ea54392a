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

    /** The non-empty groups of a selection's published rows (in IndicatorSet order), in IndicatorLabels::groups() order. */
    static std::vector<GroupTable> build(const std::vector<PublishedProportion>& proportions,
                                         const std::vector<PublishedDistribution>& distributions);
};

} // namespace km
