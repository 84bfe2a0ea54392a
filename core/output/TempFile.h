#pragma once

#include "core/output/OutputError.h"
#include "core/output/OutputRules.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace km {

/**
 * The temporary file an output is written to before it takes its final name: in the same
 * folder (so the rename is atomic), named `.<name>.km<pid>-XXXXXX`, mode 0600 whatever the
 * umask. Removed when the object goes unless it was renamed; leftovers of a killed process are
 * removed by the next write to the same name (removeStale).
 */
class TempFile
{
public:
    /** Creates the file for an output at `finalPath`. */
    static std::optional<TempFile> create(const std::string& finalPath, OutputError* error);

    TempFile(TempFile&& other) noexcept;
    TempFile& operator=(TempFile&&) = delete;
    TempFile(const TempFile&) = delete;
    ~TempFile();

    const std::string& path() const { return path_; }
    const std::string& finalPath() const { return finalPath_; }

    /** Appends bytes; on failure the reason (a full disk: "schijf vol"). */
    std::optional<OutputError> write(std::string_view bytes);

    /**
     * Flushes to disk (fsync) and checks the file: it holds every byte given to write(), or,
     * when another library wrote it through path(), it is not empty.
     */
    std::optional<OutputError> finish();

    /**
     * Gives the file its final name and syncs the folder: a rename over what is there, or, with
     * Replace::Nothing, a link that fails when the name is taken. Never half: before it the old
     * file (if any) is at finalPath, after it the complete new one.
     */
    std::optional<OutputError> moveIntoPlace(Replace replace);

    /** Removes leftovers of processes that no longer run next to `finalPath`. */
    static void removeStale(const std::string& finalPath);

private:
    TempFile(std::string path, std::string finalPath, int fd);

    std::string path_;
    std::string finalPath_;
    int fd_ = -1;
    std::uint64_t written_ = 0;
    bool placed_ = false;
};

} // namespace km
