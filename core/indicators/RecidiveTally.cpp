#include "core/indicators/RecidiveTally.h"

#include "core/codebook/Codebook.h"
#include "core/indicators/Tally.h"

#include <algorithm>
#include <limits>

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

RecidiveTally::RecidiveTally()
    : perSoort_(soortField().values.size()), firstOfSoort_(soortField().values.size()),
      vt_(bekendBijCode("vt")), hulpverlening_(bekendBijCode("hulpverlening")), beide_(bekendBijCode("beide"))
{
}

void RecidiveTally::merge(const RecidiveTally& other)
{
    cases_ += other.cases_;
    for (std::size_t i = 0; i < perSoort_.size(); ++i)
        perSoort_[i].merge(other.perSoort_[i]);
    firstEvent_.merge(other.firstEvent_);
    settled_.merge(other.settled_);
    bothParties_.merge(other.bothParties_);
}

// A window takes in every day up to its end, so which windows take in a kind of event follows
// from its earliest day alone, and "known to both parties" from the earliest day on which a
// beide event, or both a vt and a hulpverlening event, lie in the window.
void RecidiveTally::add(const CaseScan::Case& c, std::span<const CaseScan::Event> events)
{
    constexpr Day none = std::numeric_limits<Day>::max();
    ++cases_;
    std::fill(firstOfSoort_.begin(), firstOfSoort_.end(), none);
    Day first = none, vt = none, hulpverlening = none, beide = none, unknownParty = none;
    for (const CaseScan::Event& e : events) {
        if (e.datum <= c.melddatum || e.datum > c.eindeFollowup)
            continue;
        first = std::min(first, e.datum);
        if (e.soort && *e.soort >= 0 && *e.soort < static_cast<std::int64_t>(firstOfSoort_.size())) {
            Day& soort = firstOfSoort_[static_cast<std::size_t>(*e.soort)];
            soort = std::min(soort, e.datum);
        }
        if (!e.bekendBij)
            unknownParty = std::min(unknownParty, e.datum);
        else if (*e.bekendBij == vt_)
            vt = std::min(vt, e.datum);
        else if (*e.bekendBij == hulpverlening_)
            hulpverlening = std::min(hulpverlening, e.datum);
        else if (*e.bekendBij == beide_)
            beide = std::min(beide, e.datum);
    }
    const auto months = [&](Day day) { return day == none ? WindowCounts::never : days::monthsToReach(c.melddatum, day); };
    for (std::size_t s = 0; s < perSoort_.size(); ++s)
        perSoort_[s].add(months(firstOfSoort_[s]));
    if (first == none)
        return;
    // Each no earlier than `first`: known to one party, then unknown, then not one party, which
    // settles it even when some events' party is unknown.
    const int both = months(std::min(beide, std::max(vt, hulpverlening)));
    firstEvent_.add(months(first));
    settled_.add(std::min(months(unknownParty), both));
    bothParties_.add(both);
}

void RecidiveTally::appendTo(std::vector<Proportion>& out, std::optional<int> windowMonths) const
{
    const FieldSpec& soort = soortField();
    for (std::size_t s = 0; s < perSoort_.size(); ++s)
        out.push_back(Tally{perSoort_[s].within(windowMonths), cases_, 0}.toProportion("recidive." + soort.values[s]));
    const std::int64_t settled = settled_.within(windowMonths);
    const std::int64_t both = bothParties_.within(windowMonths);
    const std::int64_t one = firstEvent_.within(windowMonths) - settled;
    out.push_back(Tally{one, one + both, settled - both}.toProportion("recidive.bekend_bij_een_partij"));
}

} // namespace km
