#pragma once

#include <optional>
#include <string>

namespace km {

/**
 * Keeps a study file private: one created by an older version, copied with `cp` or unpacked
 * from an archive may be readable by others (0644), while it holds case data. Opening it takes
 * the group and other bits off the file and its -wal and -shm (the owner's bits stay, so a
 * read-only file stays read-only) and says so.
 */
class StudyPermissions
{
public:
    /** A warning (Dutch) when the mode was looser than the owner's alone; empty otherwise. */
    static std::optional<std::string> tighten(const std::string& studyPath);
};

} // namespace km
