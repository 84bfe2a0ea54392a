#pragma once

#include "core/disclosure/Publication.h"

#include <cstdint>
#include <optional>
#include <string>

namespace km::test {

/** The published row of indicator `id` in `selection`, or nullptr. */
const PublishedProportion* publishedRow(const PublishedSelection& selection, const std::string& id);
const PublishedDistribution* publishedDistribution(const PublishedSelection& selection, const std::string& id);

/** What a reader can compute with: the number a text states exactly ("24"), or nullopt ("<5", "x"). */
std::optional<std::int64_t> exact(const std::string& text);

/** The audited interval of the sensitive count `name`, or nullopt when it was not audited. */
std::optional<CountInterval> audited(const PublishedSelection& selection, const std::string& name);

} // namespace km::test
