#pragma once

#include "core/output/OutputError.h"
#include "core/output/OutputRules.h"

#include <optional>
#include <string>
#include <vector>

namespace km {

/**
 * Checks a path before an output is written there. Files are compared by identity (device and
 * inode), not by name, so `--out studie.db`, a hard link to the study or a path through another
 * folder are all recognised; the final path is looked at without following a symbolic link.
 */
class OutputTarget
{
public:
    /** Empty when `path` may be written under `rules`, else why not (Kind::Refused). */
    static std::optional<OutputError> check(const std::string& path, const OutputRules& rules);

    /** The study at `studyPath` with its companion files, as OutputRules::protectedFiles wants them. */
    static std::vector<std::string> studyFiles(const std::string& studyPath);
};

} // namespace km
