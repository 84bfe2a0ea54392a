#pragma once

#include <string_view>

namespace km {

/**
 * Checks a byte stream for well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates,
 * nothing above U+10FFFF) block by block, so that whether a whole file is UTF-8 is known
 * without holding it; a sequence may be split across blocks.
 */
class Utf8Validator
{
public:
    /** Checks the next bytes; returns valid(). */
    bool feed(std::string_view bytes);

    /** Everything fed so far is well-formed (an unfinished last sequence still counts as fine). */
    bool valid() const;

    /** The whole stream was well-formed: valid() and no sequence left unfinished. */
    bool finish() const;

private:
    int pending_ = 0;                  // continuation bytes still expected
    unsigned char lowest_ = 0x80;      // allowed range of the next continuation byte
    unsigned char highest_ = 0xBF;
    bool valid_ = true;
};

} // namespace km
