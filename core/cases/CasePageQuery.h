#pragma once

#include "core/cases/CaseColumn.h"

#include <cstdint>
#include <string>

namespace km {

/**
 * Which page of the case list to read: the filter text (matched as a substring of casus_id,
 * cohort or regio, case-insensitively), the sort column and order, and the window of rows.
 */
struct CasePageQuery
{
    std::string filter;
    CaseColumn sortColumn = CaseColumn::CasusId;
    bool ascending = true;
    std::int64_t offset = 0;
    std::int64_t limit = 200;       // < 0: to the end of the list
};

} // namespace km
