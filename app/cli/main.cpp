// ketenmonitor-cli: the command-line program. Parses the arguments, runs one subcommand and
// turns every failure into a message on stderr and a documented exit code, never a crash.
#include "app/cli/ArgumentParser.h"
#include "app/cli/CompareCommand.h"
#include "app/cli/DeleteCohortCommand.h"
#include "app/cli/ExitCode.h"
#include "app/cli/HelpText.h"
#include "app/cli/ImportCommand.h"
#include "app/cli/IndicatorsCommand.h"
#include "app/cli/SurvivalCommand.h"
#ifdef KM_WITH_FIGURES
#include "app/figures/FigureCommand.h"
#endif
#include "core/db/Database.h"

#include <exception>
#include <iostream>
#include <string>
#include <vector>

namespace {

using namespace km::cli;

int runCommand(const CliArguments& args)
{
    switch (args.command) {
    case Command::Import:
        return ImportCommand::run(args, std::cout, std::cerr);
    case Command::Indicators:
        return IndicatorsCommand::run(args, std::cout, std::cerr);
    case Command::Compare:
        return CompareCommand::run(args, std::cout, std::cerr);
    case Command::Survival:
        return SurvivalCommand::run(args, std::cout, std::cerr);
    case Command::DeleteCohort:
        return DeleteCohortCommand::run(args, std::cout, std::cerr);
    case Command::Report:
    case Command::Export:
#ifdef KM_WITH_FIGURES
        return FigureCommand::run(args, std::cout, std::cerr);
#else
        std::cerr << "ketenmonitor-cli: report en export zijn niet beschikbaar: gebouwd zonder Qt (KETENMONITOR_BUILD_UI=OFF)\n";
        return ExitFailure;
#endif
    case Command::Help:
        std::cout << HelpText::overview();
        return ExitOk;
    case Command::Version:
        std::cout << HelpText::version();
        return ExitOk;
    case Command::None:
        break;
    }
    return ExitUsage;
}

int run(const std::vector<std::string>& arguments)
{
    const ParseResult parsed = ArgumentParser::parse(arguments);
    const CliArguments& args = parsed.arguments;
    if (!parsed.ok()) {
        const std::string_view name = ArgumentParser::commandName(args.command);
        std::cerr << "ketenmonitor-cli: " << parsed.error << ".\n"
                  << "Zie 'ketenmonitor-cli" << (name.empty() ? "" : " ") << name << " --help'.\n";
        return ExitUsage;
    }
    if (args.help) {
        std::cout << HelpText::command(args.command);
        return ExitOk;
    }
    try {
        return runCommand(args);
    } catch (const km::DatabaseError& e) {
        std::cerr << "ketenmonitor-cli: databasefout: " << e.message << '\n';
    } catch (const std::exception& e) {
        std::cerr << "ketenmonitor-cli: onverwachte fout: " << e.what() << '\n';
    }
    return ExitFailure;
}

} // namespace

int main(int argc, char* argv[])
{
    std::ios::sync_with_stdio(false);
    int code = ExitFailure;
    try {
        code = run(std::vector<std::string>(argv + 1, argv + argc));
    } catch (...) {
        std::cerr << "ketenmonitor-cli: onverwachte fout\n";
    }
    std::cout.flush();
    return code;
}
