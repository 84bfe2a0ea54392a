#include "core/indicators/RecidiveTally.h"

#include "core/codebook/Codebook.h"

#include <algorithm>

namespace km {

namespace {

const FieldSpec& soortField()
{
    return Codebook::table(TableKind::Gebeurtenissen).field("soort");
}

int bekendBijCode(std::string_view value)
{
    return Codebook::table(TableKind::Gebeurtenissen).field("bekend_bij").codeIndex(value).value();
}

} // namespace

RecidiveTally::RecidiveTally(std::optional<int> windowMonths)
    : windowMonths_(windowMonths), perSoort_(soortField().values.size()),
      vt_(bekendBijCode("vt")), hulpverlening_(bekendBijCode("hulpverlening")), beide_(bekendBijCode("beide"))
{
}

Day RecidiveTally::windowEnd(const CaseScan::Case& c) const
{
    if (!windowMonths_)
        return c.eindeFollowup;
    return std::min(c.eindeFollowup, days::addMonths(c.melddatum, *windowMonths_));
}

void RecidiveTally::merge(const RecidiveTally& other)
{
    for (std::size_t i = 0; i < perSoort_.size(); ++i)
        perSoort_[i].merge(other.perSoort_[i]);
    oneParty_.merge(other.oneParty_);
}

void RecidiveTally::add(const CaseScan::Case& c, std::span<const CaseScan::Event> events)
{
    const Day end = windowEnd(c);
    std::uint32_t soorten = 0;      // bit per soort code seen in the window
    bool any = false, vt = false, hulpverlening = false, beide = false, unknownParty = false;
    for (const CaseScan::Event& e : events) {
        if (e.datum <= c.melddatum || e.datum > end)
            continue;
        any = true;
        if (e.soort && *e.soort >= 0 && *e.soort < static_cast<std::int64_t>(perSoort_.size()))
            soorten |= 1u << *e.soort;
        if (!e.bekendBij)
            unknownParty = true;
        else if (*e.bekendBij == vt_)
            vt = true;
        else if (*e.bekendBij == hulpverlening_)
            hulpverlening = true;
        else if (*e.bekendBij == beide_)
            beide = true;
    }
    for (std::size_t s = 0; s < perSoort_.size(); ++s)
        perSoort_[s].addKnown(soorten & (1u << s));
    if (!any)
        return;
    // Known to both parties settles it even when some events' party is unknown.
    if (beide || (vt && hulpverlening))
        oneParty_.addKnown(false);
    else if (unknownParty)
        oneParty_.addUnknown();
    else
        oneParty_.addKnown(true);
}

void RecidiveTally::appendTo(std::vector<Proportion>& out) const
{
    const FieldSpec& soort = soortField();
    for (std::size_t s = 0; s < perSoort_.size(); ++s)
        out.push_back(perSoort_[s].toProportion("recidive." + soort.values[s]));
    out.push_back(oneParty_.toProportion("recidive.bekend_bij_een_partij"));
}

} // namespace km
