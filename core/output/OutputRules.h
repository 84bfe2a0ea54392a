#pragma once

#include <string>
#include <vector>

namespace km {

/**
 * What an output may replace at its path. Nothing: the path must be free (backups, which are
 * never overwritten). Outputs: an earlier regular file that is not a study, the usual case of
 * writing a report again. AnyFile (`--overwrite`): also a study file of another study or a
 * symbolic link, which is then replaced itself (its target is never written). A directory, a
 * device or pipe and the open study are never replaced.
 */
enum class Replace { Nothing, Outputs, AnyFile };

/** The checks an output's path must pass; see OutputTarget. */
struct OutputRules
{
    Replace replace = Replace::Outputs;
    /** Files that must survive whatever the path is (the open study and its -wal, -shm, -journal). */
    std::vector<std::string> protectedFiles;
};

} // namespace km
