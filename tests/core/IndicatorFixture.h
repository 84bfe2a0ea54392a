#pragma once

#include "core/codebook/Codebook.h"
#include "core/db/Study.h"
#include "core/indicators/IndicatorSet.h"

#include "IndicatorChecks.h"

#include <cstdint>
#include <memory>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

namespace km::test {

/**
 * An in-memory study filled row by row with SQL, so the indicator tests do not depend on the
 * importer. Values are written as in the codebook's files ("ja", "kind|partner", "2019-01-31",
 * "" for unknown) and stored the way core/db/Schema.cpp lays them out.
 */
class IndicatorFixture
{
public:
    /** Codebook column -> value as text. */
    using Fields = std::vector<std::pair<std::string, std::string>>;

    IndicatorFixture();

    /** A case; casus_id defaults to a fresh one and cohort to "C". Returns its row id. */
    std::int64_t addCase(const std::string& melddatum, const std::string& eindeFollowup, Fields fields = {});
    void addTrajectory(std::int64_t caseId, const Fields& fields = {});
    void addEvent(std::int64_t caseId, const std::string& datum, const Fields& fields = {});

    Study& study() { return *study_; }
    IndicatorSet compute(const Selection& selection = {}) const;

private:
    std::int64_t insert(TableKind kind, const std::string& sqlTable, const Fields& fields,
                        std::optional<std::int64_t> caseId);

    std::unique_ptr<Study> study_;
    std::int64_t rows_ = 0;
};

} // namespace km::test
