#include "core/indicators/Selection.h"

#include <algorithm>

namespace km {

bool Selection::contains(std::string_view cohort, std::optional<std::string_view> caseRegio) const
{
    if (regio && caseRegio != std::optional<std::string_view>(*regio))
        return false;
    return cohorts.empty() || std::find(cohorts.begin(), cohorts.end(), cohort) != cohorts.end();
}

std::string Selection::label() const
{
    std::string text;
    for (const std::string& cohort : cohorts) {
        if (!text.empty())
            text += " + ";
        text += cohort;
    }
    if (text.empty())
        text = "alle casussen";
    if (regio)
        text += ", regio " + *regio;
    if (windowMonths)
        text += ", venster " + std::to_string(*windowMonths) + (*windowMonths == 1 ? " maand" : " maanden");
    return text;
}

} // namespace km
