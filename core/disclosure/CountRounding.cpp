#include "core/disclosure/CountRounding.h"

namespace km {

std::int64_t CountRounding::round(std::int64_t count) const
{
    if (!active())
        return count;
    return (count + base / 2) / base * base;
}

} // namespace km
