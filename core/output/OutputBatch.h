#pragma once

#include "core/output/OutputError.h"
#include "core/output/OutputRules.h"
#include "core/output/TempFile.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace km {

/**
 * Writes one or more output files so that each is complete or absent, and a set of them all or
 * nothing: every file goes to a temporary file next to its final path, is synced and checked,
 * and only when all of them are ready are they renamed into place. A failure before that leaves
 * every earlier file untouched and removes the temporary files; a rename that fails midway (the
 * folder changed under the program) puts the files already renamed back as they were. The
 * audit trail is written by the caller after commit().
 */
class OutputBatch
{
public:
    /** Writes to a temporary file given as a path; the reason it failed, or empty. */
    using PathWriter = std::function<std::optional<std::string>(const std::string& tempPath)>;

    explicit OutputBatch(OutputRules rules);

    /** Checks `path` (OutputTarget) and writes `bytes` for it. */
    std::optional<OutputError> add(const std::string& path, std::string_view bytes);

    /** The same for a library that writes a file by name itself (libxlsxwriter, VACUUM INTO). */
    std::optional<OutputError> addWritten(const std::string& path, const PathWriter& write);

    /** Moves every file into place; on an error none of them is (see the class comment). */
    std::optional<OutputError> commit();

    /** The final paths, in the order added. */
    std::vector<std::string> paths() const;

    /** One file: add(path, bytes), then commit(). */
    static std::optional<OutputError> writeOne(const std::string& path, std::string_view bytes, const OutputRules& rules);

private:
    std::optional<TempFile> start(const std::string& path, OutputError* error) const;
    void undo(std::size_t placed, const std::vector<std::string>& previous) const;

    OutputRules rules_;
    std::vector<TempFile> files_;
};

} // namespace km
