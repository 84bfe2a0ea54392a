#include "core/indicators/SelectionQuery.h"

#include "core/db/Statement.h"

namespace km {

SelectionQuery::SelectionQuery(const Selection& selection, int firstParameter)
    : selection_(selection), firstParameter_(firstParameter)
{
    int parameter = firstParameter;
    const auto next = [&parameter] { return "?" + std::to_string(parameter++); };
    if (!selection_.cohorts.empty()) {
        conditions_ = "c.cohort IN (";
        for (std::size_t i = 0; i < selection_.cohorts.size(); ++i)
            conditions_ += (i == 0 ? "" : ", ") + next();
        conditions_ += ")";
    }
    if (selection_.regio)
        conditions_ += (conditions_.empty() ? "c.regio = " : " AND c.regio = ") + next();
}

void SelectionQuery::bind(Statement& statement) const
{
    int index = firstParameter_;
    for (const std::string& cohort : selection_.cohorts)
        statement.bind(index++, std::string_view(cohort));
    if (selection_.regio)
        statement.bind(index, std::string_view(*selection_.regio));
}

} // namespace km
