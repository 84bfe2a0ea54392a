#pragma once

#include "core/csv/TableReader.h"
#include "core/import/ImportError.h"
#include "core/import/RowConverter.h"

#include <cstddef>
#include <vector>

namespace km {

/**
 * Consecutive records of one source as the reading thread leaves them for the writing thread:
 * read, scanned for identifiers and converted, with the errors found so far. The rows are
 * allocated once and refilled, and a row's views point into its own record, so a batch is
 * never copied or resized while in use.
 */
struct RowBatch
{
    /** One record, its conversion, and where its errors end in `errors`. */
    struct Row
    {
        TableRecord record;
        ConvertedRow converted;
        bool usable = false;         // converted without refusal or a wrong field count
        std::size_t errorsEnd = 0;   // errors[previous row's errorsEnd, errorsEnd) are this row's
        double fraction = 0;         // reader progress after this record (set at progress points)
    };

    explicit RowBatch(std::size_t capacity) : rows(capacity) {}

    std::vector<Row> rows;           // fixed size; the first `count` are filled
    std::size_t count = 0;
    std::vector<ImportError> errors; // in line order
};

} // namespace km
