#pragma once

#include <string>

namespace km {

/** What an input file is, by its content. */
enum class FileFormat { Csv, Xlsx, Ods, Sav, OtherZip, Unreadable };

/**
 * Tells the formats apart by their bytes, not by the file name, because a file saved as
 * "casussen.csv" by a spreadsheet program is sometimes a workbook: a zip archive holding
 * xl/workbook.xml is .xlsx, one whose mimetype is an OpenDocument spreadsheet is .ods, "$FL2" or
 * "$FL3" starts an SPSS .sav/.zsav, and anything else is read as CSV text.
 */
class FileFormatDetector
{
public:
    static FileFormat detect(const std::string& path);

    /** Dutch name for messages: "Excel-werkboek (.xlsx)". */
    static std::string describe(FileFormat format);
};

} // namespace km
