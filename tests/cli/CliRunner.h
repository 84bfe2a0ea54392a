#pragma once

#include <optional>
#include <string>
#include <vector>

namespace km::test {

/** What one run of the command-line program produced. */
struct CliResult
{
    int exitCode = -1;      // -1 when it did not exit normally (a crash, or killed at the time limit)
    std::string out;
    std::string err;
    long peakKilobytes = 0; // the child's peak resident memory (getrusage ru_maxrss)
    bool timedOut = false;  // killed after `timeLimitSeconds`
};

/**
 * Unlucky conditions for one run. fileSizeLimit: RLIMIT_FSIZE in the child with SIGXFSZ ignored,
 * so a write beyond it fails with EFBIG as on a full disk, without root or a small file system.
 * asUser: run as this uid (and its gid) when the tests run as root, for whom no folder is
 * read-only. timeLimitSeconds: the child is killed after it (0: no limit).
 */
struct CliConditions
{
    std::optional<unsigned long long> fileSizeLimit;
    std::optional<unsigned> asUser;
    int timeLimitSeconds = 0;
};

/**
 * Runs the built ketenmonitor-cli (KM_CLI) with arguments, no shell in between, and captures
 * stdout, stderr and the exit code: the end-to-end tests check the program as users run it.
 */
class CliRunner
{
public:
    static CliResult run(const std::vector<std::string>& args, const CliConditions& conditions = {});

    /** As run(), but the child is killed after `timeLimitSeconds`: a generous bound, never a measurement. */
    static CliResult runWithin(const std::vector<std::string>& args, int timeLimitSeconds);
};

} // namespace km::test
