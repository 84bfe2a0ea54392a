#pragma once

#include <cstdint>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

namespace km {

/**
 * The entries of a workbook's zip archive, read from its central directory, with limits that
 * keep a small file from unpacking into gigabytes (a decompression bomb): no entry may declare
 * more than maxEntryBytes, all together no more than maxTotalBytes, and a large entry no more
 * than maxRatio times its compressed size. read() inflates as a stream and stops at the size the
 * entry declared, so a directory that lies about sizes gains nothing. Zip64 archives are
 * refused: a workbook is never that large, and orcus 0.17 would take their sizes at face value.
 */
class ZipArchive
{
public:
    static constexpr std::uint64_t maxEntryBytes = 200ull << 20;
    static constexpr std::uint64_t maxTotalBytes = 400ull << 20;
    static constexpr std::uint64_t maxRatio = 100;
    static constexpr std::uint64_t ratioFromBytes = 1ull << 20;   // smaller entries may pack better

    struct Entry
    {
        std::string name;
        std::uint16_t method = 0;   // 0 stored, 8 deflated
        std::uint64_t compressedSize = 0;
        std::uint64_t uncompressedSize = 0;
        std::uint64_t localHeader = 0;
    };

    /** Reads the central directory of `path` and checks the limits; see error(). */
    explicit ZipArchive(const std::string& path);

    /** Why the archive cannot be read safely (Dutch, names the entry and the limit), or nullopt. */
    const std::optional<std::string>& error() const;

    const std::vector<Entry>& entries() const;

    /** The uncompressed content of entry `name`; nullopt with error() set when it fails. */
    std::optional<std::string> read(const std::string& name);

private:
    bool readDirectory();
    void checkLimits();
    void fail(std::string message);
    void damaged(const std::string& detail);

    std::ifstream in_;
    std::uint64_t size_ = 0;
    std::vector<Entry> entries_;
    std::optional<std::string> error_;
};

} // namespace km
