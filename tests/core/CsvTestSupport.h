#pragma once

#include "core/csv/TableReader.h"

#include <vector>

namespace km::test {

/** Every record a reader gives until it stops (check problem() afterwards). */
std::vector<TableRecord> readAll(TableReader& reader);

} // namespace km::test
