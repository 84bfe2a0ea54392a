#pragma once

#include "app/cli/CliArguments.h"

#include <iosfwd>

namespace km::cli {

/**
 * `ketenmonitor-cli delete-cohort`: removes one cohort's cases (with everything attached) from
 * a study in one transaction, so a region can honour a request to delete its data.
 */
class DeleteCohortCommand
{
public:
    static int run(const CliArguments& args, std::ostream& out, std::ostream& err);
};

} // namespace km::cli
