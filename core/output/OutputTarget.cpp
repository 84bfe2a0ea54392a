#include "core/output/OutputTarget.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace km {

namespace {

bool startsLikeStudy(const std::string& path)
{
    static constexpr char header[] = "SQLite format 3";   // with its NUL: the 16 bytes of the header
    const int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return false;
    char bytes[sizeof header] = {};
    const ssize_t n = ::read(fd, bytes, sizeof bytes);
    ::close(fd);
    return n == static_cast<ssize_t>(sizeof bytes) && std::memcmp(bytes, header, sizeof header) == 0;
}

OutputError refused(const std::string& path, const std::string& reason)
{
    return {OutputError::Kind::Refused, path, reason};
}

} // namespace

std::optional<OutputError> OutputTarget::check(const std::string& path, const OutputRules& rules)
{
    struct stat target{};
    if (::lstat(path.c_str(), &target) != 0)
        return errno == ENOENT ? std::nullopt : std::optional<OutputError>(OutputError::failed(path, errno));
    for (const std::string& file : rules.protectedFiles) {
        struct stat study{};
        if (::stat(file.c_str(), &study) == 0 && study.st_dev == target.st_dev && study.st_ino == target.st_ino)
            return refused(path, "dit is het geopende studiebestand (of een koppeling ernaar); kies een andere naam");
    }
    if (S_ISDIR(target.st_mode))
        return refused(path, "er staat een map met die naam; kies een andere naam");
    if (rules.replace == Replace::Nothing)
        return refused(path, "het bestand bestaat al");
    if (S_ISLNK(target.st_mode))
        return rules.replace == Replace::AnyFile
            ? std::nullopt
            : std::optional<OutputError>(refused(path,
                  "dit is een symbolische koppeling; het programma schrijft niet via een koppeling "
                  "(--overwrite vervangt de koppeling zelf)"));
    if (!S_ISREG(target.st_mode))
        return refused(path, "dit is geen gewoon bestand (apparaat, pijp of socket)");
    if (rules.replace != Replace::AnyFile && startsLikeStudy(path))
        return refused(path, "dit is een studiebestand; overschrijven alleen met --overwrite");
    return std::nullopt;
}

std::vector<std::string> OutputTarget::studyFiles(const std::string& studyPath)
{
    if (studyPath.empty() || studyPath == ":memory:")
        return {};
    return {studyPath, studyPath + "-wal", studyPath + "-shm", studyPath + "-journal"};
}

} // namespace km
