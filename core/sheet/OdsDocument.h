#pragma once

#include "core/sheet/SparseSheet.h"

#include <optional>
#include <string>
#include <vector>

namespace km {

/**
 * An .ods workbook as read from its content.xml (see OdsContentHandler): its sheets and the
 * date its number serials count from. A damaged archive or XML gives an error, never a throw.
 */
struct OdsDocument
{
    std::vector<SparseSheet> sheets;
    int originYear = 1899;
    int originMonth = 12;
    int originDay = 30;
    std::optional<std::string> error;   // Dutch

    static OdsDocument read(const std::string& path);
};

} // namespace km
