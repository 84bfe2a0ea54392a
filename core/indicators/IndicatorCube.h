#pragma once

#include "core/indicators/CaseAccumulator.h"
#include "core/indicators/IndicatorEngine.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace km {

/**
 * The counts of every indicator for each cohort-and-regio cell of a study, folded in one pass
 * for one recidive window. Any selection of whole cohorts and at most one regio is a union of
 * cells, so its figures follow from adding up cells, without reading the study again, and
 * equal those of a pass of its own to the last digit. A dashboard answers selection changes
 * from it; it holds the distributions' values, about 24 bytes a case.
 */
class IndicatorCube
{
public:
    /** Folds every case of `study`, split over threads as the engine does. */
    IndicatorCube(const Study& study, std::optional<int> windowMonths,
                  IndicatorEngine::Threads threads = IndicatorEngine::Threads{});

    /** Whether figures() can answer `selection`: it asks for the cube's window. */
    bool answers(const Selection& selection) const { return selection.windowMonths == windowMonths_; }

    /** The figures of `selection`; throws std::invalid_argument unless answers(selection). */
    IndicatorSet figures(const Selection& selection) const;

    std::int64_t cases() const { return cases_; }

private:
    struct Cell
    {
        std::string cohort;
        std::optional<std::string> regio;
        CaseAccumulator counts;
    };

    /** Adds the cells of another part of the study. */
    void merge(const std::vector<Cell>& cells);

    std::optional<int> windowMonths_;
    std::vector<Cell> cells_;
    std::int64_t cases_ = 0;
};

} // namespace km
