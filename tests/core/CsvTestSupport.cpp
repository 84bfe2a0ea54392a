#include "tests/core/CsvTestSupport.h"

namespace km::test {

std::vector<TableRecord> readAll(TableReader& reader)
{
    std::vector<TableRecord> records;
    TableRecord record;
    while (reader.next(record))
        records.push_back(record);
    return records;
}

} // namespace km::test
