#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace km {

/** The languages the program speaks to its users. */
enum class Language { Dutch, English };

/**
 * Human labels for the codebook's indicator ids, distribution ids and indicator groups, in
 * Dutch and English: one place for the CLI's tables, the desktop program and the reports, so
 * the same indicator is never named two ways.
 */
class IndicatorLabels
{
public:
    /** Label of an indicator or distribution id; an unknown id is returned as it is. */
    static std::string label(std::string_view id, Language language);

    /** The group an id belongs to: the part before the first '.' ("kenmerken", "snelheid"). */
    static std::string_view group(std::string_view id);

    /** The groups in reading order: kenmerken, recidive, uitval, regie, plannen, hulp, snelheid. */
    static const std::vector<std::string>& groups();

    /** Heading of a group ("Kenmerken van de casussen"); an unknown group is returned as it is. */
    static std::string groupLabel(std::string_view group, Language language);

    /** A distribution's unit in words ("dagen" / "days"); an unknown unit is returned as it is. */
    static std::string unitLabel(std::string_view unit, Language language);
};

} // namespace km
