#include "core/disclosure/GroupTable.h"

#include "core/codebook/IndicatorLabels.h"

#include <algorithm>

namespace km {

bool GroupTable::anySuppressed() const
{
    return std::any_of(proportions.begin(), proportions.end(), [](const auto& p) { return p.suppressed; })
        || std::any_of(distributions.begin(), distributions.end(), [](const auto& d) { return d.suppressed; });
}

std::vector<std::string> GroupTable::groupsOf(const std::vector<PublishedProportion>& proportions,
                                             const std::vector<PublishedDistribution>& distributions)
{
    std::vector<std::string> groups = IndicatorLabels::groups();
    const auto add = [&](const std::string& id) {
        const std::string group(IndicatorLabels::group(id));
        if (std::find(groups.begin(), groups.end(), group) == groups.end())
            groups.push_back(group);
    };
    for (const PublishedProportion& p : proportions)
        add(p.value.id);
    for (const PublishedDistribution& d : distributions)
        add(d.value.id);
    return groups;
}

std::vector<GroupTable> GroupTable::build(const std::vector<PublishedProportion>& proportions,
                                         const std::vector<PublishedDistribution>& distributions)
{
    std::vector<GroupTable> tables;
    for (const std::string& group : groupsOf(proportions, distributions)) {
        GroupTable table{group, {}, {}};
        for (const PublishedProportion& p : proportions) {
            if (IndicatorLabels::group(p.value.id) == group)
                table.proportions.push_back(p);
        }
        for (const PublishedDistribution& d : distributions) {
            if (IndicatorLabels::group(d.value.id) == group)
                table.distributions.push_back(d);
        }
        if (!table.proportions.empty() || !table.distributions.empty())
            tables.push_back(std::move(table));
    }
    return tables;
}

} // namespace km
