#pragma once

#include "core/disclosure/CountRounding.h"
#include "core/indicators/Distribution.h"
#include "core/indicators/Proportion.h"

#include <cstdint>
#include <string>

namespace km {

/**
 * Small-number protection for published figures (docs/disclosure.md): below minCell a count is
 * not shown, and neither are its percent and interval (primary suppression). minCell 0 means no
 * protection, which exports stamp "intern" (for internal use only). What else has to be hidden
 * so that the hidden counts cannot be worked out again is decided by SecondarySuppression.
 */
struct SmallCellPolicy
{
    static constexpr int defaultMinCell = 5;

    int minCell = defaultMinCell;
    /** Off unless chosen: rounding of every published count (docs/disclosure.md, "Rounding"). */
    CountRounding rounding{};

    static SmallCellPolicy none() { return SmallCellPolicy{0}; }

    bool active() const { return minCell > 0; }

    /**
     * A proportion is suppressed when its numerator is below minCell, or when the cases
     * without the characteristic (denominator - numerator) are: the one follows from the other
     * and the denominator. A denominator below minCell implies the first.
     */
    bool suppresses(const Proportion& p) const;

    /** A distribution of fewer than minCell values is suppressed: its statistics describe persons. */
    bool suppresses(const Distribution& d) const;

    /** "<5": what a suppressed count reads. */
    std::string below() const;

    /**
     * What the numerator of a suppressed proportion reads: "<5" when it is the small one,
     * "> 95" (denominator - minCell) when the complement is; the plain count otherwise.
     */
    std::string numeratorText(const Proportion& p) const;

    /** The denominator, or "<5" when it is itself below minCell. */
    std::string denominatorText(const Proportion& p) const;

    /** `p` with percent and interval removed when it is suppressed. */
    Proportion masked(const Proportion& p) const;

    /**
     * `d` as it may be published (DistributionDisclosure): only n when it is suppressed, the
     * median and quartiles only from enough values, the mean not when one value dominates it,
     * and never its minimum and maximum while protection is active.
     */
    Distribution masked(const Distribution& d) const;
};

} // namespace km
