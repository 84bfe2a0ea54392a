#include "core/csv/Utf8Validator.h"

#include <cstdint>
#include <cstring>

namespace km {

namespace {

// Almost every byte of a study file is ASCII: skip those eight at a time.
const char* skipAscii(const char* p, const char* end)
{
    std::uint64_t word;
    while (end - p >= 8) {
        std::memcpy(&word, p, sizeof word);
        if (word & 0x8080808080808080ULL)
            break;
        p += 8;
    }
    return p;
}

} // namespace

bool Utf8Validator::feed(std::string_view bytes)
{
    const char* p = bytes.data();
    const char* const end = p + bytes.size();
    while (valid_ && p != end) {
        if (pending_ == 0) {
            p = skipAscii(p, end);
            if (p == end)
                break;
        }
        const auto byte = static_cast<unsigned char>(*p++);
        if (pending_ > 0) {
            if (byte < lowest_ || byte > highest_)
                valid_ = false;
            lowest_ = 0x80;
            highest_ = 0xBF;
            --pending_;
            continue;
        }
        // Lead bytes; the narrowed first continuation ranges exclude overlong forms (E0, F0),
        // surrogates (ED) and code points above U+10FFFF (F4).
        if (byte < 0x80) {
            continue;
        } else if (byte >= 0xC2 && byte <= 0xDF) {
            pending_ = 1;
        } else if (byte >= 0xE0 && byte <= 0xEF) {
            pending_ = 2;
            if (byte == 0xE0)
                lowest_ = 0xA0;
            else if (byte == 0xED)
                highest_ = 0x9F;
        } else if (byte >= 0xF0 && byte <= 0xF4) {
            pending_ = 3;
            if (byte == 0xF0)
                lowest_ = 0x90;
            else if (byte == 0xF4)
                highest_ = 0x8F;
        } else {
            valid_ = false;
        }
    }
    return valid_;
}

bool Utf8Validator::valid() const
{
    return valid_;
}

bool Utf8Validator::finish() const
{
    return valid_ && pending_ == 0;
}

} // namespace km
