#include "core/csv/Windows1252.h"

#include <cstdint>

namespace km {

namespace {

// Code points of bytes 0x80-0x9F (Microsoft's cp1252 table); 0xA0-0xFF equal Latin-1.
constexpr std::uint16_t highControls[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

void appendCodePoint(std::uint32_t cp, std::string& out)
{
    if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

} // namespace

void Windows1252::appendAsUtf8(std::string_view bytes, std::string& out)
{
    const char* p = bytes.data();
    const char* const end = p + bytes.size();
    while (p != end) {
        const char* ascii = p;
        while (p != end && static_cast<unsigned char>(*p) < 0x80)
            ++p;
        out.append(ascii, p);
        if (p == end)
            break;
        const auto byte = static_cast<unsigned char>(*p++);
        appendCodePoint(byte < 0xA0 ? highControls[byte - 0x80] : byte, out);
    }
}

} // namespace km
