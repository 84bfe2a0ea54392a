#pragma once

#include "app/cli/CliArguments.h"

#include <string>

namespace km::cli {

/** The Dutch --help texts: the program's overview and one page per subcommand, with examples. */
class HelpText
{
public:
    static std::string overview();
    static std::string command(Command command);
    static std::string version();
};

} // namespace km::cli
