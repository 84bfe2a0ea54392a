#include "core/db/StudyBackup.h"

#include "core/db/Database.h"
#include "core/db/Statement.h"
#include "core/util/Sha256.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace km {

namespace {

DatabaseError refusal(const std::string& backup, int version, const std::string& reason)
{
    return DatabaseError{"Het studiebestand heeft schemaversie " + std::to_string(version)
        + " en wordt bijgewerkt naar de nieuwe versie nadat er een reservekopie van is gemaakt, maar de reservekopie "
        + backup + " kon niet worden geschreven (" + reason + "). Het studiebestand is niet veranderd. Zorg voor "
        "schrijfrechten en vrije ruimte in de map van de studie en open het opnieuw."};
}

std::string sha256OfFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    Sha256 hash;
    std::string block(1 << 16, '\0');
    while (in.read(block.data(), static_cast<std::streamsize>(block.size())) || in.gcount() > 0)
        hash.update(std::string_view(block.data(), static_cast<std::size_t>(in.gcount())));
    return hash.hexDigest();
}

} // namespace

std::string StudyBackup::pathFor(const std::string& studyPath, int version, std::time_t when)
{
    std::tm utc{};
    ::gmtime_r(&when, &utc);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &utc);
    return studyPath + ".v" + std::to_string(version) + "-" + stamp + ".bak";
}

BackupFile StudyBackup::write(Database& db, const std::string& studyPath, int version)
{
    const std::string path = pathFor(studyPath, version, std::time(nullptr));
    // O_EXCL: never overwrite an earlier backup; VACUUM INTO accepts an existing empty file.
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL, S_IRUSR | S_IWUSR);
    if (fd < 0)
        throw refusal(path, version, std::strerror(errno));
    ::close(fd);
    try {
        db.prepare("VACUUM INTO ?").bind(1, std::string_view(path)).run();
    } catch (const DatabaseError& e) {
        std::error_code ignored;
        std::filesystem::remove(path, ignored);
        throw refusal(path, version, e.message);
    }
    // VACUUM INTO does not sync its output: the copy must be on disk before the study changes.
    const int sync = ::open(path.c_str(), O_RDONLY);
    const int error = sync < 0 || ::fsync(sync) != 0 ? errno : 0;
    if (sync >= 0)
        ::close(sync);
    if (error != 0) {
        std::error_code ignored;
        std::filesystem::remove(path, ignored);
        throw refusal(path, version, std::strerror(error));
    }
    return {path, sha256OfFile(path)};
}

} // namespace km
