#pragma once

#include "core/disclosure/SmallCellPolicy.h"
#include "core/indicators/IndicatorSet.h"

#include <vector>

namespace km {

/**
 * Why a figure is not shown. Primary: its count is small ("<5", "> 35"), its denominator is shown.
 * PrimaryAndMargins: small, and hidden whole ("x") because its denominator gave a count away.
 * Secondary: not small itself, hidden whole ("x") to protect another count. Both read "x" alike,
 * so "x" tells a reader nothing about the size of the count.
 */
enum class Suppression { None, Primary, PrimaryAndMargins, Secondary };

/** Whether a selection's figures are published at all. */
enum class Release { Published, Withheld };

/**
 * Which figures of one selection a report or export withholds, by index into the selection's
 * IndicatorSet: the primary suppressions of SmallCellPolicy, widened by SecondarySuppression.
 */
struct SuppressionPlan
{
    Release release = Release::Published;
    std::vector<Suppression> proportions;
    std::vector<Suppression> distributions;

    /**
     * The small-cell rule alone: a selection of fewer than minCell cases is withheld whole (its
     * case count would say "these few people"), otherwise every proportion and distribution the
     * policy suppresses is primary.
     */
    static SuppressionPlan primary(const IndicatorSet& set, const SmallCellPolicy& policy);
};

} // namespace km
