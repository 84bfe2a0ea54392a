#pragma once

#include <cstdint>
#include <string>

namespace km::test {

/**
 * Writes the hostile inputs of the import's safety tests at test time, small on disk and
 * expensive to read: zip archives whose one entry inflates to `inflatedBytes` (a decompression
 * bomb), optionally with a central directory that understates the size or uses zip64, and
 * workbooks with one stray cell at the far corner of the sheet.
 */
class HostileFiles
{
public:
    enum class Directory { Honest, Understated, Zip64 };

    /** An .xlsx whose sheet1.xml is a header row, then an XML comment of about `inflatedBytes`. */
    static void xlsxBomb(const std::string& path, std::uint64_t inflatedBytes, Directory directory);

    /** An .ods whose content.xml is padded the same way. */
    static void odsBomb(const std::string& path, std::uint64_t inflatedBytes, Directory directory);

    /** An .xlsx with casussen's header in A1:D1 (shared strings) and one number at `farCell`. */
    static void xlsxStrayCell(const std::string& path, const std::string& farCell);

    /** An .ods with casussen's header in A1:D1 and one number at XFD1048576. */
    static void odsStrayCell(const std::string& path);

    /**
     * A .zsav of `cases` cases and `variables` numeric variables, all 1, small on disk: with
     * `codebookNames` the first four are casussen's required fields (so that every case fails on
     * its dates), otherwise they are named V1, V2...
     */
    static void wideZsav(const std::string& path, long cases, int variables, bool codebookNames);
};

} // namespace km::test
