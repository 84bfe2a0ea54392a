#pragma once

#include "core/indicators/CaseScan.h"
#include "core/indicators/MultiTally.h"
#include "core/indicators/Tally.h"

#include <span>
#include <vector>

namespace km {

/**
 * The indicators folded from a case's trajectories: dropout (uitval) per trajectory and per
 * case, and the risk factors the help addressed. A case without trajectories counts in none
 * of them.
 */
class TrajectoryTally
{
public:
    TrajectoryTally();

    void add(std::span<const CaseScan::Trajectory> trajectories);
    /** Adds the counts of another part of the same selection. */
    void merge(const TrajectoryTally& other);

    /** The uitval.* indicators. */
    void appendUitvalTo(std::vector<Proportion>& out) const;
    /** hulp.risicofactor.<value> for every risicofactor. */
    void appendRisicofactorenTo(std::vector<Proportion>& out) const;

private:
    // What one afloop code says about a trajectory.
    struct Afloop
    {
        bool known = false;     // not empty, not onbekend
        bool started = false;   // afgerond, voortijdig_*, lopend
        bool ended = false;     // afgerond, voortijdig_*
        bool early = false;     // voortijdig_*
        bool completed = false; // afgerond
        bool notStarted = false;
    };
    Afloop classify(const CaseScan::Value& code) const;

    std::vector<Afloop> byCode_;
    Tally trajectoriesEarly_, casesEarly_, completed_, notStarted_;
    MultiTally risicofactoren_;
};

} // namespace km
