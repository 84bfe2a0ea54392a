#include "core/indicators/MultiTally.h"

namespace km {

MultiTally::MultiTally(const std::vector<std::string>& values)
    : values_(values), hits_(values.size(), 0)
{
}

void MultiTally::add(std::optional<std::int64_t> mask)
{
    if (!mask || *mask == 0) {
        ++unknown_;
        return;
    }
    ++known_;
    for (std::size_t i = 0; i < hits_.size(); ++i)
        if (*mask & (std::int64_t{1} << i))
            ++hits_[i];
}

void MultiTally::merge(const MultiTally& other)
{
    for (std::size_t i = 0; i < hits_.size(); ++i)
        hits_[i] += other.hits_[i];
    known_ += other.known_;
    unknown_ += other.unknown_;
}

void MultiTally::appendTo(std::vector<Proportion>& out, const std::string& prefix) const
{
    for (std::size_t i = 0; i < values_.size(); ++i)
        out.push_back(Proportion::make(prefix + values_[i], hits_[i], known_, unknown_));
}

} // namespace km
