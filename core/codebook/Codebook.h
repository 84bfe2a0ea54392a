#pragma once

#include "core/codebook/FieldType.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace km {

/** The three tables of a study file. */
enum class TableKind { Casussen, Trajecten, Gebeurtenissen };

/**
 * One column of the codebook. Enum values are stored as their index in `values`; multi values
 * as a bit mask with bit i meaning `values[i]`.
 */
struct FieldSpec
{
    std::string name;
    FieldType type;
    bool required = false;
    std::vector<std::string> values;

    /** Index of a code (exact, lower-case match after trimming), or nullopt. */
    std::optional<int> codeIndex(std::string_view code) const;
};

/** One table of the codebook: its name and columns, in codebook order. */
struct TableSpec
{
    TableKind kind;
    std::string name;
    std::vector<FieldSpec> fields;

    /** Index of a field by header name (case-insensitive, surrounding spaces ignored). */
    std::optional<int> fieldIndex(std::string_view header) const;
    const FieldSpec& field(std::string_view name) const;
};

/**
 * The contract of ../shared/codebook.md in code: tables, columns, types and allowed values.
 * Validation, storage, indicator ids and the UI's labels all derive from this one place.
 */
class Codebook
{
public:
    static const TableSpec& table(TableKind kind);
    static std::optional<TableKind> tableByName(std::string_view name);
    static const std::vector<TableKind>& tables();
};

} // namespace km
