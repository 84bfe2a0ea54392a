#include "core/disclosure/SecondarySuppression.h"

#include "core/disclosure/PublicationModel.h"

#include <algorithm>

namespace km {

namespace {

using Unit = PublicationModel::Unit;
using Step = std::vector<Unit>;   // rows hidden together

std::int64_t cost(const IndicatorSet& set, const Step& step)
{
    std::int64_t total = 0;
    for (const Unit& unit : step)
        total += unit.kind == Unit::Kind::Proportion ? set.proportions[unit.index].denominator
                                                     : set.distributions[unit.index].n;
    return total;
}

SuppressionPlan with(SuppressionPlan plan, const Step& step)
{
    for (const Unit& unit : step) {
        Suppression& state = (unit.kind == Unit::Kind::Proportion ? plan.proportions : plan.distributions)[unit.index];
        state = state == Suppression::Primary ? Suppression::PrimaryAndMargins : Suppression::Secondary;
    }
    return plan;
}

// The rows of a multi-value indicator share their denominator: hiding one of them alone hides nothing.
std::vector<Step> steps(const IndicatorSet& set, const std::vector<Unit>& candidates)
{
    std::vector<Step> result;
    std::vector<std::string_view> groups;
    for (const Unit& unit : candidates) {
        const std::string_view group = unit.kind == Unit::Kind::Proportion
            ? PublicationModel::sharedDenominator(set.proportions[unit.index].id)
            : std::string_view();
        if (group.empty()) {
            result.push_back({unit});
            continue;
        }
        if (std::find(groups.begin(), groups.end(), group) != groups.end())
            continue;
        groups.push_back(group);
        Step step;
        for (const Unit& other : candidates)
            if (other.kind == Unit::Kind::Proportion
                && PublicationModel::sharedDenominator(set.proportions[other.index].id) == group)
                step.push_back(other);
        result.push_back(std::move(step));
    }
    return result;
}

// How many values the interval leaves, capped: "unbounded" and "enough" compare alike.
std::int64_t spread(const std::optional<CountInterval>& interval, int minCell)
{
    if (!interval)
        return -1;
    const std::optional<std::int64_t> width = interval->width();
    return width ? std::min<std::int64_t>(*width, minCell) : minCell;
}

} // namespace

bool SecondarySuppression::wideEnough(const CountInterval& interval, int minCell)
{
    const std::optional<std::int64_t> width = interval.width();
    return !width || *width >= minCell - 1;
}

ProtectedSelection SecondarySuppression::protect(const IndicatorSet& set, const SmallCellPolicy& policy)
{
    ProtectedSelection result{SuppressionPlan::primary(set, policy), {}};
    if (!policy.active() || result.plan.release == Release::Withheld)
        return result;
    for (;;) {
        const PublicationModel model(set, result.plan, policy);
        std::vector<AuditedCount> audit;
        std::optional<std::size_t> narrow;
        for (std::size_t i = 0; i < model.sensitive().size() && !narrow; ++i) {
            const PublicationModel::Sensitive& s = model.sensitive()[i];
            const std::optional<CountInterval> interval = IntervalAudit::range(model.system(), s.expression);
            if (!interval) {
                // The tables contradict the relations (not engine output): nothing can be vouched for.
                result.plan.release = Release::Withheld;
                result.audit.clear();
                return result;
            }
            if (!wideEnough(*interval, policy.minCell))
                narrow = i;
            audit.push_back({s.name, s.value, *interval});
        }
        if (!narrow) {
            result.audit = std::move(audit);
            return result;
        }
        const PublicationModel::Sensitive& cell = model.sensitive()[*narrow];
        std::vector<Step> candidates = steps(set, model.shownNeighbours(cell));
        if (candidates.empty()) {
            result.plan.release = Release::Withheld;
            result.audit.clear();
            return result;
        }
        std::stable_sort(candidates.begin(), candidates.end(),
                         [&](const Step& x, const Step& y) { return cost(set, x) < cost(set, y); });
        const Step* best = &candidates.front();
        std::int64_t bestSpread = -1;
        for (const Step& candidate : candidates) {
            const SuppressionPlan trial = with(result.plan, candidate);
            const PublicationModel trialModel(set, trial, policy);
            const std::int64_t s = spread(IntervalAudit::range(trialModel.system(), cell.expression), policy.minCell);
            if (s > bestSpread) {
                best = &candidate;
                bestSpread = s;
            }
            if (s >= policy.minCell - 1)
                break;   // the cheapest that is enough
        }
        result.plan = with(result.plan, *best);
    }
}

} // namespace km
