#pragma once

#include "core/indicators/Selection.h"

#include <string>

namespace km {

class Statement;

/**
 * The WHERE clause that picks a selection's cases from `cases c`. Cohort and regio names come
 * from the user, so they are bound as parameters, never spliced into the SQL.
 */
class SelectionQuery
{
public:
    explicit SelectionQuery(const Selection& selection);

    /** " WHERE c.cohort IN (?, ?) AND c.regio = ?", or empty for all cases. */
    const std::string& where() const { return where_; }

    /** Binds the clause's parameters, which are numbered from 1. */
    void bind(Statement& statement) const;

private:
    Selection selection_;
    std::string where_;
};

} // namespace km
