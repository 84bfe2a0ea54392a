#pragma once

#include "core/indicators/Proportion.h"

#include <cstdint>
#include <string>

namespace km {

/**
 * The three counts behind one proportion indicator while cases are being folded: hits,
 * known observations, and observations left out as unknown.
 */
struct Tally
{
    std::int64_t numerator = 0;
    std::int64_t denominator = 0;
    std::int64_t unknown = 0;

    void addKnown(bool hit)
    {
        ++denominator;
        if (hit)
            ++numerator;
    }

    void addUnknown() { ++unknown; }

    /** Adds the counts of another part of the same selection. */
    void merge(const Tally& other)
    {
        numerator += other.numerator;
        denominator += other.denominator;
        unknown += other.unknown;
    }

    /** A yes/no or code field: known when not NULL, a hit when it equals `hitValue`. */
    template<typename Optional, typename T>
    void addValue(const Optional& value, T hitValue)
    {
        if (value)
            addKnown(*value == hitValue);
        else
            addUnknown();
    }

    Proportion toProportion(std::string id) const
    {
        return Proportion::make(std::move(id), numerator, denominator, unknown);
    }
};

} // namespace km
