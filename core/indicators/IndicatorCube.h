#pragma once

#include "core/indicators/CaseAccumulator.h"
#include "core/indicators/IndicatorEngine.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>

namespace km {

/**
 * The counts of every indicator for each cohort-and-regio cell of a study, folded in one pass.
 * Any selection of whole cohorts and at most one regio is a union of cells, and the recidive
 * counts hold every window at once, so the figures of any selection follow from adding up
 * cells, without reading the study again, and equal those of a pass of its own to the last
 * digit. A dashboard answers selection changes from it; it holds the distributions' values,
 * about 24 bytes a case.
 */
class IndicatorCube
{
public:
    /** Folds every case of `study`, split over threads as the engine does. */
    explicit IndicatorCube(const Study& study, IndicatorEngine::Threads threads = IndicatorEngine::Threads{});

    /** The figures of `selection`, recidive window included. */
    IndicatorSet figures(const Selection& selection) const;

    std::int64_t cases() const { return cases_; }

private:
    /** A cell: a cohort and a regio, nullopt for the cases without one. */
    using CellKey = std::pair<std::string, std::optional<std::string>>;
    using Cells = std::map<CellKey, CaseAccumulator>;

    Cells cells_;
    std::int64_t cases_ = 0;
};

} // namespace km
