#pragma once

#include "core/codebook/Codebook.h"

#include <QString>

#include <optional>
#include <string>

/**
 * Remembers, in QSettings, which code the user gave a file value of a codebook field (per
 * table and field; values case-insensitive, trimmed), so the next file from the same
 * registration system is recoded without asking again, as ColumnMappingStore does for headers.
 */
class ValueRecodingStore
{
public:
    /** The remembered code; an empty code means "unknown"; nullopt: nothing remembered. */
    static std::optional<std::string> code(km::TableKind table, const std::string& field, const std::string& value);
    /** Remembers `code` for the value; nullopt forgets it (the value is left as it is). */
    static void remember(km::TableKind table, const std::string& field, const std::string& value,
                         const std::optional<std::string>& code);

private:
    static QString key(km::TableKind table, const std::string& field, const std::string& value);
};
