#include "core/disclosure/GroupTable.h"

#include "core/codebook/IndicatorLabels.h"

#include <algorithm>

namespace km {

bool GroupTable::anySuppressed() const
{
    return std::any_of(proportions.begin(), proportions.end(), [](const auto& p) { return p.suppressed; })
        || std::any_of(distributions.begin(), distributions.end(), [](const auto& d) { return d.suppressed; });
}

std::vector<std::string> GroupTable::groupsOf(const IndicatorSet& set)
{
    std::vector<std::string> groups = IndicatorLabels::groups();
    const auto add = [&](const std::string& id) {
        const std::string group(IndicatorLabels::group(id));
        if (std::find(groups.begin(), groups.end(), group) == groups.end())
            groups.push_back(group);
    };
    for (const Proportion& p : set.proportions)
        add(p.id);
    for (const Distribution& d : set.distributions)
        add(d.id);
    return groups;
}

std::vector<GroupTable> GroupTable::build(const IndicatorSet& set, const SmallCellPolicy& policy)
{
    std::vector<GroupTable> tables;
    for (const std::string& group : groupsOf(set)) {
        GroupTable table{group, {}, {}};
        for (const Proportion& p : set.proportions) {
            if (IndicatorLabels::group(p.id) == group)
                table.proportions.push_back(PublishedProportion::of(p, policy));
        }
        for (const Distribution& d : set.distributions) {
            if (IndicatorLabels::group(d.id) != group)
                continue;
            const bool suppressed = policy.suppresses(d);
            table.distributions.push_back({policy.masked(d), suppressed, suppressed ? policy.below() : std::to_string(d.n)});
        }
        if (!table.proportions.empty() || !table.distributions.empty())
            tables.push_back(std::move(table));
    }
    return tables;
}

} // namespace km
