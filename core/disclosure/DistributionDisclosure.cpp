#include "core/disclosure/DistributionDisclosure.h"

namespace km {

bool DistributionDisclosure::dominated(const Distribution& d)
{
    if (!d.max || !d.mean || d.n <= 0)
        return true;
    const double sum = *d.mean * static_cast<double>(d.n);
    return *d.max >= dominantShare * sum;
}

Distribution DistributionDisclosure::published(const Distribution& d) const
{
    if (minCell_ <= 0)
        return d;
    Distribution shown{d.id, d.unit, d.n, {}, {}, {}, {}, {}, {}};
    if (d.n < minCell_)
        return shown;
    if (!dominated(d))
        shown.mean = d.mean;
    if (d.n >= medianFrom())
        shown.median = d.median;
    if (d.n >= quartilesFrom()) {
        shown.q1 = d.q1;
        shown.q3 = d.q3;
    }
    return shown;
}

} // namespace km
