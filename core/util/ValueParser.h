#pragma once

#include <optional>
#include <string_view>

namespace km {

/**
 * Parses cell text by the codebook's explicit rules, never by the user's locale: numbers with
 * at most one separator (point or comma, always decimal), yes/no words. Dates: see days::parse.
 */
class ValueParser
{
public:
    /**
     * `2.5`, `2,5`, `-3`, `7`, surrounding whitespace ignored; grouped digits (`1.234,5`),
     * exponents, `+`, `.5`, `2.` and junk give nullopt.
     */
    static std::optional<double> number(std::string_view text);

    /** ja/nee, j/n, 1/0, true/false, yes/no, case-insensitive, surrounding whitespace ignored. */
    static std::optional<bool> yesNo(std::string_view text);

    /** Text with surrounding ASCII whitespace removed. */
    static std::string_view trim(std::string_view text);

    /** ASCII lower case, for case-insensitive matching of headers and codes. */
    static std::string lower(std::string_view text);
};

} // namespace km
