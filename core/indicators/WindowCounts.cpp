#include "core/indicators/WindowCounts.h"

#include <algorithm>
#include <numeric>

namespace km {

void WindowCounts::add(int months)
{
    if (months == never)
        return;
    const auto index = static_cast<std::size_t>(std::max(months, 0));
    if (index >= byMonths_.size())
        byMonths_.resize(index + 1);
    ++byMonths_[index];
}

void WindowCounts::merge(const WindowCounts& other)
{
    if (other.byMonths_.size() > byMonths_.size())
        byMonths_.resize(other.byMonths_.size());
    std::transform(other.byMonths_.begin(), other.byMonths_.end(), byMonths_.begin(), byMonths_.begin(),
                   std::plus<>());
}

std::int64_t WindowCounts::within(std::optional<int> months) const
{
    if (months && *months < 0)
        return 0;
    const std::size_t end = months ? std::min(byMonths_.size(), static_cast<std::size_t>(*months) + 1) : byMonths_.size();
    return std::accumulate(byMonths_.begin(), byMonths_.begin() + static_cast<std::ptrdiff_t>(end), std::int64_t{0});
}

} // namespace km
