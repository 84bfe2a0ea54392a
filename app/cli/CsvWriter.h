#pragma once

#include <string>
#include <vector>

namespace km::cli {

/**
 * Formats rows of the CLI's CSV output: `,` between fields, LF line ends, a field quoted (RFC
 * 4180) only when it holds a comma, a quote or a line break, so the output is byte-stable.
 */
class CsvWriter
{
public:
    static std::string row(const std::vector<std::string>& fields);
};

} // namespace km::cli
