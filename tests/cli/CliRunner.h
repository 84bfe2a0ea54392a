#pragma once

#include <string>
#include <vector>

namespace km::test {

/** What one run of the command-line program produced. */
struct CliResult
{
    int exitCode = -1;      // -1 when it did not exit normally (a crash)
    std::string out;
    std::string err;
};

/**
 * Runs the built ketenmonitor-cli (KM_CLI) with arguments, no shell in between, and captures
 * stdout, stderr and the exit code: the end-to-end tests check the program as users run it.
 */
class CliRunner
{
public:
    static CliResult run(const std::vector<std::string>& args);
};

} // namespace km::test
