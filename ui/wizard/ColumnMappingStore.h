#pragma once

#include "core/codebook/Codebook.h"

#include <QString>

#include <map>
#include <optional>
#include <string>
#include <vector>

/**
 * Remembers, in QSettings, which codebook field the user mapped a file header onto, so the
 * next file with the same header (the same export from the same registration system) is mapped
 * without asking again. Headers are stored case-insensitively, spaces trimmed.
 */
class ColumnMappingStore
{
public:
    static std::optional<std::string> field(km::TableKind table, const std::string& header);
    /** The remembered mapping for those headers of a file that are not a field name themselves. */
    static std::map<std::string, std::string> forHeader(km::TableKind table, const std::vector<std::string>& header);

    /** Remembers `field` for `header`; an empty field forgets the header. */
    static void remember(km::TableKind table, const std::string& header, const std::string& field);

    /** Lower-cased, trimmed and percent-encoded, so '/' or '\\' in a header or value is no QSettings group. */
    static QString keyPart(const std::string& text);

private:
    static QString key(km::TableKind table, const std::string& header);
};
