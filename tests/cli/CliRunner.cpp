#include "tests/cli/CliRunner.h"

#include <fcntl.h>
#include <grp.h>
#include <poll.h>
#include <pwd.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <optional>
#include <stdexcept>

namespace km::test {

namespace {

// Reads both pipes until they close, so a child writing much to one of them never blocks; past
// the deadline (if any) the child is killed.
void drain(int outFd, int errFd, pid_t child, std::optional<std::chrono::steady_clock::time_point> deadline,
           CliResult& result)
{
    pollfd fds[2] = {{outFd, POLLIN, 0}, {errFd, POLLIN, 0}};
    std::string* targets[2] = {&result.out, &result.err};
    int open = 2;
    char buffer[4096];
    while (open > 0) {
        int waitMs = -1;
        if (deadline) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(*deadline - std::chrono::steady_clock::now());
            if (left.count() <= 0 && !result.timedOut) {
                ::kill(child, SIGKILL);
                result.timedOut = true;
            }
            waitMs = result.timedOut ? -1 : static_cast<int>(left.count());
        }
        const int ready = ::poll(fds, 2, waitMs);
        if (ready < 0)
            break;
        if (ready == 0)
            continue;
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            const ssize_t n = ::read(fds[i].fd, buffer, sizeof buffer);
            if (n > 0) {
                targets[i]->append(buffer, static_cast<std::size_t>(n));
            } else {
                ::close(fds[i].fd);
                fds[i].fd = -1;
                --open;
            }
        }
    }
}

} // namespace

CliResult CliRunner::runWithin(const std::vector<std::string>& args, int timeLimitSeconds)
{
    CliConditions conditions;
    conditions.timeLimitSeconds = timeLimitSeconds;
    return run(args, conditions);
}

CliResult CliRunner::run(const std::vector<std::string>& args, const CliConditions& conditions)
{
    int outPipe[2], errPipe[2];
    if (::pipe(outPipe) != 0 || ::pipe(errPipe) != 0)
        throw std::runtime_error("pipe failed");
    std::vector<std::string> argvStrings{KM_CLI};
    argvStrings.insert(argvStrings.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& s : argvStrings)
        argv.push_back(s.data());
    argv.push_back(nullptr);

    const pid_t pid = ::fork();
    if (pid < 0)
        throw std::runtime_error("fork failed");
    if (pid == 0) {
        ::dup2(outPipe[1], STDOUT_FILENO);
        ::dup2(errPipe[1], STDERR_FILENO);
        ::close(outPipe[0]);
        ::close(outPipe[1]);
        ::close(errPipe[0]);
        ::close(errPipe[1]);
        if (conditions.fileSizeLimit) {
            ::signal(SIGXFSZ, SIG_IGN);   // ignored stays ignored across exec
            const rlimit limit{*conditions.fileSizeLimit, *conditions.fileSizeLimit};
            ::setrlimit(RLIMIT_FSIZE, &limit);
        }
        if (conditions.asUser && ::geteuid() == 0) {
            const passwd* user = ::getpwuid(*conditions.asUser);
            if (::setgroups(0, nullptr) != 0 || ::setgid(user ? user->pw_gid : *conditions.asUser) != 0
                || ::setuid(*conditions.asUser) != 0)
                ::_exit(126);
        }
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    ::close(outPipe[1]);
    ::close(errPipe[1]);
    CliResult result;
    std::optional<std::chrono::steady_clock::time_point> deadline;
    if (conditions.timeLimitSeconds > 0)
        deadline = std::chrono::steady_clock::now() + std::chrono::seconds(conditions.timeLimitSeconds);
    drain(outPipe[0], errPipe[0], pid, deadline, result);
    int status = 0;
    rusage usage{};
    ::wait4(pid, &status, 0, &usage);
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.peakKilobytes = usage.ru_maxrss;
    return result;
}

} // namespace km::test
