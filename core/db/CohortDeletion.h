#pragma once

#include <cstdint>

namespace km {

/**
 * What deleting a cohort did. Deleted rows are only gone from the file once the WAL is
 * checkpointed into it, which another connection's open read transaction prevents: then the
 * deletion is refused, or (when a reader came in between) done but not yet erased.
 */
struct CohortDeletion
{
    enum class Outcome {
        Erased,       // deleted, and overwritten in the file
        ReadersOpen,  // nothing deleted: another connection is reading the study
        NotErased,    // deleted, but a reader keeps the old pages in the file until it closes
    };
    Outcome outcome = Outcome::Erased;
    std::int64_t cases = 0;
};

} // namespace km
