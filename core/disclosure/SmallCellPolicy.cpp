#include "core/disclosure/SmallCellPolicy.h"

#include "core/disclosure/DistributionDisclosure.h"

namespace km {

bool SmallCellPolicy::suppresses(const Proportion& p) const
{
    return active() && (p.numerator < minCell || p.denominator - p.numerator < minCell);
}

bool SmallCellPolicy::suppresses(const Distribution& d) const
{
    return active() && d.n < minCell;
}

std::string SmallCellPolicy::below() const
{
    return "<" + std::to_string(minCell);
}

std::string SmallCellPolicy::numeratorText(const Proportion& p) const
{
    if (!suppresses(p))
        return std::to_string(p.numerator);
    if (p.numerator < minCell)
        return below();
    return "> " + std::to_string(p.denominator - minCell);
}

std::string SmallCellPolicy::denominatorText(const Proportion& p) const
{
    return active() && p.denominator < minCell ? below() : std::to_string(p.denominator);
}

Proportion SmallCellPolicy::masked(const Proportion& p) const
{
    Proportion copy = p;
    if (suppresses(p)) {
        copy.percent.reset();
        copy.ci95.reset();
    }
    return copy;
}

Distribution SmallCellPolicy::masked(const Distribution& d) const
{
    return DistributionDisclosure(minCell).published(d);
}

} // namespace km
