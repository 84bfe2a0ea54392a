#pragma once

#include "core/indicators/CaseAccumulator.h"
#include "core/indicators/IndicatorEngine.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

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
    struct Cell
    {
        std::string cohort;
        std::optional<std::string> regio;
        CaseAccumulator counts;
    };

    /** Takes in the cells of another part of the study. */
    void merge(std::vector<Cell>&& cells);

    std::vector<Cell> cells_;
    std::int64_t cases_ = 0;
};

} // namespace km
