#pragma once

#include "app/cli/CliArguments.h"
#include "core/indicators/SurvivalAnalysis.h"

#include <iosfwd>
#include <string>
#include <vector>

namespace km::cli {

/**
 * `ketenmonitor-cli survival`: Kaplan-Meier curves of the time to new violence or new concerns,
 * one per cohort. The JSON shape is a contract:
 * {"soort","cohorts":[{"cohort","steps":[{"day","at_risk","events","survival"}]}]}.
 */
class SurvivalCommand
{
public:
    static int run(const CliArguments& args, std::ostream& out, std::ostream& err);

    static std::string json(const std::string& soort, const std::vector<SurvivalCurve>& curves);
    static std::string csv(const std::string& soort, const std::vector<SurvivalCurve>& curves);
    static std::string table(const std::string& soort, const std::vector<SurvivalCurve>& curves);
};

} // namespace km::cli
