#pragma once

#include <array>

namespace km {

/**
 * The columns of the case list, in display order: what a case table shows and can sort by.
 * The counts are derived from the case's trajectories and events.
 */
enum class CaseColumn {
    CasusId,
    Cohort,
    Regio,
    Melddatum,
    DatumOverdracht,
    EindeFollowup,
    Trajecten,
    Gebeurtenissen,
    Casusregie,
};

inline constexpr std::array<CaseColumn, 9> allCaseColumns{
    CaseColumn::CasusId, CaseColumn::Cohort, CaseColumn::Regio, CaseColumn::Melddatum,
    CaseColumn::DatumOverdracht, CaseColumn::EindeFollowup, CaseColumn::Trajecten,
    CaseColumn::Gebeurtenissen, CaseColumn::Casusregie,
};

} // namespace km
