#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace km {

/** The two conventions a spreadsheet reads CSV in: Excel on a Dutch machine, or elsewhere. */
enum class CsvConvention {
    SemicolonDecimalComma,   // "4,5" in cells separated by ';' (Excel NL)
    CommaDecimalPoint        // "4.5" in cells separated by ','
};

/**
 * How a CSV file separates and writes its cells. One dialect per purpose (docs/export-formats.md):
 * machine() for output other programs parse (the CLI's `--format csv`, mapping files), and
 * spreadsheet() for figures a person opens in Excel or LibreOffice.
 */
struct CsvDialect
{
    char delimiter = ',';
    char decimalMark = '.';
    std::string_view lineEnd = "\n";
    bool byteOrderMark = false;

    /** ',' and a decimal point, LF, no BOM: byte-stable and easy to parse. */
    static CsvDialect machine() { return {}; }

    /** UTF-8 with a BOM and CRLF line ends (so Excel reads the accents), in `convention`. */
    static CsvDialect spreadsheet(CsvConvention convention)
    {
        return convention == CsvConvention::SemicolonDecimalComma ? CsvDialect{';', ',', "\r\n", true}
                                                                  : CsvDialect{',', '.', "\r\n", true};
    }

    /** "nl" or "int": the names of the conventions in settings and on the command line. */
    static std::string_view name(CsvConvention convention)
    {
        return convention == CsvConvention::SemicolonDecimalComma ? "nl" : "int";
    }
    static std::optional<CsvConvention> conventionNamed(std::string_view name)
    {
        if (name == "nl")
            return CsvConvention::SemicolonDecimalComma;
        if (name == "int")
            return CsvConvention::CommaDecimalPoint;
        return std::nullopt;
    }
};

} // namespace km
