#include "core/indicators/TrajectoryTally.h"

#include "core/codebook/Codebook.h"

namespace km {

namespace {

const FieldSpec& trajectoryField(std::string_view name)
{
    return Codebook::table(TableKind::Trajecten).field(name);
}

} // namespace

TrajectoryTally::TrajectoryTally()
    : risicofactoren_(trajectoryField("risicofactoren").values)
{
    const FieldSpec& afloop = trajectoryField("afloop");
    byCode_.resize(afloop.values.size());
    for (std::size_t i = 0; i < afloop.values.size(); ++i) {
        const std::string& v = afloop.values[i];
        Afloop& a = byCode_[i];
        a.known = v != "onbekend";
        a.completed = v == "afgerond";
        a.early = v == "voortijdig_client" || v == "voortijdig_aanbieder";
        a.ended = a.completed || a.early;
        a.started = a.ended || v == "lopend";
        a.notStarted = v == "niet_gestart";
    }
}

TrajectoryTally::Afloop TrajectoryTally::classify(const CaseScan::Value& code) const
{
    if (!code || *code < 0 || *code >= static_cast<std::int64_t>(byCode_.size()))
        return {};
    return byCode_[static_cast<std::size_t>(*code)];
}

void TrajectoryTally::merge(const TrajectoryTally& other)
{
    trajectoriesEarly_.merge(other.trajectoriesEarly_);
    casesEarly_.merge(other.casesEarly_);
    completed_.merge(other.completed_);
    notStarted_.merge(other.notStarted_);
    risicofactoren_.merge(other.risicofactoren_);
}

void TrajectoryTally::add(std::span<const CaseScan::Trajectory> trajectories)
{
    if (trajectories.empty())
        return;
    bool anyEnded = false, anyEarly = false, anyUnknown = false;
    std::int64_t risks = 0;   // union of the known masks; 0 when none is known
    for (const CaseScan::Trajectory& t : trajectories) {
        const Afloop a = classify(t.afloop);
        if (a.known) {
            notStarted_.addKnown(a.notStarted);
            if (a.ended)
                trajectoriesEarly_.addKnown(a.early);
            if (a.started)
                completed_.addKnown(a.completed);
        } else {
            anyUnknown = true;
            trajectoriesEarly_.addUnknown();
            completed_.addUnknown();
            notStarted_.addUnknown();
        }
        anyEnded = anyEnded || a.ended;
        anyEarly = anyEarly || a.early;
        if (t.risicofactoren)
            risks |= *t.risicofactoren;
    }
    if (anyEnded)
        casesEarly_.addKnown(anyEarly);
    else if (anyUnknown)
        casesEarly_.addUnknown();
    risicofactoren_.add(risks);
}

void TrajectoryTally::appendUitvalTo(std::vector<Proportion>& out) const
{
    out.push_back(trajectoriesEarly_.toProportion("uitval.trajecten"));
    out.push_back(casesEarly_.toProportion("uitval.casussen"));
    out.push_back(completed_.toProportion("uitval.voldoende_doorlopen"));
    out.push_back(notStarted_.toProportion("uitval.niet_gestart"));
}

void TrajectoryTally::appendRisicofactorenTo(std::vector<Proportion>& out) const
{
    risicofactoren_.appendTo(out, "hulp.risicofactor.");
}

} // namespace km
