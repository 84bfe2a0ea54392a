#pragma once

#include <cstddef>
#include <string_view>

namespace km {

/**
 * Decides between `,` and `;` from a CSV file's header line (the first line that is not
 * empty): whichever occurs more often outside quotes. A tie, including a single-column header,
 * gives `,`, the RFC 4180 default. Fed block by block, like the rest of the file.
 */
class DelimiterDetector
{
public:
    /** Feeds the next bytes (after any BOM); returns done(). */
    bool feed(std::string_view bytes);

    /** The header line has ended (a line end outside quotes after some content). */
    bool done() const;

    char delimiter() const;

private:
    bool inQuotes_ = false;
    bool inLine_ = false;
    bool done_ = false;
    std::size_t commas_ = 0;
    std::size_t semicolons_ = 0;
};

} // namespace km
