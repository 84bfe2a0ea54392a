#include "core/import/SourceFinder.h"

#include "core/import/FileFormatDetector.h"
#include "core/sheet/Workbook.h"

#include <filesystem>

namespace km {

FoundSources SourceFinder::forFiles(const std::vector<std::string>& paths)
{
    FoundSources found;
    for (const std::string& path : paths) {
        const FileFormat format = FileFormatDetector::detect(path);
        switch (format) {
        case FileFormat::Xlsx:
        case FileFormat::Ods:
            addWorkbook(path, format == FileFormat::Ods, found);
            break;
        case FileFormat::Csv:
        case FileFormat::Sav:
            addTableFile(path, paths.size() == 1, found);
            break;
        case FileFormat::BrokenSav:
        case FileFormat::OtherZip:
            found.errors.push_back({path, 0, {}, {}, FileFormatDetector::refusal(format)});
            break;
        case FileFormat::Unreadable:
            found.errors.push_back({path, 0, {}, {}, "het bestand bestaat niet of kan niet worden gelezen"});
            break;
        }
    }
    return found;
}

// Sheets with other names (a "toelichting" sheet, pivot tables) are left alone.
void SourceFinder::addWorkbook(const std::string& path, bool ods, FoundSources& found)
{
    const auto book = Workbook::open(path, ods ? WorkbookFormat::Ods : WorkbookFormat::Xlsx);
    if (book->error()) {
        found.errors.push_back({path, 0, {}, {}, *book->error()});
        return;
    }
    const std::string& casussen = Codebook::table(TableKind::Casussen).name;
    if (!book->findSheet(casussen)) {
        found.errors.push_back({path, 0, {}, {}, book->missingSheetMessage(casussen)});
        return;
    }
    for (TableKind kind : Codebook::tables())
        if (book->findSheet(Codebook::table(kind).name))
            found.sources.push_back({kind, path, {}, {}, {}});
}

void SourceFinder::addTableFile(const std::string& path, bool onlyFile, FoundSources& found)
{
    const std::string stem = std::filesystem::path(path).stem().string();
    auto kind = Codebook::tableByName(stem);
    if (!kind && onlyFile)
        kind = TableKind::Casussen;
    if (!kind) {
        found.errors.push_back({path, 0, {}, {}, "uit de bestandsnaam blijkt niet welke tabel dit is; verwacht "
            "casussen, trajecten of gebeurtenissen als naam, of geef het bestand op met --casussen, "
            "--trajecten of --gebeurtenissen"});
        return;
    }
    found.sources.push_back({*kind, path, {}, {}, {}});
}

} // namespace km
