#include "core/disclosure/PublishedDifference.h"

namespace km {

std::vector<PublishedDifference> PublishedDifference::build(const std::vector<ProportionDifference>& differences,
                                                            const SmallCellPolicy& policy)
{
    std::vector<PublishedDifference> published;
    for (const ProportionDifference& d : differences) {
        PublishedDifference p{d, PublishedProportion::of(d.a, policy), PublishedProportion::of(d.b, policy), false};
        p.suppressed = p.a.suppressed || p.b.suppressed;
        p.value.a = p.a.value;
        p.value.b = p.b.value;
        if (p.suppressed) {
            p.value.difference.reset();
            p.value.ci95.reset();
            p.value.pFisher.reset();
        }
        published.push_back(std::move(p));
    }
    return published;
}

} // namespace km
