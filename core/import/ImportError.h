#pragma once

#include <cstddef>
#include <string>

namespace km {

/**
 * A problem with one value or row of an input file, as a value (never a dialog or an
 * exception): where it is, what was found and what was expected. Warnings do not stop an import.
 */
struct ImportError
{
    enum class Severity { Error, Warning };

    std::string file;       // as the TableReader names its source
    std::size_t line = 0;   // 1-based physical line (0: the file as a whole)
    std::string column;     // column label, empty for a whole row or file
    std::string value;      // the offending text, as found (may be empty)
    std::string message;    // Dutch, says what was expected
    Severity severity = Severity::Error;
    bool caseNumber = false; // `line` counts the cases of an SPSS file, not lines

    /**
     * "file:line: column: message (waarde: "value")", for terminals and logs; for an SPSS case
     * "file, geval N, column: message", the way SPSS users number their data.
     */
    std::string toString() const;
};

} // namespace km
