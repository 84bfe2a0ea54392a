#pragma once

#include "core/util/Day.h"

#include <optional>
#include <string>
#include <vector>

namespace km {

/**
 * One help trajectory in a case chain, with codes as the codebook writes them (empty = unknown).
 * A missing start means the help never started; a missing end means it is still running or
 * the end is unknown.
 */
struct ChainTrajectory
{
    std::string aanbieder;
    std::string doelgroep;
    std::optional<Day> start;
    std::optional<Day> end;
    std::string afloop;
    std::vector<std::string> risicofactoren;   // codebook order
};

} // namespace km
