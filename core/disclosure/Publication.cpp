#include "core/disclosure/Publication.h"

#include "core/disclosure/DistributionDisclosure.h"

namespace km {

namespace {

std::string count(const SmallCellPolicy& policy, std::int64_t value)
{
    return std::to_string(policy.rounding.round(value));
}

PublishedProportion proportion(const Proportion& p, Suppression suppression, const SmallCellPolicy& policy)
{
    const CountRounding& r = policy.rounding;
    // Rounded counts carry percentages of their own: the exact one would give the exact count back.
    Proportion shown = r.active() ? Proportion::make(p.id, r.round(p.numerator), r.round(p.denominator), r.round(p.unknown))
                                  : p;
    switch (suppression) {
    case Suppression::None:
        return PublishedProportion::unprotected(shown);
    case Suppression::Primary: {
        shown.numerator = p.numerator;
        shown.percent.reset();
        shown.ci95.reset();
        const bool small = p.numerator < policy.minCell;
        // "> X" must hold for every denominator the rounded one can stand for.
        const std::int64_t lowestDenominator = r.active() ? r.round(p.denominator) - r.below() : p.denominator;
        return {shown, true, small ? policy.below() : "> " + std::to_string(lowestDenominator - policy.minCell),
                p.denominator < policy.minCell ? policy.below() : count(policy, p.denominator), count(policy, p.unknown)};
    }
    case Suppression::PrimaryAndMargins:
    case Suppression::Secondary:
        // Hidden whole, small or not: "x" must not tell which ("<5" without its denominator next
        // to the case count, or "x" meaning "at least 5", can still pin a count down).
        // Zeros rather than true counts, so no reader of `value` can leak one.
        shown = Proportion{p.id, 0, 0, 0, std::nullopt, std::nullopt};
        return {shown, true, Publication::protectiveMark, Publication::protectiveMark, Publication::protectiveMark};
    }
    return {};
}

PublishedDistribution distribution(const Distribution& d, Suppression suppression, const SmallCellPolicy& policy)
{
    Distribution shown = policy.masked(d);
    shown.n = policy.rounding.round(d.n);
    switch (suppression) {
    case Suppression::None:
        return {shown, false, std::to_string(shown.n)};
    case Suppression::Primary:
        return {shown, true, policy.below()};
    case Suppression::PrimaryAndMargins:   // not used for distributions: n is their only count
    case Suppression::Secondary:
        return {shown, true, Publication::protectiveMark};
    }
    return {};
}

} // namespace

Publication Publication::of(const std::vector<IndicatorSet>& sets, const SmallCellPolicy& policy)
{
    Publication publication;
    for (const IndicatorSet& set : sets) {
        ProtectedSelection protectedSet = SecondarySuppression::protect(set, policy);
        PublishedSelection selection;
        selection.release = protectedSet.plan.release;
        selection.figures.selection = set.selection;
        selection.figures.cases = policy.rounding.round(set.cases);
        selection.audit = std::move(protectedSet.audit);
        if (selection.release == Release::Withheld) {
            selection.casesText = policy.below();
            publication.selections.push_back(std::move(selection));
            continue;
        }
        selection.casesText = count(policy, set.cases);
        std::vector<PublishedProportion> proportions;
        for (std::size_t i = 0; i < set.proportions.size(); ++i) {
            proportions.push_back(proportion(set.proportions[i], protectedSet.plan.proportions[i], policy));
            selection.figures.proportions.push_back(proportions.back().value);
        }
        std::vector<PublishedDistribution> distributions;
        for (std::size_t i = 0; i < set.distributions.size(); ++i) {
            distributions.push_back(distribution(set.distributions[i], protectedSet.plan.distributions[i], policy));
            selection.figures.distributions.push_back(distributions.back().value);
        }
        selection.tables = GroupTable::build(proportions, distributions);
        publication.selections.push_back(std::move(selection));
    }
    return publication;
}

} // namespace km
