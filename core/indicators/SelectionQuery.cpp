#include "core/indicators/SelectionQuery.h"

#include "core/db/Statement.h"

namespace km {

SelectionQuery::SelectionQuery(const Selection& selection)
    : selection_(selection)
{
    std::string conditions;
    if (!selection_.cohorts.empty()) {
        conditions = "c.cohort IN (";
        for (std::size_t i = 0; i < selection_.cohorts.size(); ++i)
            conditions += i == 0 ? "?" : ", ?";
        conditions += ")";
    }
    if (selection_.regio) {
        if (!conditions.empty())
            conditions += " AND ";
        conditions += "c.regio = ?";
    }
    if (!conditions.empty())
        where_ = " WHERE " + conditions;
}

void SelectionQuery::bind(Statement& statement) const
{
    int index = 1;
    for (const std::string& cohort : selection_.cohorts)
        statement.bind(index++, std::string_view(cohort));
    if (selection_.regio)
        statement.bind(index, std::string_view(*selection_.regio));
}

} // namespace km
