#pragma once

#include <optional>
#include <string>
#include <string_view>
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

    /** Whether a case of this cohort and regio (nullopt: unknown) is selected; names match exactly. */
    bool contains(std::string_view cohort, std::optional<std::string_view> caseRegio) const;

    /** "NHN-2019", "NHN-2019 + NHN-2023, Alkmaar", "alle casussen": for headings. */
    std::string label() const;
};

} // namespace km
