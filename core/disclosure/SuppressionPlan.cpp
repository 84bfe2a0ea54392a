#include "core/disclosure/SuppressionPlan.h"

namespace km {

SuppressionPlan SuppressionPlan::primary(const IndicatorSet& set, const SmallCellPolicy& policy)
{
    SuppressionPlan plan;
    plan.proportions.assign(set.proportions.size(), Suppression::None);
    plan.distributions.assign(set.distributions.size(), Suppression::None);
    if (!policy.active())
        return plan;
    if (set.cases < policy.minCell)
        plan.release = Release::Withheld;
    for (std::size_t i = 0; i < set.proportions.size(); ++i)
        if (policy.suppresses(set.proportions[i]))
            plan.proportions[i] = Suppression::Primary;
    for (std::size_t i = 0; i < set.distributions.size(); ++i)
        if (policy.suppresses(set.distributions[i]))
            plan.distributions[i] = Suppression::Primary;
    return plan;
}

} // namespace km
