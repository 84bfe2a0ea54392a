#include "core/sheet/ZipArchive.h"

#include <zlib.h>

#include <algorithm>

namespace km {

namespace {

constexpr std::uint32_t endSignature = 0x06054b50;
constexpr std::uint32_t entrySignature = 0x02014b50;
constexpr std::uint32_t localSignature = 0x04034b50;
constexpr std::size_t endRecordBytes = 22;
constexpr std::size_t entryRecordBytes = 46;
constexpr std::size_t localRecordBytes = 30;
constexpr std::size_t maxCommentBytes = 0xffff;
constexpr std::size_t chunkBytes = 1 << 16;

std::uint32_t le(const std::string& bytes, std::size_t at, int width)
{
    std::uint32_t value = 0;
    for (int i = width - 1; i >= 0; --i)
        value = (value << 8) | static_cast<unsigned char>(bytes[at + static_cast<std::size_t>(i)]);
    return value;
}

std::string megabytes(std::uint64_t bytes)
{
    return std::to_string((bytes + (1 << 20) - 1) >> 20) + " MB";
}

} // namespace

ZipArchive::ZipArchive(const std::string& path)
    : in_(path, std::ios::binary)
{
    if (!in_) {
        damaged("het bestand kan niet worden geopend");
        return;
    }
    in_.seekg(0, std::ios::end);
    size_ = static_cast<std::uint64_t>(std::max<std::streamoff>(0, in_.tellg()));
    if (readDirectory())
        checkLimits();
}

const std::optional<std::string>& ZipArchive::error() const
{
    return error_;
}

const std::vector<ZipArchive::Entry>& ZipArchive::entries() const
{
    return entries_;
}

void ZipArchive::fail(std::string message)
{
    if (!error_)
        error_ = std::move(message);
}

void ZipArchive::damaged(const std::string& detail)
{
    fail("het werkboek kan niet worden gelezen (" + detail + "); verwacht een .xlsx- of .ods-bestand");
}

// The end record sits in the last 22 bytes plus at most a 64 KiB comment; it says where the
// directory is and how many entries it has.
bool ZipArchive::readDirectory()
{
    const std::uint64_t tail = std::min<std::uint64_t>(size_, endRecordBytes + maxCommentBytes);
    std::string bytes(tail, '\0');
    in_.seekg(static_cast<std::streamoff>(size_ - tail));
    in_.read(bytes.data(), static_cast<std::streamsize>(tail));
    std::size_t at = std::string::npos;
    for (std::size_t i = tail >= endRecordBytes ? tail - endRecordBytes + 1 : 0; i-- > 0;)
        if (le(bytes, i, 4) == endSignature) {
            at = i;
            break;
        }
    if (at == std::string::npos) {
        damaged("het zip-archief heeft geen inhoudsopgave: beschadigd of afgekapt");
        return false;
    }
    const std::uint32_t count = le(bytes, at + 10, 2);
    const std::uint32_t directorySize = le(bytes, at + 12, 4);
    const std::uint32_t directoryAt = le(bytes, at + 16, 4);
    if (count == 0xffff || directorySize == 0xffffffff || directoryAt == 0xffffffff) {
        fail("het werkboek is een zip64-archief; een werkboek van deze omvang kan niet worden gelezen "
             "(ten hoogste " + megabytes(maxTotalBytes) + " uitgepakt)");
        return false;
    }
    if (std::uint64_t{directoryAt} + directorySize > size_) {
        damaged("de inhoudsopgave van het zip-archief wijst buiten het bestand");
        return false;
    }
    std::string directory(directorySize, '\0');
    in_.seekg(directoryAt);
    in_.read(directory.data(), directorySize);
    std::size_t p = 0;
    for (std::uint32_t n = 0; n < count; ++n) {
        if (p + entryRecordBytes > directory.size() || le(directory, p, 4) != entrySignature) {
            damaged("de inhoudsopgave van het zip-archief is beschadigd");
            return false;
        }
        Entry entry;
        entry.method = static_cast<std::uint16_t>(le(directory, p + 10, 2));
        entry.compressedSize = le(directory, p + 20, 4);
        entry.uncompressedSize = le(directory, p + 24, 4);
        const std::size_t nameBytes = le(directory, p + 28, 2);
        const std::size_t extraBytes = le(directory, p + 30, 2);
        const std::size_t commentBytes = le(directory, p + 32, 2);
        entry.localHeader = le(directory, p + 42, 4);
        if (p + entryRecordBytes + nameBytes > directory.size()) {
            damaged("de inhoudsopgave van het zip-archief is beschadigd");
            return false;
        }
        entry.name = directory.substr(p + entryRecordBytes, nameBytes);
        if (entry.compressedSize == 0xffffffff || entry.uncompressedSize == 0xffffffff) {
            fail("het werkboek is een zip64-archief (" + entry.name + "); een werkboek van deze omvang kan niet "
                 "worden gelezen (ten hoogste " + megabytes(maxEntryBytes) + " uitgepakt per onderdeel)");
            return false;
        }
        entries_.push_back(std::move(entry));
        p += entryRecordBytes + nameBytes + extraBytes + commentBytes;
    }
    return true;
}

void ZipArchive::checkLimits()
{
    std::uint64_t total = 0;
    for (const Entry& entry : entries_) {
        total += entry.uncompressedSize;
        if (entry.uncompressedSize > maxEntryBytes) {
            fail(entry.name + " pakt uit tot " + megabytes(entry.uncompressedSize) + "; dat is meer dan de "
                 + megabytes(maxEntryBytes) + " die een werkboek per onderdeel mag innemen (een zip-bom?)");
            return;
        }
        if (entry.uncompressedSize > ratioFromBytes && entry.uncompressedSize > maxRatio * entry.compressedSize) {
            fail(entry.name + " pakt uit tot " + megabytes(entry.uncompressedSize) + " uit "
                 + std::to_string(entry.compressedSize) + " bytes, meer dan " + std::to_string(maxRatio)
                 + " keer zo groot; zo sterk laat een werkboek zich niet inpakken (een zip-bom?)");
            return;
        }
    }
    if (total > maxTotalBytes)
        fail("het werkboek pakt uit tot " + megabytes(total) + "; dat is meer dan de " + megabytes(maxTotalBytes)
             + " die een werkboek mag innemen");
}

// Inflates chunk by chunk and stops past the declared size, which checkLimits() has bounded.
std::optional<std::string> ZipArchive::read(const std::string& name)
{
    if (error_)
        return std::nullopt;
    const auto entry = std::find_if(entries_.begin(), entries_.end(), [&name](const Entry& e) { return e.name == name; });
    if (entry == entries_.end())
        return std::nullopt;
    std::string local(localRecordBytes, '\0');
    in_.seekg(static_cast<std::streamoff>(entry->localHeader));
    in_.read(local.data(), localRecordBytes);
    if (!in_ || le(local, 0, 4) != localSignature) {
        damaged(name + " heeft geen geldige kop in het zip-archief");
        return std::nullopt;
    }
    const std::uint64_t data = entry->localHeader + localRecordBytes + le(local, 26, 2) + le(local, 28, 2);
    if (data + entry->compressedSize > size_) {
        damaged(name + " loopt voorbij het einde van het bestand");
        return std::nullopt;
    }
    in_.seekg(static_cast<std::streamoff>(data));
    const std::uint64_t limit = entry->uncompressedSize;
    std::string out;
    std::string input(chunkBytes, '\0');
    if (entry->method == 0) {
        if (entry->compressedSize != limit) {
            damaged(name + ": de opgeslagen grootte klopt niet");
            return std::nullopt;
        }
        out.resize(limit);
        in_.read(out.data(), static_cast<std::streamsize>(limit));
        return out;
    }
    if (entry->method != 8) {
        fail(name + " is ingepakt op een manier die werkbladen niet gebruiken (methode "
             + std::to_string(entry->method) + ")");
        return std::nullopt;
    }
    z_stream z{};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK) {
        damaged(name + " kan niet worden uitgepakt");
        return std::nullopt;
    }
    out.resize(std::min<std::uint64_t>(limit, chunkBytes));
    std::uint64_t remaining = entry->compressedSize;
    int rc = Z_OK;
    std::size_t produced = 0;
    while (rc != Z_STREAM_END) {
        if (z.avail_in == 0 && remaining > 0) {
            const auto n = static_cast<std::size_t>(std::min<std::uint64_t>(remaining, chunkBytes));
            in_.read(input.data(), static_cast<std::streamsize>(n));
            remaining -= n;
            z.next_in = reinterpret_cast<Bytef*>(input.data());
            z.avail_in = static_cast<uInt>(n);
        }
        if (produced == out.size()) {
            // One byte of room past the declared size shows a directory that understates it.
            if (out.size() > limit) {
                rc = Z_BUF_ERROR;
                break;
            }
            out.resize(std::min<std::uint64_t>(limit + 1, std::max<std::uint64_t>(out.size() * 2, chunkBytes)));
        }
        z.next_out = reinterpret_cast<Bytef*>(out.data() + produced);
        z.avail_out = static_cast<uInt>(out.size() - produced);
        rc = inflate(&z, Z_NO_FLUSH);
        produced = out.size() - z.avail_out;
        if (rc != Z_OK && rc != Z_STREAM_END)
            break;
        if (rc == Z_OK && z.avail_in == 0 && remaining == 0 && z.avail_out != 0) {
            rc = Z_DATA_ERROR;
            break;
        }
    }
    inflateEnd(&z);
    if (produced > limit) {
        fail(name + " pakt uit tot meer dan de " + std::to_string(limit) + " bytes die de inhoudsopgave opgeeft "
             "(een zip-bom?); het werkboek wordt niet gelezen");
        return std::nullopt;
    }
    if (rc != Z_STREAM_END) {
        damaged(name + " is beschadigd en kan niet worden uitgepakt");
        return std::nullopt;
    }
    out.resize(produced);
    return out;
}

} // namespace km
