#pragma once

#include "core/codebook/Codebook.h"
#include "core/import/Importer.h"

#include <atomic>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

/** A value of a file that is not a code of its field, and in how many rows it occurs. */
struct UnknownValue
{
    std::string value;        // trimmed, spelled as first seen
    std::int64_t rows = 0;
};

/**
 * The values of one mapped enumeration, multi-value or yes/no column that the importer would
 * refuse, for the wizard to offer a recoding. Multi values are listed part by part.
 */
struct FieldValues
{
    km::TableKind table = km::TableKind::Casussen;
    std::string field;
    std::string column;                      // the file's header for the field
    std::vector<UnknownValue> values;        // most rows first, at most ValueScan::maxListed
    std::int64_t unlistedRows = 0;           // rows with a value beyond the cap
    std::vector<std::string> wholeValues;    // multi fields: whole cells holding an unknown part
};

/** What a scan found, per field in codebook order; empty when cancelled. */
struct ValueScanResult
{
    std::vector<FieldValues> fields;
    bool cancelled = false;
};

/**
 * Reads whole files (any format the importer reads, with the user's column mapping) to find
 * the values of enumeration, multi-value and yes/no columns that are not codes (matched as the
 * importer does: trimmed, case-insensitively, multi values split on `|`). Runs on a worker.
 */
class ValueScan
{
public:
    static constexpr std::size_t maxListed = 50;          // distinct values listed per column
    static constexpr std::size_t maxWholeValues = 10000;  // multi cells remembered for recoding

    /** Scans the sources; their value recodings are ignored, so every raw value is seen. */
    static ValueScanResult scan(const std::vector<km::ImportSource>& sources, const std::atomic<bool>& cancelled);

    /** Whether the importer accepts `value` (one part, for a multi field) as it is. */
    static bool isCode(const km::FieldSpec& field, std::string_view value);
    /** The codes a value of the field can be recoded to. */
    static std::vector<std::string> codes(const km::FieldSpec& field);

    /**
     * Recodings for whole multi-value cells, since the importer recodes a cell as a whole:
     * each part recoded by `partCodes` (lower-cased part -> code; an empty code drops the part).
     * Cells that stay the same, or have one part, are left out.
     */
    static std::map<std::string, std::string> recodeWholeValues(const std::vector<std::string>& wholeValues,
                                                                const std::map<std::string, std::string>& partCodes);
};
