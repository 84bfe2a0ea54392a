#include "core/indicators/CaseAccumulator.h"

#include "core/codebook/Codebook.h"

#include <algorithm>
#include <optional>

namespace km {

namespace {

const FieldSpec& caseField(std::string_view name)
{
    return Codebook::table(TableKind::Casussen).field(name);
}

// The plan fields, in the order of CaseScan::Case::plans.
constexpr std::array<const char*, 3> planFields{"veiligheidsplan", "hulpverleningsplan", "herstelplan"};

// Days from melddatum to the first start on or after it: help already running before the
// report is not a start.
std::optional<Day> firstStart(Day melddatum, std::span<const CaseScan::Trajectory> trajectories)
{
    std::optional<Day> first;
    for (const CaseScan::Trajectory& t : trajectories)
        if (t.startdatum && *t.startdatum >= melddatum && (!first || *t.startdatum < *first))
            first = t.startdatum;
    return first;
}

} // namespace

CaseAccumulator::CaseAccumulator(const Selection& selection)
    : selection_(selection),
      richting_(caseField("richting").values),
      aard_(caseField("aard").values),
      allen_(caseField(planFields[0]).codeIndex("allen").value())
{
}

void CaseAccumulator::add(const CaseScan::Case& c, std::span<const CaseScan::Trajectory> trajectories,
                          std::span<const CaseScan::Event> events)
{
    ++cases_;
    sorted_ = false;
    minderjarigen_.addValue(c.minderjarigen, 1);
    richting_.add(c.richting);
    aard_.add(c.aard);
    vtEerderBetrokken_.addValue(c.vtEerderBetrokken, 1);
    geweldsgeschiedenis_.addValue(c.geweldsgeschiedenis, 1);
    casusregie_.addValue(c.casusregie, 1);
    // Coordination between trajectories only means something with two or more of them.
    if (trajectories.size() >= 2)
        afstemming_.addValue(c.afstemming, 1);
    for (std::size_t i = 0; i < plans_.size(); ++i)
        plans_[i].addValue(c.plans[i], allen_);
    recidive_.add(c, events);
    trajectories_.add(trajectories);

    if (c.geschiedenisJaren)
        geschiedenisJaren_.push_back(*c.geschiedenisJaren);
    if (c.datumOverdracht)
        meldingTotOverdracht_.push_back(*c.datumOverdracht - c.melddatum);
    if (const std::optional<Day> start = firstStart(c.melddatum, trajectories))
        meldingTotHulp_.push_back(*start - c.melddatum);
}

void CaseAccumulator::merge(const CaseAccumulator& later)
{
    cases_ += later.cases_;
    for (auto [tally, other] : {std::pair{&minderjarigen_, &later.minderjarigen_},
                                {&vtEerderBetrokken_, &later.vtEerderBetrokken_},
                                {&geweldsgeschiedenis_, &later.geweldsgeschiedenis_},
                                {&casusregie_, &later.casusregie_}, {&afstemming_, &later.afstemming_},
                                {&plans_[0], &later.plans_[0]}, {&plans_[1], &later.plans_[1]},
                                {&plans_[2], &later.plans_[2]}})
        tally->merge(*other);
    richting_.merge(later.richting_);
    aard_.merge(later.aard_);
    recidive_.merge(later.recidive_);
    trajectories_.merge(later.trajectories_);
    // Two sorted runs merge in linear time, so the sum of sorted cells needs no sort again.
    const bool bothSorted = sorted_ && later.sorted_;
    for (auto [values, others] : {std::pair{&geschiedenisJaren_, &later.geschiedenisJaren_},
                                  {&meldingTotOverdracht_, &later.meldingTotOverdracht_},
                                  {&meldingTotHulp_, &later.meldingTotHulp_}}) {
        const auto middle = static_cast<std::ptrdiff_t>(values->size());
        values->insert(values->end(), others->begin(), others->end());
        if (bothSorted)
            std::inplace_merge(values->begin(), values->begin() + middle, values->end());
    }
    sorted_ = bothSorted;
}

void CaseAccumulator::sortValues()
{
    for (std::vector<double>* values : {&geschiedenisJaren_, &meldingTotOverdracht_, &meldingTotHulp_})
        std::sort(values->begin(), values->end());
    sorted_ = true;
}

IndicatorSet CaseAccumulator::finish()
{
    IndicatorSet set;
    set.selection = selection_;
    set.cases = cases_;

    std::vector<Proportion>& p = set.proportions;
    p.push_back(minderjarigen_.toProportion("kenmerken.minderjarigen"));
    richting_.appendTo(p, "kenmerken.richting.");
    aard_.appendTo(p, "kenmerken.aard.");
    p.push_back(vtEerderBetrokken_.toProportion("kenmerken.vt_eerder_betrokken"));
    p.push_back(geweldsgeschiedenis_.toProportion("kenmerken.geweldsgeschiedenis"));
    recidive_.appendTo(p, selection_.windowMonths);
    trajectories_.appendUitvalTo(p);
    p.push_back(casusregie_.toProportion("regie.casusregie"));
    p.push_back(afstemming_.toProportion("regie.afstemming"));
    for (std::size_t i = 0; i < plans_.size(); ++i)
        p.push_back(plans_[i].toProportion(std::string("plannen.") + planFields[i]));
    trajectories_.appendRisicofactorenTo(p);

    set.distributions.push_back(Distribution::make("kenmerken.geschiedenis_jaren", "jaren", geschiedenisJaren_));
    set.distributions.push_back(
        Distribution::make("snelheid.melding_tot_overdracht", "dagen", meldingTotOverdracht_));
    set.distributions.push_back(Distribution::make("snelheid.melding_tot_hulp", "dagen", meldingTotHulp_));
    return set;
}

} // namespace km
