#include "core/csv/Utf8Validator.h"

#include <catch2/catch.hpp>

#include <string>

using km::Utf8Validator;

namespace {

// Feeds `bytes` one byte at a time, so every multi-byte sequence is split across calls.
bool validBytewise(const std::string& bytes)
{
    Utf8Validator validator;
    for (char c : bytes)
        validator.feed(std::string_view(&c, 1));
    return validator.finish();
}

bool validAtOnce(const std::string& bytes)
{
    Utf8Validator validator;
    validator.feed(bytes);
    return validator.finish();
}

} // namespace

// Sequences and verdicts from RFC 3629 section 4 (the UTF8-octets grammar); the boundary code
// points are U+007F, U+0080, U+07FF, U+0800, U+D7FF, U+E000, U+FFFF, U+10000, U+10FFFF.
TEST_CASE("well-formed UTF-8, whole or split across blocks", "[utf8]")
{
    for (const std::string good : {"", "plain ascii, twelve+ bytes long", "\x7F", "\xC2\x80", "\xDF\xBF",
                                   "\xE0\xA0\x80", "\xED\x9F\xBF", "\xEE\x80\x80", "\xEF\xBF\xBF",
                                   "\xF0\x90\x80\x80", "\xF4\x8F\xBF\xBF", "caf\xC3\xA9 \xE2\x82\xAC 12345678"}) {
        CHECK(validAtOnce(good));
        CHECK(validBytewise(good));
    }
}

TEST_CASE("malformed UTF-8, whole or split across blocks", "[utf8]")
{
    for (const std::string bad : {"\x80", "\xBF", "\xC0\x80", "\xC1\xBF", "\xE0\x9F\xBF", "\xED\xA0\x80",
                                  "\xED\xBF\xBF", "\xF0\x8F\xBF\xBF", "\xF4\x90\x80\x80", "\xF5\x80\x80\x80",
                                  "\xFF", "\xC3", "\xE2\x82", "\xF0\x9F\x98", "\xC3\x28", "abcdefgh\xE9zzzzzzzz"}) {
        CHECK_FALSE(validAtOnce(bad));
        CHECK_FALSE(validBytewise(bad));
    }
}

TEST_CASE("an unfinished sequence is valid until the stream ends", "[utf8]")
{
    Utf8Validator validator;
    CHECK(validator.feed("ok \xE2\x82"));
    CHECK_FALSE(validator.finish());
    CHECK(validator.feed("\xAC"));
    CHECK(validator.finish());
}
