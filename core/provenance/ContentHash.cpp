#include "core/provenance/ContentHash.h"

#include "core/util/Sha256.h"

namespace km {

std::string ContentHash::of(const std::vector<ImportLogEntry>& log)
{
    Sha256 hash;
    for (const ImportLogEntry& entry : log)
        hash.update(entry.tableName + "\t" + entry.sha256 + "\t" + std::to_string(entry.rows) + "\n");
    return hash.hexDigest();
}

} // namespace km
