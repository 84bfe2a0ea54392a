#pragma once

#include "core/codebook/IndicatorLabels.h"
#include "core/disclosure/GroupTable.h"

#include <string>

namespace km {

/**
 * A group table as CSV for other programs: `,` separated, LF line ends, RFC 4180 quoting only
 * where needed, numbers with a point and a fixed two decimals, no dates or other run-dependent
 * text, so the same study and selection always give the same bytes.
 */
class GroupCsv
{
public:
    static std::string write(const GroupTable& table, const std::string& selection, Language language);

    /** One CSV field, quoted when it holds a comma, a quote or a line break. */
    static std::string field(const std::string& text);

    /** `value` with exactly `decimals` decimals and a point ("21.20"), "" when absent. */
    static std::string fixed(const std::optional<double>& value, int decimals);
};

} // namespace km
