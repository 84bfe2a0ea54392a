#pragma once

#include "core/import/Importer.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace km {

class TableReader;
class Workbook;

/**
 * Chooses and opens the reader for one ImportSource by the file's content (CSV, a workbook's
 * sheet named after the table, an SPSS file), tells a sheet which of its columns hold dates, and
 * applies the source's value recoding. A workbook is loaded once for all its sheets.
 */
class SourceOpener
{
public:
    SourceOpener();
    ~SourceOpener();

    /** Never null: a source that cannot be opened gives a reader whose problem() says why. */
    std::unique_ptr<TableReader> open(const ImportSource& source);

    /** The workbook at `path`, loaded once; check its error(). */
    std::shared_ptr<const Workbook> workbook(const std::string& path, bool ods);

private:
    std::unique_ptr<TableReader> openSheet(const ImportSource& source, bool ods);
    static std::unique_ptr<TableReader> openSpss(const ImportSource& source);
    /** The codebook field each column of `header` lands in (null for an extra column). */
    static std::vector<const FieldSpec*> codebookFields(const ImportSource& source, const std::vector<std::string>& header);
    static std::unique_ptr<TableReader> withRecoding(std::unique_ptr<TableReader> reader, const ImportSource& source);

    std::map<std::string, std::shared_ptr<const Workbook>> workbooks_;
};

} // namespace km
