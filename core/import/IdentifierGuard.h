#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace km {

/**
 * Recognises direct identifiers, so that an import can refuse them before anything is written:
 * a study may only hold pseudonymised data. Headers are matched on meaning (naam, bsn, adres,
 * e-mail...); values on shape (a BSN passing the eleven-test, a postcode with house number, an
 * e-mail address, a Dutch phone number). Runs on every cell of every import, so it is cheap.
 */
class IdentifierGuard
{
public:
    /** What a header refers to ("een naam", "een BSN"...), or nullopt when it is no identifier. */
    static std::optional<std::string> headerKind(std::string_view header);

    /** What a value contains ("een BSN", "een e-mailadres"...), or nullptr when nothing found. */
    static const char* valueKind(std::string_view value);

    /** Dutch message for a refused header column. */
    static std::string headerMessage(const std::string& kind);

    /** Dutch message for a refused value; it never repeats the value. */
    static std::string valueMessage(const char* kind);

    /** The eleven-test (elfproef) for a BSN of exactly 9 digits. */
    static bool isBsn(std::string_view digits);
};

} // namespace km
