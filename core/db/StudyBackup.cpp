#include "core/db/StudyBackup.h"

#include "core/db/Database.h"
#include "core/db/Statement.h"
#include "core/output/OutputBatch.h"
#include "core/util/Sha256.h"

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
    // Replace::Nothing: never over an earlier backup. VACUUM INTO accepts the empty temporary
    // file; it does not sync its output, the batch does before the name is given.
    OutputBatch batch(OutputRules{Replace::Nothing, {}});
    std::optional<OutputError> failed = batch.addWritten(path, [&db](const std::string& tempPath) -> std::optional<std::string> {
        try {
            db.prepare("VACUUM INTO ?").bind(1, std::string_view(tempPath)).run();
            return std::nullopt;
        } catch (const DatabaseError& e) {
            return e.message;
        }
    });
    if (!failed)
        failed = batch.commit();
    if (failed)
        throw refusal(path, version, failed->reason);
    return {path, sha256OfFile(path)};
}

} // namespace km
