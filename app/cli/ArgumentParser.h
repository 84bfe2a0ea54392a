#pragma once

#include "app/cli/CliArguments.h"

#include <string>
#include <string_view>
#include <vector>

namespace km::cli {

/** The outcome of parsing: the arguments, or a Dutch message saying what is wrong (exit 2). */
struct ParseResult
{
    CliArguments arguments;
    std::string error;      // empty when parsing succeeded

    bool ok() const { return error.empty(); }
};

/**
 * Turns the command line into CliArguments: the subcommand, its options (`--name value` or
 * `--name=value`) and one positional study path (import: followed by the files to import).
 * Only the options a subcommand knows are accepted, so a typo is a usage error.
 */
class ArgumentParser
{
public:
    static ParseResult parse(const std::vector<std::string>& args);

    /** The subcommand named `name`, or Command::None. */
    static Command commandByName(std::string_view name);

    /** The subcommand's name as typed on the command line ("indicators"). */
    static std::string_view commandName(Command command);
};

} // namespace km::cli
