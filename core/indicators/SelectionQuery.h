#pragma once

#include "core/indicators/Selection.h"

#include <string>

namespace km {

class Statement;

/**
 * The conditions that pick a selection's cases from `cases c`. Cohort and regio names come
 * from the user, so they are bound as parameters, never spliced into the SQL; the parameters
 * are numbered, so the conditions can follow others in one statement.
 */
class SelectionQuery
{
public:
    /** The conditions' parameters are numbered from `firstParameter`. */
    explicit SelectionQuery(const Selection& selection, int firstParameter = 1);

    /** "c.cohort IN (?3, ?4) AND c.regio = ?5", or empty for all cases. */
    const std::string& conditions() const { return conditions_; }

    void bind(Statement& statement) const;

private:
    Selection selection_;
    int firstParameter_;
    std::string conditions_;
};

} // namespace km
