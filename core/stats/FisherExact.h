#pragma once

#include <cstdint>

namespace km::stats {

/**
 * Two-sided p-value of Fisher's exact test for the 2x2 table [[a, b], [c, d]], as R's
 * fisher.test computes it: the sum of the probabilities of all tables with the same margins
 * that are no more likely than the observed one (relative tolerance 1e-7).
 */
double fisherExactTwoSided(std::int64_t a, std::int64_t b, std::int64_t c, std::int64_t d);

} // namespace km::stats
