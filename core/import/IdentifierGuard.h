#pragma once

#include "core/import/ImportError.h"

#include <optional>
#include <string>
#include <string_view>

namespace km {

/**
 * Recognises direct identifiers, so that an import can refuse them before anything is written:
 * a study may only hold pseudonymised data. Headers are matched on meaning (naam, bsn, adres,
 * e-mail...) and on the values they hold; values on shape (IdentifierShapes). It also decides
 * which values error messages may repeat. Runs on every cell of every import, so it is cheap.
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

    /**
     * Whether a message may repeat `value`: only when it is short and cannot be an identifier,
     * by the shapes above and looser ones (eight digits in a row, an IBAN with a wrong check
     * digit, an '@'), since an identifier the guard misses must not be echoed in another field's
     * error. Every message that shows a value asks this (see shown()).
     */
    static bool mayShow(std::string_view value, std::size_t maxBytes = maxShownBytes);

    /** Longer values are never repeated: a value that long is no short code mistyped. */
    static constexpr std::size_t maxShownBytes = 40;

    /** `value` between quotes when mayShow allows it, otherwise "(waarde niet getoond)". */
    static std::string shown(std::string_view value);

    /**
     * Clears an error's value, and its column label, when mayShow refuses them, and says so in
     * the message: every error passes here before anyone sees it (ErrorCollector, MappingFile).
     */
    static void redact(ImportError& error);

    /** What messages say instead of a value that is not shown. */
    static constexpr const char* notShown = "(waarde niet getoond)";

    /** The eleven-test (elfproef) for a BSN of exactly 9 digits. */
    static bool isBsn(std::string_view digits);
};

} // namespace km
