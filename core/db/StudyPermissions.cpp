#include "core/db/StudyPermissions.h"

#include <sys/stat.h>

#include <cstdio>

namespace km {

namespace {

std::string octal(mode_t mode)
{
    char text[8];
    std::snprintf(text, sizeof text, "%04o", static_cast<unsigned>(mode & 07777));
    return text;
}

} // namespace

std::optional<std::string> StudyPermissions::tighten(const std::string& studyPath)
{
    struct stat file{};
    if (::stat(studyPath.c_str(), &file) != 0 || (file.st_mode & (S_IRWXG | S_IRWXO)) == 0)
        return std::nullopt;
    bool tightened = true;
    for (const std::string& path : {studyPath, studyPath + "-wal", studyPath + "-shm"}) {
        struct stat companion{};
        if (::stat(path.c_str(), &companion) == 0 && (companion.st_mode & (S_IRWXG | S_IRWXO)) != 0)
            tightened = ::chmod(path.c_str(), companion.st_mode & S_IRWXU) == 0 && tightened;
    }
    const std::string was = "Het studiebestand " + studyPath + " had rechten " + octal(file.st_mode)
        + " en was dus ook voor anderen toegankelijk";
    if (tightened)
        return was + "; de rechten zijn aangepast naar " + octal(file.st_mode & S_IRWXU) + " (alleen de eigenaar).";
    return was + "; de rechten konden niet worden aangepast (geen eigenaar?). Zet ze zelf op 0600.";
}

} // namespace km
