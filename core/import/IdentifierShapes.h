#pragma once

#include <string_view>

namespace km {

/**
 * The shapes of direct identifiers inside a value: a BSN passing the eleven-test (also written
 * in groups, "123-456-782", or behind a label, "BSN:123456782"), an IBAN passing its mod-97
 * check, a postcode with house number or town, a street with house number, an e-mail address, a
 * Dutch phone number. Check digits keep a plain number from being a false alarm. IdentifierGuard
 * applies these to cells and headers; it runs on every cell, so a value without enough digits or
 * an '@' is done after one pass.
 */
class IdentifierShapes
{
public:
    /** What `value` contains ("een BSN", "een IBAN"...), or nullptr when nothing is found. */
    static const char* find(std::string_view value);

    /** The eleven-test (elfproef) for a BSN of exactly 9 digits. */
    static bool isBsn(std::string_view digits);

    /** ISO 13616 mod-97 check of an IBAN written without spaces (country, check digits, account). */
    static bool isIban(std::string_view iban);
};

} // namespace km
