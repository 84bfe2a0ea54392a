#pragma once

#include "app/cli/CliArguments.h"
#include "core/indicators/CohortComparison.h"

#include <iosfwd>
#include <string>
#include <vector>

namespace km::cli {

/**
 * `ketenmonitor-cli compare`: every proportion indicator in two cohorts, with the difference in
 * percentage points, its 95% Newcombe interval and Fisher's exact p. The JSON shape is a contract:
 * {"a","b","indicators":[{"id","a","b","difference","ci95","p_fisher"}]}.
 */
class CompareCommand
{
public:
    static int run(const CliArguments& args, std::ostream& out, std::ostream& err);

    static std::string json(const std::string& a, const std::string& b,
                            const std::vector<ProportionDifference>& differences);
    static std::string csv(const std::string& a, const std::string& b,
                           const std::vector<ProportionDifference>& differences);
    /** `scope` names what narrows both cohorts (regio, window), or is empty. */
    static std::string table(const std::string& a, const std::string& b,
                             const std::vector<ProportionDifference>& differences, const std::string& scope);
};

} // namespace km::cli
