#include "core/import/FileFormatDetector.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <string_view>

namespace km {

namespace {

// Zip archives name their members in each local header and again in the central directory at
// the end; reading both ends finds the names without a zip library, whatever the file size.
constexpr std::size_t probeSize = 1 << 16;

std::string readEnds(std::ifstream& in)
{
    in.seekg(0, std::ios::end);
    const auto size = static_cast<std::size_t>(std::max<std::streamoff>(0, in.tellg()));
    std::string bytes;
    auto append = [&](std::size_t offset, std::size_t count) {
        std::string block(count, '\0');
        in.seekg(static_cast<std::streamoff>(offset));
        in.read(block.data(), static_cast<std::streamsize>(count));
        bytes += block.substr(0, static_cast<std::size_t>(in.gcount()));
        in.clear();
    };
    if (size <= 2 * probeSize) {
        append(0, size);
    } else {
        append(0, probeSize);
        append(size - probeSize, probeSize);
    }
    return bytes;
}

bool hasSpssExtension(const std::string& path)
{
    std::string extension = std::filesystem::path(path).extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension == ".sav" || extension == ".zsav";
}

} // namespace

FileFormat FileFormatDetector::detect(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return FileFormat::Unreadable;
    const std::string bytes = readEnds(in);
    const std::string_view view(bytes);
    if (view.starts_with("$FL2") || view.starts_with("$FL3"))
        return FileFormat::Sav;
    if (!view.starts_with("PK\x03\x04"))
        return view.starts_with("$FL") || hasSpssExtension(path) ? FileFormat::BrokenSav : FileFormat::Csv;
    if (view.find("application/vnd.oasis.opendocument.spreadsheet") != std::string_view::npos)
        return FileFormat::Ods;
    if (view.find("xl/workbook.xml") != std::string_view::npos)
        return FileFormat::Xlsx;
    return FileFormat::OtherZip;
}

std::string FileFormatDetector::refusal(FileFormat format)
{
    switch (format) {
    case FileFormat::BrokenSav:
        return "het bestand is een beschadigd SPSS-bestand: het begint niet met de kop van een .sav- of "
               ".zsav-bestand ($FL2 of $FL3); sla het in SPSS opnieuw op, of lever het als CSV";
    case FileFormat::OtherZip:
        return "dit zip-archief is geen werkboek; verwacht een .xlsx-, .ods-, .sav- of CSV-bestand";
    default:
        return {};
    }
}

std::string FileFormatDetector::describe(FileFormat format)
{
    switch (format) {
    case FileFormat::Csv:
        return "CSV-bestand";
    case FileFormat::Xlsx:
        return "Excel-werkboek (.xlsx)";
    case FileFormat::Ods:
        return "LibreOffice-werkboek (.ods)";
    case FileFormat::Sav:
        return "SPSS-bestand (.sav/.zsav)";
    case FileFormat::BrokenSav:
        return "beschadigd SPSS-bestand";
    case FileFormat::OtherZip:
        return "zip-archief dat geen werkboek is";
    case FileFormat::Unreadable:
        break;
    }
    return "onleesbaar bestand";
}

} // namespace km
