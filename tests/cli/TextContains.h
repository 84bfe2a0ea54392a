#pragma once

#include <string>

namespace km::test {

/** Whether `part` occurs in `text`: most checks of the CLI's output are about one line or phrase. */
inline bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

} // namespace km::test
