#pragma once

#include "core/codebook/Codebook.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

namespace km {

/**
 * A cell converted to its storage form (see Schema.cpp): nothing (unknown), an integer (day
 * number, code index, bit mask, 0/1), a number, or text pointing into the record just read.
 */
using StoredValue = std::variant<std::monostate, std::int64_t, double, std::string_view>;

/**
 * Turns the text of one cell into its StoredValue by the codebook's rules for the field's type,
 * or says in Dutch what was expected. Whether an empty required cell is allowed is not its
 * concern: it converts empty text to unknown.
 */
class FieldConverter
{
public:
    /** The converted value, or why the text is not valid for the field. */
    struct Result
    {
        StoredValue value;
        std::string error;   // empty when the text was valid
    };

    static Result convert(const FieldSpec& field, std::string_view text);

    /** "verwacht ..." for the field's type, e.g. "verwacht ja of nee". */
    static std::string expectation(const FieldSpec& field);

private:
    static Result date(const FieldSpec& field, std::string_view text);
    static Result number(const FieldSpec& field, std::string_view text);
    static Result multi(const FieldSpec& field, std::string_view text);
};

} // namespace km
