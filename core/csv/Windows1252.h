#pragma once

#include <string>
#include <string_view>

namespace km {

/**
 * Windows-1252 to UTF-8, for CSV files saved by Excel on a Dutch Windows machine. Bytes
 * 0x80-0x9F map to the code page's punctuation (0x80 is €); the five bytes the code page leaves
 * undefined map to the C1 controls of the same value, as the WHATWG Encoding Standard does.
 */
class Windows1252
{
public:
    /** Appends the UTF-8 form of `bytes` to `out`. */
    static void appendAsUtf8(std::string_view bytes, std::string& out);
};

} // namespace km
