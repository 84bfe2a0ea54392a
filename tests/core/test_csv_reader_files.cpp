#include "core/csv/CsvReader.h"
#include "tests/core/CsvTestSupport.h"
#include "tests/core/ImportTestSupport.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using km::CsvReader;
using km::TableRecord;
using km::test::readAll;

// CsvReader on files, and inputs large enough to span several of its 1 MiB blocks. Expected
// values are read off the input text written in each test.

namespace {

using Fields = std::vector<std::string>;

} // namespace

TEST_CASE("openFile reads a file and names it by the path given", "[csv]")
{
    const km::test::TempDir dir;
    const std::string path = dir.write("casussen.csv", "\xEF\xBB\xBF" "casus_id;melddatum\r\nA1;02-01-2019\r\n");
    auto reader = CsvReader::openFile(path);
    CHECK(reader->sourceName() == path);
    CHECK_FALSE(reader->problem());
    CHECK(reader->delimiter() == ';');
    CHECK(reader->header() == Fields{"casus_id", "melddatum"});
    CHECK(reader->progress() < 1.0);
    const auto records = readAll(*reader);
    REQUIRE(records.size() == 1);
    CHECK(records[0].fields == Fields{"A1", "02-01-2019"});
    CHECK(reader->progress() == 1.0);
}

TEST_CASE("openFile reports a file that cannot be opened", "[csv]")
{
    const km::test::TempDir dir;
    const std::string missing = dir.path("bestaat_niet.csv");
    auto reader = CsvReader::openFile(missing);
    CHECK(reader->sourceName() == missing);
    REQUIRE(reader->problem());
    CHECK(reader->problem()->line == 0);
    CHECK_THAT(reader->problem()->message, Catch::Contains("geopend"));
    TableRecord record;
    CHECK_FALSE(reader->next(record));

    auto directory = CsvReader::openFile(dir.path(""));
    CHECK(directory->problem());
}

TEST_CASE("a file of several blocks: records, lines and encoding across block ends", "[csv][large]")
{
    // 60,000 records of 2-3 lines each, about 3 MB, so records, CRLFs, doubled quotes and
    // multi-byte characters fall across the 1 MiB block boundaries at varied places.
    std::string text = "id;note;x\r\n";
    const int count = 60000;
    for (int i = 0; i < count; ++i)
        text += std::to_string(i) + ";\"r\xC3\xA9gel " + std::to_string(i) + "\r\n\"\"q\"\"\";"
              + std::string(static_cast<std::size_t>(i % 7), 'z') + "\r\n";
    // An invalid byte only at the very end: the first pass must see all blocks to find it.
    const km::test::TempDir dir;
    const std::string utf8File = dir.write("utf8.csv", text);
    const std::string latinFile = dir.write("latin.csv", text + "9;\xE9;\r\n");

    auto reader = CsvReader::openFile(utf8File);
    CHECK(reader->encoding() == "UTF-8");
    TableRecord record;
    int n = 0;
    bool allRight = true;
    double lastProgress = 0;
    while (reader->next(record)) {
        // Record i starts on line 2 + 2i: each record spans two lines.
        const std::string expectedNote = "r\xC3\xA9gel " + std::to_string(n) + "\n\"q\"";
        allRight = allRight && record.line == static_cast<std::size_t>(2 + 2 * n)
                && record.fields == Fields{std::to_string(n), expectedNote, std::string(static_cast<std::size_t>(n % 7), 'z')};
        allRight = allRight && reader->progress() >= lastProgress;
        lastProgress = reader->progress();
        ++n;
    }
    CHECK(allRight);
    CHECK(n == count);
    CHECK_FALSE(reader->problem());
    CHECK(reader->progress() == 1.0);

    auto latin = CsvReader::openFile(latinFile);
    CHECK(latin->encoding() == "Windows-1252");
    n = 0;
    while (latin->next(record))
        ++n;
    CHECK(n == count + 1);
    // In Windows-1252, "\xC3\xA9" is read as two characters: Ã and ©.
    CHECK(record.fields == Fields{"9", "\xC3\xA9", ""});
    CHECK(record.line == static_cast<std::size_t>(2 + 2 * count));
}

TEST_CASE("a 10 MB field and 100,000 columns", "[csv][large]")
{
    const std::string big(10 * 1000 * 1000, 'x');
    auto reader = CsvReader::fromText("a,b\n\"" + big + "\"," + big + "\n1,2\n", "x");
    auto records = readAll(*reader);
    REQUIRE(records.size() == 2);
    CHECK(records[0].fields[0] == big);
    CHECK(records[0].fields[1] == big);
    CHECK(records[1].line == 3);

    std::string wide;
    for (int i = 0; i < 100000; ++i)
        wide += (i ? ";k" : "k") + std::to_string(i);
    auto wideReader = CsvReader::fromText(wide + "\n" + wide + "\n", "x");
    CHECK(wideReader->delimiter() == ';');
    REQUIRE(wideReader->header().size() == 100000);
    CHECK(wideReader->header()[99999] == "k99999");
    records = readAll(*wideReader);
    REQUIRE(records.size() == 1);
    CHECK(records[0].fields.size() == 100000);
}
