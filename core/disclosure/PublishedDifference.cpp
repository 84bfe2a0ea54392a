#include "core/disclosure/PublishedDifference.h"

namespace km {

namespace {

const PublishedProportion* row(const PublishedSelection& selection, const std::string& id)
{
    for (const GroupTable& table : selection.tables)
        for (const PublishedProportion& p : table.proportions)
            if (p.value.id == id)
                return &p;
    return nullptr;
}

PublishedDifference published(const ProportionDifference& d, const PublishedProportion& a, const PublishedProportion& b)
{
    PublishedDifference p{d, a, b, a.suppressed || b.suppressed};
    p.value.a = a.value;
    p.value.b = b.value;
    if (p.suppressed) {
        p.value.difference.reset();
        p.value.ci95.reset();
        p.value.pFisher.reset();
    }
    return p;
}

} // namespace

std::vector<PublishedDifference> PublishedDifference::build(const PublishedSelection& a, const PublishedSelection& b)
{
    std::vector<PublishedDifference> list;
    for (const ProportionDifference& d : CohortComparison::compare(a.figures, b.figures)) {
        const PublishedProportion* rowA = row(a, d.id);
        const PublishedProportion* rowB = row(b, d.id);
        if (rowA && rowB)
            list.push_back(published(d, *rowA, *rowB));
    }
    return list;
}

std::vector<PublishedDifference> PublishedDifference::unprotected(const std::vector<ProportionDifference>& differences)
{
    std::vector<PublishedDifference> list;
    for (const ProportionDifference& d : differences)
        list.push_back(published(d, PublishedProportion::unprotected(d.a), PublishedProportion::unprotected(d.b)));
    return list;
}

} // namespace km
