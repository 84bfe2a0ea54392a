#pragma once

#include "core/util/Day.h"

#include <string>

namespace km {

/** One event after the report in a case chain; codes as the codebook writes them (empty = unknown). */
struct ChainEvent
{
    Day datum = 0;
    std::string soort;
    std::string bekendBij;
};

} // namespace km
