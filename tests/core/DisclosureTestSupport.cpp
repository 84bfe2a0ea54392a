#include "DisclosureTestSupport.h"

#include <algorithm>
#include <charconv>

namespace km::test {

const PublishedProportion* publishedRow(const PublishedSelection& selection, const std::string& id)
{
    for (const GroupTable& table : selection.tables)
        for (const PublishedProportion& p : table.proportions)
            if (p.value.id == id)
                return &p;
    return nullptr;
}

const PublishedDistribution* publishedDistribution(const PublishedSelection& selection, const std::string& id)
{
    for (const GroupTable& table : selection.tables)
        for (const PublishedDistribution& d : table.distributions)
            if (d.value.id == id)
                return &d;
    return nullptr;
}

std::optional<std::int64_t> exact(const std::string& text)
{
    std::int64_t value = 0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || result.ec != std::errc() || result.ptr != text.data() + text.size())
        return std::nullopt;
    return value;
}

std::optional<CountInterval> audited(const PublishedSelection& selection, const std::string& name)
{
    const auto it = std::find_if(selection.audit.begin(), selection.audit.end(),
                                 [&](const AuditedCount& a) { return a.name == name; });
    return it == selection.audit.end() ? std::nullopt : std::optional<CountInterval>(it->interval);
}

} // namespace km::test
