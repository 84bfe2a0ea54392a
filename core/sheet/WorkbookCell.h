#pragma once

#include <string>

namespace km {

/** One cell of a workbook as the importer sees it: its kind and its value. */
struct WorkbookCell
{
    enum class Kind { Empty, Text, Number, Boolean, Error };
    Kind kind = Kind::Empty;
    std::string text;      // Text, and the error's name for Error
    double number = 0;     // Number, and 0/1 for Boolean
};

} // namespace km
