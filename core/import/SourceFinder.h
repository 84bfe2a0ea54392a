#pragma once

#include "core/import/ImportError.h"
#include "core/import/Importer.h"

#include <string>
#include <vector>

namespace km {

/** The sources found in the files a user named, or why they cannot be imported. */
struct FoundSources
{
    std::vector<ImportSource> sources;
    std::vector<ImportError> errors;
};

/**
 * Turns files named without a table (`import studie.db boek.xlsx`) into ImportSources: a
 * workbook gives one source per sheet named after a codebook table and must have a casussen
 * sheet; a CSV or SPSS file is the table its name says (casussen.sav), and a single such file
 * with another name is casussen. The format is decided by content, as the importer does.
 */
class SourceFinder
{
public:
    static FoundSources forFiles(const std::vector<std::string>& paths);

private:
    static void addWorkbook(const std::string& path, bool ods, FoundSources& found);
    static void addTableFile(const std::string& path, bool onlyFile, FoundSources& found);
};

} // namespace km
