#include "core/output/TempFile.h"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <vector>

namespace km {

namespace {

std::string folderOf(const std::string& path)
{
    const auto slash = path.rfind('/');
    return slash == std::string::npos ? "." : slash == 0 ? "/" : path.substr(0, slash);
}

std::string nameOf(const std::string& path)
{
    const auto slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string prefixFor(const std::string& finalPath)
{
    return "." + nameOf(finalPath) + ".km";
}

// A rename is durable only once the folder that holds the names is on disk too.
int syncFolder(const std::string& folder)
{
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return errno;
    const int result = ::fsync(fd) == 0 || errno == EINVAL ? 0 : errno;
    ::close(fd);
    return result;
}

} // namespace

TempFile::TempFile(std::string path, std::string finalPath, int fd)
    : path_(std::move(path)), finalPath_(std::move(finalPath)), fd_(fd)
{
}

TempFile::TempFile(TempFile&& other) noexcept
    : path_(std::move(other.path_)), finalPath_(std::move(other.finalPath_)), fd_(other.fd_),
      written_(other.written_), placed_(other.placed_)
{
    other.fd_ = -1;
    other.placed_ = true;   // the moved-from object removes nothing
}

TempFile::~TempFile()
{
    if (fd_ >= 0)
        ::close(fd_);
    if (!placed_)
        ::unlink(path_.c_str());
}

std::optional<TempFile> TempFile::create(const std::string& finalPath, OutputError* error)
{
    removeStale(finalPath);
    std::string pattern = folderOf(finalPath) + "/" + prefixFor(finalPath) + std::to_string(::getpid()) + "-XXXXXX";
    const int fd = ::mkostemp(pattern.data(), O_CLOEXEC);   // mode 0600, whatever the umask
    if (fd < 0) {
        *error = OutputError::failed(finalPath, errno);
        return std::nullopt;
    }
    ::fchmod(fd, S_IRUSR | S_IWUSR);
    return TempFile(pattern, finalPath, fd);
}

std::optional<OutputError> TempFile::write(std::string_view bytes)
{
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd_, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return OutputError::failed(finalPath_, n < 0 ? errno : ENOSPC);
        written_ += static_cast<std::uint64_t>(n);
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return std::nullopt;
}

std::optional<OutputError> TempFile::finish()
{
    if (::fsync(fd_) != 0)
        return OutputError::failed(finalPath_, errno);
    struct stat written{};
    if (::fstat(fd_, &written) != 0)
        return OutputError::failed(finalPath_, errno);
    const auto size = static_cast<std::uint64_t>(written.st_size);
    if (size == 0 || (written_ > 0 && size != written_))
        return OutputError{OutputError::Kind::Failed, finalPath_, "het bestand is onvolledig geschreven"};
    return std::nullopt;
}

std::optional<OutputError> TempFile::moveIntoPlace(Replace replace)
{
    if (replace == Replace::Nothing) {
        if (::link(path_.c_str(), finalPath_.c_str()) != 0)
            return errno == EEXIST ? OutputError{OutputError::Kind::Refused, finalPath_, "het bestand bestaat al"}
                                   : OutputError::failed(finalPath_, errno);
        ::unlink(path_.c_str());
    } else if (::rename(path_.c_str(), finalPath_.c_str()) != 0) {
        return OutputError::failed(finalPath_, errno);
    }
    placed_ = true;
    if (const int error = syncFolder(folderOf(finalPath_)))
        return OutputError::failed(finalPath_, error);
    return std::nullopt;
}

void TempFile::removeStale(const std::string& finalPath)
{
    const std::string prefix = prefixFor(finalPath);
    const std::string folder = folderOf(finalPath);
    DIR* dir = ::opendir(folder.c_str());
    if (!dir)
        return;
    std::vector<std::string> stale;
    while (const dirent* entry = ::readdir(dir)) {
        const std::string name = entry->d_name;
        if (name.compare(0, prefix.size(), prefix) != 0)
            continue;
        char* end = nullptr;
        const long pid = std::strtol(name.c_str() + prefix.size(), &end, 10);
        // ".<name>.km<pid>-XXXXXX", or with ".old" for the second name OutputBatch gives an earlier file.
        const std::string rest = end && *end == '-' ? std::string(end + 1) : std::string();
        const bool ours = rest.size() == 6 || (rest.size() == 10 && rest.compare(6, 4, ".old") == 0);
        if (ours && pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH)
            stale.push_back(folder + "/" + name);
    }
    ::closedir(dir);
    for (const std::string& path : stale)
        ::unlink(path.c_str());
}

} // namespace km
