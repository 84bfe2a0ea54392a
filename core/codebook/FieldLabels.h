#pragma once

#include "core/codebook/Codebook.h"
#include "core/codebook/IndicatorLabels.h"

#include <string>
#include <string_view>

namespace km {

/**
 * What each codebook field means, in a few words, in Dutch and English (from
 * ../shared/codebook.md), for choosers that offer fields by name: a user mapping the columns
 * of their own export knows "Datum van de melding" better than melddatum.
 */
class FieldLabels
{
public:
    /** The meaning of `field` of `table`; an unknown field gives an empty text. */
    static std::string description(TableKind table, std::string_view field, Language language);
};

} // namespace km
