#pragma once

#include "core/db/Study.h"

#include <string>
#include <vector>

namespace km {

/**
 * The study's content hash: SHA-256 over the import log's file hashes (table, file hash and
 * rows of every import, oldest first), so a report names exactly which data it came from and
 * two studies with the same imports have the same hash, whatever their file names or dates.
 */
class ContentHash
{
public:
    static std::string of(const std::vector<ImportLogEntry>& log);
};

} // namespace km
