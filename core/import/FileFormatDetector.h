#pragma once

#include <string>

namespace km {

/** What an input file is, by its content. */
enum class FileFormat { Csv, Xlsx, Ods, Sav, BrokenSav, OtherZip, Unreadable };

/**
 * Tells the formats apart by their bytes, not by the file name, because a file saved as
 * "casussen.csv" by a spreadsheet program is sometimes a workbook: a zip archive holding
 * xl/workbook.xml is .xlsx, one whose mimetype is an OpenDocument spreadsheet is .ods, "$FL2" or
 * "$FL3" starts an SPSS .sav/.zsav, and anything else is read as CSV text. A file named .sav or
 * .zsav, or starting with "$FL", without that start is a damaged SPSS file, not CSV text.
 */
class FileFormatDetector
{
public:
    static FileFormat detect(const std::string& path);

    /** Why a file of this format cannot be imported at all (Dutch), or empty when it can. */
    static std::string refusal(FileFormat format);

    /** Dutch name for messages: "Excel-werkboek (.xlsx)". */
    static std::string describe(FileFormat format);
};

} // namespace km
