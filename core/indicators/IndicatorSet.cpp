#include "core/indicators/IndicatorSet.h"

#include <algorithm>

namespace km {

namespace {

template<typename T>
const T* findById(const std::vector<T>& items, const std::string& id)
{
    const auto it = std::find_if(items.begin(), items.end(), [&](const T& item) { return item.id == id; });
    return it == items.end() ? nullptr : &*it;
}

} // namespace

const Proportion* IndicatorSet::proportion(const std::string& id) const
{
    return findById(proportions, id);
}

const Distribution* IndicatorSet::distribution(const std::string& id) const
{
    return findById(distributions, id);
}

} // namespace km
