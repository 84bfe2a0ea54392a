#include "core/import/ImportError.h"

namespace km {

// SPSS users number cases, not lines, so a case reads "bestand.sav, geval 12, variabele X: ...".
std::string ImportError::toString() const
{
    std::string text = file;
    auto add = [&text](const char* separator, const std::string& part) {
        text += (text.empty() ? "" : separator) + part;
    };
    if (line > 0)
        add(caseNumber ? ", " : ":", (caseNumber ? "geval " : "") + std::to_string(line));
    if (!column.empty())
        add(caseNumber ? ", " : ": ", column);
    if (!message.empty())
        add(": ", message);
    if (!value.empty())
        add(" ", "(waarde: \"" + value + "\")");
    return text;
}

} // namespace km
