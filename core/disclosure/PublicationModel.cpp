#include "core/disclosure/PublicationModel.h"

#include "core/disclosure/DistributionDisclosure.h"

#include <algorithm>
#include <deque>

namespace km {

namespace {

bool startsWith(const std::string& text, std::string_view prefix)
{
    return text.compare(0, prefix.size(), prefix) == 0;
}

// Rows whose denominator plus unknown is every case of the selection.
bool coversAllCases(const std::string& id)
{
    for (const std::string_view prefix : {"kenmerken.richting.", "kenmerken.aard.", "plannen."})
        if (startsWith(id, prefix))
            return true;
    if (startsWith(id, "recidive.") && id != "recidive.bekend_bij_een_partij")
        return true;
    return id == "kenmerken.minderjarigen" || id == "kenmerken.vt_eerder_betrokken"
        || id == "kenmerken.geweldsgeschiedenis" || id == "regie.casusregie";
}

// Multi-value indicators: one population (the cases with a known value) for all their rows.
constexpr std::string_view multiValuePrefixes[] = {"kenmerken.richting.", "kenmerken.aard.", "hulp.risicofactor."};

// a - b, with b a sum of variables.
LinearExpression difference(std::size_t a, std::initializer_list<std::size_t> b)
{
    LinearExpression terms{{a, 1}};
    for (const std::size_t v : b)
        terms.push_back({v, -1});
    return terms;
}

} // namespace

PublicationModel::PublicationModel(const IndicatorSet& set, const SuppressionPlan& plan, const SmallCellPolicy& policy)
    : set_(set), plan_(plan), policy_(policy)
{
    cases_ = variable("casussen", std::nullopt);
    for (std::size_t i = 0; i < set.proportions.size(); ++i) {
        const std::string& id = set.proportions[i].id;
        const Unit unit{Unit::Kind::Proportion, i};
        proportions_.push_back({variable(id + ": teller", unit), variable(id + ": zonder kenmerk", unit),
                                variable(id + ": onbekend", unit)});
    }
    for (std::size_t i = 0; i < set.distributions.size(); ++i)
        distributions_.push_back(variable(set.distributions[i].id + ": n", Unit{Unit::Kind::Distribution, i}));

    // The hidden counts themselves.
    for (std::size_t i = 0; i < set.proportions.size(); ++i) {
        if (plan.proportions[i] != Suppression::Primary && plan.proportions[i] != Suppression::PrimaryAndMargins)
            continue;
        const Proportion& p = set.proportions[i];
        sensitiveIfSmall(p.id + ": teller", {{proportions_[i].with, 1}}, p.numerator);
        sensitiveIfSmall(p.id + ": zonder kenmerk", {{proportions_[i].without, 1}}, p.denominator - p.numerator);
    }
    for (std::size_t i = 0; i < set.distributions.size(); ++i)
        if (plan.distributions[i] == Suppression::Primary)
            sensitiveIfSmall(set.distributions[i].id + ": n", {{distributions_[i], 1}}, set.distributions[i].n);

    addCaseRelations();
    addTrajectoryRelations();
    addEventRelations();
    addPublished();
}

std::string_view PublicationModel::sharedDenominator(const std::string& id)
{
    for (const std::string_view prefix : multiValuePrefixes)
        if (startsWith(id, prefix))
            return prefix;
    return {};
}

std::optional<std::size_t> PublicationModel::proportion(const std::string& id) const
{
    for (std::size_t i = 0; i < set_.proportions.size(); ++i)
        if (set_.proportions[i].id == id)
            return i;
    return std::nullopt;
}

std::optional<std::size_t> PublicationModel::distribution(const std::string& id) const
{
    for (std::size_t i = 0; i < set_.distributions.size(); ++i)
        if (set_.distributions[i].id == id)
            return i;
    return std::nullopt;
}

std::size_t PublicationModel::variable(std::string name, std::optional<Unit> owner)
{
    owner_.push_back(owner);
    return system_.addVariable(std::move(name));
}

void PublicationModel::sensitiveIfSmall(std::string name, LinearExpression expression, std::int64_t value)
{
    if (value < policy_.minCell)
        sensitive_.push_back({std::move(name), std::move(expression), value});
}

void PublicationModel::addCaseRelations()
{
    for (std::size_t i = 0; i < set_.proportions.size(); ++i) {
        const Parts& p = proportions_[i];
        if (coversAllCases(set_.proportions[i].id))
            system_.require(difference(cases_, {p.with, p.without, p.unknown}), 0, 0);
    }
    for (const std::string_view prefix : multiValuePrefixes) {
        std::optional<std::size_t> first;
        LinearExpression hits;
        for (std::size_t i = 0; i < set_.proportions.size(); ++i) {
            if (!startsWith(set_.proportions[i].id, prefix))
                continue;
            const Parts& p = proportions_[i];
            hits.push_back({p.with, 1});
            if (!first) {
                first = i;
                continue;
            }
            const Parts& f = proportions_[*first];
            system_.require({{p.with, 1}, {p.without, 1}, {f.with, -1}, {f.without, -1}}, 0, 0);
            system_.require({{p.unknown, 1}, {f.unknown, -1}}, 0, 0);
        }
        if (first) {
            // A known multi-value has at least one value: the hits add up to the denominator or more.
            hits.push_back({proportions_[*first].with, -1});
            hits.push_back({proportions_[*first].without, -1});
            system_.require(hits, 0, std::nullopt);
        }
    }
    if (const auto years = distribution("kenmerken.geschiedenis_jaren"))
        if (const auto history = proportion("kenmerken.geweldsgeschiedenis"))
            // geschiedenis_jaren is only accepted with geweldsgeschiedenis = ja.
            system_.require(difference(proportions_[*history].with, {distributions_[*years]}), 0, std::nullopt);
    if (const auto handover = distribution("snelheid.melding_tot_overdracht"))
        system_.require(difference(cases_, {distributions_[*handover]}), 0, std::nullopt);
}

void PublicationModel::addTrajectoryRelations()
{
    const auto early = proportion("uitval.trajecten");
    const auto completed = proportion("uitval.voldoende_doorlopen");
    const auto notStarted = proportion("uitval.niet_gestart");
    const auto casesEarly = proportion("uitval.casussen");
    const auto afstemming = proportion("regie.afstemming");
    const auto help = distribution("snelheid.melding_tot_hulp");
    std::optional<std::size_t> firstRisk;
    for (std::size_t i = 0; i < set_.proportions.size() && !firstRisk; ++i)
        if (startsWith(set_.proportions[i].id, "hulp.risicofactor."))
            firstRisk = i;

    // Trajectories by afloop: afgerond, voortijdig (client or aanbieder), niet gestart, lopend, onbekend.
    const std::size_t a = variable("trajecten afgerond", std::nullopt);
    const std::size_t e = variable("trajecten voortijdig", std::nullopt);
    const std::size_t n = variable("trajecten niet gestart", std::nullopt);
    const std::size_t l = variable("trajecten lopend", std::nullopt);
    const std::size_t u = variable("trajecten afloop onbekend", std::nullopt);
    const auto parts = [&](std::size_t i, std::initializer_list<std::size_t> with, std::initializer_list<std::size_t> without) {
        system_.require(difference(proportions_[i].with, with), 0, 0);
        system_.require(difference(proportions_[i].without, without), 0, 0);
        system_.require(difference(proportions_[i].unknown, {u}), 0, 0);
    };
    if (early)
        parts(*early, {e}, {a});
    if (completed)
        parts(*completed, {a}, {e, l});
    if (notStarted)
        parts(*notStarted, {n}, {a, e, l});
    if (early && completed) {
        const Proportion& c = set_.proportions[*completed];
        sensitiveIfSmall("trajecten lopend", {{l, 1}}, c.denominator - c.numerator - set_.proportions[*early].numerator);
    }

    // Cases with at least one trajectory, and the cases with two or more among them.
    const std::size_t withTrajectories = variable("casussen met trajecten", std::nullopt);
    const std::size_t without = variable("casussen zonder trajecten", std::nullopt);
    const std::size_t several = variable("casussen met 2 of meer trajecten", std::nullopt);
    const std::size_t single = variable("casussen met 1 traject", std::nullopt);
    system_.require(difference(cases_, {withTrajectories, without}), 0, 0);
    system_.require(difference(withTrajectories, {several, single}), 0, 0);
    // Every case with trajectories has one, and those with several at least two.
    system_.require({{a, 1}, {e, 1}, {n, 1}, {l, 1}, {u, 1}, {withTrajectories, -1}, {several, -1}}, 0, std::nullopt);
    if (firstRisk) {
        const Parts& r = proportions_[*firstRisk];
        system_.require(difference(withTrajectories, {r.with, r.without, r.unknown}), 0, 0);
        const Proportion& p = set_.proportions[*firstRisk];
        const std::int64_t total = p.denominator + p.unknown;
        sensitiveIfSmall("casussen zonder trajecten", {{without, 1}}, set_.cases - total);
        if (afstemming) {
            const Proportion& s = set_.proportions[*afstemming];
            sensitiveIfSmall("casussen met 1 traject", {{single, 1}}, total - s.denominator - s.unknown);
        }
    }
    if (afstemming) {
        const Parts& s = proportions_[*afstemming];
        system_.require(difference(several, {s.with, s.without, s.unknown}), 0, 0);
    }
    if (casesEarly) {
        // A case with an early stop has such a trajectory; one with only ended, none early, has one completed.
        const Parts& c = proportions_[*casesEarly];
        system_.require(difference(e, {c.with}), 0, std::nullopt);
        system_.require(difference(a, {c.without}), 0, std::nullopt);
        system_.require(difference(u, {c.unknown}), 0, std::nullopt);
        system_.require(difference(withTrajectories, {c.with, c.without, c.unknown}), 0, std::nullopt);
    }
    if (help)
        system_.require(difference(withTrajectories, {distributions_[*help]}), 0, std::nullopt);
}

void PublicationModel::addEventRelations()
{
    const auto party = proportion("recidive.bekend_bij_een_partij");
    if (!party)
        return;
    const std::size_t withEvent = variable("casussen met een gebeurtenis", std::nullopt);
    const std::size_t withoutEvent = variable("casussen zonder gebeurtenis", std::nullopt);
    const Parts& b = proportions_[*party];
    system_.require(difference(withEvent, {b.with, b.without, b.unknown}), 0, 0);
    system_.require(difference(cases_, {withEvent, withoutEvent}), 0, 0);
    for (std::size_t i = 0; i < set_.proportions.size(); ++i)
        if (i != *party && startsWith(set_.proportions[i].id, "recidive."))
            system_.require(difference(withEvent, {proportions_[i].with}), 0, std::nullopt);
    const Proportion& p = set_.proportions[*party];
    sensitiveIfSmall("casussen zonder gebeurtenis", {{withoutEvent, 1}}, set_.cases - p.denominator - p.unknown);
}

void PublicationModel::published(const LinearExpression& terms, std::int64_t count)
{
    const CountRounding& r = policy_.rounding;
    if (!r.active()) {
        system_.equal(terms, count);
        return;
    }
    const std::int64_t shown = r.round(count);
    system_.require(terms, std::max<std::int64_t>(0, shown - r.below()), shown + r.above());
}

void PublicationModel::addPublished()
{
    const std::int64_t n = policy_.minCell;
    published({{cases_, 1}}, set_.cases);
    for (std::size_t i = 0; i < set_.proportions.size(); ++i) {
        const Proportion& p = set_.proportions[i];
        const Parts& v = proportions_[i];
        switch (plan_.proportions[i]) {
        case Suppression::None:
            published({{v.with, 1}}, p.numerator);
            published({{v.with, 1}, {v.without, 1}}, p.denominator);
            published({{v.unknown, 1}}, p.unknown);
            break;
        case Suppression::Primary:
            // "<5" says the count is small; "> 35" that the count is not, but its complement is.
            if (p.numerator < n)
                system_.require({{v.with, 1}}, std::nullopt, n - 1);
            else
                system_.require({{v.with, 1}}, n, std::nullopt);
            if (p.numerator >= n || p.denominator - p.numerator < n)
                system_.require({{v.without, 1}}, std::nullopt, n - 1);
            if (p.denominator < n)
                system_.require({{v.with, 1}, {v.without, 1}}, std::nullopt, n - 1);
            else
                published({{v.with, 1}, {v.without, 1}}, p.denominator);
            published({{v.unknown, 1}}, p.unknown);
            break;
        case Suppression::PrimaryAndMargins:
        case Suppression::Secondary:
            break;   // "x" stands for small and large counts alike: it tells nothing
        }
    }
    const DistributionDisclosure statistics(policy_.minCell);
    for (std::size_t i = 0; i < set_.distributions.size(); ++i) {
        const Distribution& d = set_.distributions[i];
        switch (plan_.distributions[i]) {
        case Suppression::None:
            published({{distributions_[i], 1}}, d.n);
            break;
        case Suppression::Primary:
            system_.require({{distributions_[i], 1}}, std::nullopt, n - 1);
            break;
        case Suppression::PrimaryAndMargins:
        case Suppression::Secondary: {
            // The statistics still shown tell how large n at least is.
            const std::int64_t least = d.n >= statistics.quartilesFrom() ? statistics.quartilesFrom()
                : d.n >= statistics.medianFrom()                        ? statistics.medianFrom()
                                                                        : n;
            system_.require({{distributions_[i], 1}}, least, std::nullopt);
            break;
        }
        }
    }
}

std::vector<PublicationModel::Unit> PublicationModel::shownNeighbours(const Sensitive& s) const
{
    const std::vector<LinearConstraint>& constraints = system_.constraints();
    std::vector<std::vector<std::size_t>> byVariable(system_.variables().size());
    for (std::size_t c = 0; c < constraints.size(); ++c)
        for (const LinearTerm& t : constraints[c].terms)
            byVariable[t.variable].push_back(c);
    std::vector<bool> seen(system_.variables().size(), false);
    std::deque<std::size_t> queue;
    for (const LinearTerm& t : s.expression) {
        seen[t.variable] = true;
        queue.push_back(t.variable);
    }
    seen[cases_] = true;   // through the case count everything would be connected
    std::vector<Unit> units;
    while (!queue.empty()) {
        const std::size_t v = queue.front();
        queue.pop_front();
        if (const auto& unit = owner_[v]) {
            const Suppression state = unit->kind == Unit::Kind::Proportion ? plan_.proportions[unit->index]
                                                                           : plan_.distributions[unit->index];
            const bool shown = state == Suppression::None
                || (state == Suppression::Primary && unit->kind == Unit::Kind::Proportion);   // its denominator
            if (shown && std::find(units.begin(), units.end(), *unit) == units.end())
                units.push_back(*unit);
        }
        for (const std::size_t c : byVariable[v])
            for (const LinearTerm& t : constraints[c].terms)
                if (!seen[t.variable]) {
                    seen[t.variable] = true;
                    queue.push_back(t.variable);
                }
    }
    return units;
}

} // namespace km
