#pragma once

#include <string>

namespace km {

/**
 * Why an output file (report, export, mapping file, backup) was not written. Refused: the
 * path was checked and writing there would destroy something (the open study, a directory, a
 * file of another kind). Failed: writing or renaming went wrong (a full disk, no rights); the
 * previous file at the path is unchanged either way.
 */
struct OutputError
{
    enum class Kind { Refused, Failed };

    Kind kind = Kind::Failed;
    std::string path;
    std::string reason;   // Dutch, e.g. "schijf vol"

    /** "Schrijven van rapport.pdf mislukt: schijf vol" or "... geweigerd: ...". */
    std::string message() const;

    /** A failure with the reason for `errnoValue` in Dutch ("schijf vol" for ENOSPC). */
    static OutputError failed(const std::string& path, int errnoValue);
};

} // namespace km
