#pragma once

#include "core/codebook/Codebook.h"
#include "core/import/ImportError.h"
#include "core/import/Importer.h"
#include "core/output/OutputError.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace km {

class TableReader;

/** What a mapping file says about one table: header -> field, and per field value -> code. */
struct TableMapping
{
    std::map<std::string, std::string> columnMapping;
    std::map<std::string, std::map<std::string, std::string>> valueRecoding;
};

/** A mapping file read: per table its mapping, or the errors that make it unusable. */
struct MappingFileResult
{
    std::map<TableKind, TableMapping> tables;
    std::vector<ImportError> errors;
};

/**
 * The CLI's `--mapping FILE` (see docs/import-mapping.md): a CSV table with columns tabel, veld
 * and kolom, waarde, code that maps the user's headers onto codebook fields and recodes the
 * user's values, so the same mapping serves every file of a registration system.
 */
class MappingFile
{
public:
    static MappingFileResult read(const std::string& path);
    static MappingFileResult parse(TableReader& reader);

    /**
     * The mapping as a mapping file that read() gives back unchanged: UTF-8, comma-separated,
     * one line per mapped column and one per recoded value, tables and fields in codebook order.
     */
    static std::string serialize(const std::map<TableKind, TableMapping>& tables);

    /** Writes serialize(tables) to `path`, complete or not at all (OutputBatch); the error, or empty. */
    static std::optional<OutputError> save(const std::string& path, const std::map<TableKind, TableMapping>& tables);

    /** Puts each table's mapping on the sources of that table. */
    static void applyTo(const MappingFileResult& mapping, std::vector<ImportSource>& sources);
};

} // namespace km
