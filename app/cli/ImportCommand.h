#pragma once

#include "app/cli/CliArguments.h"

#include <iosfwd>

namespace km::cli {

/**
 * `ketenmonitor-cli import`: validates the codebook's files and imports them into a study
 * (created when missing), all or nothing. Errors go to stderr one per line as file:line; on
 * failure the study is left as it was, and a study file this run created is removed again.
 */
class ImportCommand
{
public:
    static int run(const CliArguments& args, std::ostream& out, std::ostream& err);
};

} // namespace km::cli
