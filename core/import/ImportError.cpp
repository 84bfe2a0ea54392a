#include "core/import/ImportError.h"

namespace km {

std::string ImportError::toString() const
{
    std::string text = file;
    if (line > 0)
        text += (text.empty() ? "" : ":") + std::to_string(line);
    if (!column.empty())
        text += (text.empty() ? "" : ": ") + column;
    if (!message.empty())
        text += (text.empty() ? "" : ": ") + message;
    if (!value.empty())
        text += (text.empty() ? "" : " ") + std::string("(waarde: \"") + value + "\")";
    return text;
}

} // namespace km
