#pragma once

#include <string>

namespace km {

/**
 * A number from a binary file (a spreadsheet cell, an SPSS value) as the text the importer parses:
 * the shortest form that reads back exactly, with a point, never through the locale, so 2.5
 * stays "2.5" and 3 is "3".
 */
class NumberText
{
public:
    static std::string of(double value);
};

} // namespace km
