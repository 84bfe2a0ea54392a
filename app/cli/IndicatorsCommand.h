#pragma once

#include "app/cli/CliArguments.h"
#include "core/indicators/IndicatorSet.h"

#include <iosfwd>
#include <string>
#include <vector>

namespace km::cli {

/**
 * `ketenmonitor-cli indicators`: every indicator of the codebook per cohort (or for the named
 * cohorts together), as a Dutch table, JSON or CSV. The JSON shape is a contract:
 * {"cohorts":[{"cohort","cases","indicators":[...],"distributions":[...]}]}.
 */
class IndicatorsCommand
{
public:
    static int run(const CliArguments& args, std::ostream& out, std::ostream& err);

    static std::string json(const std::vector<IndicatorSet>& sets);
    static std::string csv(const std::vector<IndicatorSet>& sets);
    static std::string table(const std::vector<IndicatorSet>& sets);
};

} // namespace km::cli
