#pragma once

#include <optional>
#include <string>
#include <vector>

namespace km {

/**
 * Which cases an indicator is computed over: one or more cohorts (empty = all), optionally one
 * regio, and optionally a recidive window narrowed to N months after melddatum.
 */
struct Selection
{
    std::vector<std::string> cohorts;
    std::optional<std::string> regio;
    std::optional<int> windowMonths;

    /** "NHN-2019", "NHN-2019 + NHN-2023, Alkmaar", "alle casussen": for headings. */
    std::string label() const;
};

} // namespace km
