#pragma once

#include "core/indicators/Proportion.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace km {

/**
 * Counts for a multi-value field (a bit mask over the codebook's values): for each value the
 * cases (or other units) that contain it, over the units with a known, non-empty value.
 */
class MultiTally
{
public:
    /** `values` are the codebook's values of the field, in code order; kept by reference. */
    explicit MultiTally(const std::vector<std::string>& values);

    /** One unit's mask; nullopt or 0 (no value at all) counts as unknown. */
    void add(std::optional<std::int64_t> mask);
    /** Adds the counts of another part of the same selection (same field). */
    void merge(const MultiTally& other);

    /** One proportion per value, in code order, id `prefix` + value; every value present. */
    void appendTo(std::vector<Proportion>& out, const std::string& prefix) const;

private:
    const std::vector<std::string>& values_;
    std::vector<std::int64_t> hits_;
    std::int64_t known_ = 0;
    std::int64_t unknown_ = 0;
};

} // namespace km
