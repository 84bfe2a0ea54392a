#include "core/indicators/Selection.h"

namespace km {

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
