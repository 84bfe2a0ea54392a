#include "core/csv/CsvReader.h"
#include "tests/core/CsvTestSupport.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using km::CsvReader;
using km::TableRecord;
using namespace std::string_literals;

// Every expected value below is read off the input text written in the test itself.

namespace {

using km::test::readAll;
using Fields = std::vector<std::string>;

std::vector<TableRecord> readText(std::string_view text)
{
    auto reader = CsvReader::fromText(text, "test.csv");
    auto records = readAll(*reader);
    REQUIRE_FALSE(reader->problem());
    return records;
}

} // namespace

TEST_CASE("header and records of a simple comma file", "[csv]")
{
    auto reader = CsvReader::fromText("casus_id,cohort\nA1,NHN-2019\nA2,NHN-2020\n", "casussen.csv");
    CHECK(reader->sourceName() == "casussen.csv");
    CHECK(reader->delimiter() == ',');
    CHECK(reader->encoding() == "UTF-8");
    CHECK(reader->header() == Fields{"casus_id", "cohort"});
    const auto records = readAll(*reader);
    REQUIRE(records.size() == 2);
    CHECK(records[0].line == 2);
    CHECK(records[0].fields == Fields{"A1", "NHN-2019"});
    CHECK(records[1].line == 3);
    CHECK(records[1].fields == Fields{"A2", "NHN-2020"});
    CHECK_FALSE(reader->problem());
    CHECK(reader->notes().empty());
    CHECK(reader->progress() == 1.0);
}

TEST_CASE("quoted fields: delimiters, doubled quotes, line breaks", "[csv]")
{
    const auto records = readText("a,b,c\n"
                                  "\"x,y\",\"he said \"\"ja\"\"\",\"\"\n"
                                  "\"line1\nline2\",\"crlf1\r\ncrlf2\",plain\n"
                                  "\"\"\"\",\"a\"\"\"\"b\",\"\"\"start\"\n");
    REQUIRE(records.size() == 3);
    CHECK(records[0].fields == Fields{"x,y", "he said \"ja\"", ""});
    CHECK(records[0].line == 2);
    // Quoted line breaks, LF or CRLF, become "\n".
    CHECK(records[1].fields == Fields{"line1\nline2", "crlf1\ncrlf2", "plain"});
    CHECK(records[1].line == 3);
    CHECK(records[2].fields == Fields{"\"", "a\"\"b", "\"start"});
    CHECK(records[2].line == 6);   // the record above took lines 3, 4 and 5
}

TEST_CASE("record lines stay right after multi-line fields and blank lines", "[csv]")
{
    const auto records = readText("id,note\n"               // line 1
                                  "1,\"a\n\nb\nc\"\n"       // lines 2-5
                                  "\n"                      // line 6, blank: skipped
                                  "2,\"x\r\ny\"\r\n"        // lines 7-8
                                  "\r\n\r\n"                // lines 9-10, blank
                                  "3,z");                   // line 11, no final newline
    REQUIRE(records.size() == 3);
    CHECK(records[0].line == 2);
    CHECK(records[0].fields == Fields{"1", "a\n\nb\nc"});
    CHECK(records[1].line == 7);
    CHECK(records[1].fields == Fields{"2", "x\ny"});
    CHECK(records[2].line == 11);
    CHECK(records[2].fields == Fields{"3", "z"});
}

TEST_CASE("empty fields and a trailing delimiter", "[csv]")
{
    const auto records = readText("a,b,c\n,,\n1,,3\n1,2,\n,\n");
    REQUIRE(records.size() == 4);
    CHECK(records[0].fields == Fields{"", "", ""});
    CHECK(records[1].fields == Fields{"1", "", "3"});
    CHECK(records[2].fields == Fields{"1", "2", ""});
    CHECK(records[3].fields == Fields{"", ""});   // ragged rows are returned as they are
}

TEST_CASE("last line without newline, also ending in an empty or quoted field", "[csv]")
{
    CHECK(readText("a,b\n1,2")[0].fields == Fields{"1", "2"});
    CHECK(readText("a,b\n1,")[0].fields == Fields{"1", ""});
    CHECK(readText("a,b\n1,\"2\"")[0].fields == Fields{"1", "2"});
    CHECK(readText("a,b\n1,\"\"")[0].fields == Fields{"1", ""});
}

TEST_CASE("CRLF and lone CR line ends", "[csv]")
{
    auto crlf = CsvReader::fromText("a;b\r\n1;2\r\n3;4\r\n", "crlf.csv");
    CHECK(crlf->header() == Fields{"a", "b"});
    auto records = readAll(*crlf);
    REQUIRE(records.size() == 2);
    CHECK(records[0].fields == Fields{"1", "2"});
    CHECK(records[1].fields == Fields{"3", "4"});
    CHECK(records[1].line == 3);

    records = readText("a,b\r1,2\r\r3,4");
    REQUIRE(records.size() == 2);
    CHECK(records[0].fields == Fields{"1", "2"});
    CHECK(records[1].line == 4);
}

TEST_CASE("fields are not trimmed and stray quotes in unquoted fields are text", "[csv]")
{
    const auto records = readText("a,b\n  x , y\t\n5\" scherm,a\"b\n");
    REQUIRE(records.size() == 2);
    CHECK(records[0].fields == Fields{"  x ", " y\t"});
    CHECK(records[1].fields == Fields{"5\" scherm", "a\"b"});
}

TEST_CASE("a line of only spaces is a record, not a blank line", "[csv]")
{
    const auto records = readText("a\n   \n");
    REQUIRE(records.size() == 1);
    CHECK(records[0].fields == Fields{"   "});
}

TEST_CASE("UTF-8 byte-order mark is skipped", "[csv]")
{
    auto reader = CsvReader::fromText("\xEF\xBB\xBF" "casus_id;cohort\nA1;C\xC3\xA9\n", "bom.csv");
    CHECK(reader->header() == Fields{"casus_id", "cohort"});
    CHECK(reader->delimiter() == ';');
    CHECK(reader->encoding() == "UTF-8");
    const auto records = readAll(*reader);
    REQUIRE(records.size() == 1);
    CHECK(records[0].fields == Fields{"A1", "C\xC3\xA9"});
    CHECK(records[0].line == 2);
}

TEST_CASE("delimiter detection from the header line", "[csv]")
{
    CHECK(CsvReader::fromText("a;b;c\n1;2;3\n", "x")->delimiter() == ';');
    CHECK(CsvReader::fromText("a,b,c\n1;2;3\n", "x")->delimiter() == ',');
    // Only the header counts, and only outside quotes.
    CHECK(CsvReader::fromText("\"a,b,c\";d\n1,2,3,4,5\n", "x")->delimiter() == ';');
    CHECK(CsvReader::fromText("\"a;\"\"b;c\",d\n", "x")->delimiter() == ',');
    // More semicolons win; a single column or a tie gives ','.
    CHECK(CsvReader::fromText("a;b;c,d\n", "x")->delimiter() == ';');
    CHECK(CsvReader::fromText("casus_id\nA;1\n", "x")->delimiter() == ',');
    CHECK(CsvReader::fromText("a;b,c\n", "x")->delimiter() == ',');
    // Blank lines before the header are skipped for detection as for reading.
    auto reader = CsvReader::fromText("\n\r\na;b\n1;2\n", "x");
    CHECK(reader->delimiter() == ';');
    CHECK(reader->header() == Fields{"a", "b"});
    CHECK(readAll(*reader)[0].line == 4);
    // A quoted header line break does not end the header line.
    auto multiLine = CsvReader::fromText("\"a\nb,c\";d;e\n", "x");
    CHECK(multiLine->delimiter() == ';');
    CHECK(multiLine->header() == Fields{"a\nb,c", "d", "e"});
}

TEST_CASE("unterminated quoted field stops reading at the line it started", "[csv]")
{
    auto reader = CsvReader::fromText("a,b\n1,2\n3,\"open\n\nstill open\n4,5\n", "x");
    const auto records = readAll(*reader);
    REQUIRE(records.size() == 1);
    REQUIRE(reader->problem());
    CHECK(reader->problem()->line == 3);
    CHECK(reader->problem()->message == "veld tussen aanhalingstekens is niet afgesloten");
    TableRecord record;
    CHECK_FALSE(reader->next(record));   // stays stopped
}

TEST_CASE("text after a closing quote is a problem", "[csv]")
{
    auto reader = CsvReader::fromText("a,b\n1,2\n\"multi\nline\"x,3\n", "x");
    CHECK(readAll(*reader).size() == 1);
    REQUIRE(reader->problem());
    CHECK(reader->problem()->line == 4);   // where the junk is: the field started on line 3
    CHECK_THAT(reader->problem()->message, Catch::Contains("aanhalingsteken"));

    auto spaced = CsvReader::fromText("a;b\n\"1\" ;2\n", "x");
    CHECK(readAll(*spaced).empty());
    REQUIRE(spaced->problem());
    CHECK(spaced->problem()->line == 2);
    CHECK_THAT(spaced->problem()->message, Catch::Contains("(;)"));
}

TEST_CASE("a NUL byte means binary data", "[csv]")
{
    auto reader = CsvReader::fromText("a,b\n1,2\n3,x\0y\n"s, "x");
    CHECK(readAll(*reader).size() == 1);
    REQUIRE(reader->problem());
    CHECK(reader->problem()->line == 3);
    CHECK_THAT(reader->problem()->message, Catch::Contains("bevat binaire gegevens (NUL-byte)"));

    auto quoted = CsvReader::fromText("a,b\n\"\0\"\n"s, "x");
    CHECK(readAll(*quoted).empty());
    REQUIRE(quoted->problem());
    CHECK(quoted->problem()->line == 2);

    // A binary file with a NUL in what would be the header.
    auto binary = CsvReader::fromText("PK\x03\x04\0\0\xFF\n"s, "boek.xlsx");
    CHECK(binary->header().empty());
    REQUIRE(binary->problem());
    CHECK(binary->problem()->line == 1);
}

TEST_CASE("Windows-1252 input is decoded to UTF-8 with a note", "[csv]")
{
    // 0xE9 = é, 0x80 = €, 0x93/0x94 = curly double quotes, 0xEB = ë.
    auto reader = CsvReader::fromText("regio;bedrag\nAlkmaar \xE9\xE9n;\x80 5\n\x93" "Den Helder\x94;Po\xEBzie\n",
                                      "oud.csv");
    CHECK(reader->encoding() == "Windows-1252");
    CHECK(reader->delimiter() == ';');
    const auto notes = reader->notes();
    REQUIRE(notes.size() == 1);
    CHECK(notes[0] == "oud.csv is geen geldige UTF-8 en is gelezen als Windows-1252.");
    const auto records = readAll(*reader);
    REQUIRE(records.size() == 2);
    CHECK(records[0].fields == Fields{"Alkmaar \xC3\xA9\xC3\xA9n", "\xE2\x82\xAC 5"});
    CHECK(records[1].fields == Fields{"\xE2\x80\x9C" "Den Helder\xE2\x80\x9D", "Po\xC3\xABzie"});
    CHECK_FALSE(reader->problem());
}

TEST_CASE("every Windows-1252 byte from 0x80 up", "[csv]")
{
    std::string high;
    for (int b = 0x80; b <= 0xFF; ++b)
        high += static_cast<char>(b);
    // Python: bytes(range(0x80, 0x100)).decode('cp1252') with the five undefined bytes
    // (0x81, 0x8D, 0x8F, 0x90, 0x9D) as the C1 controls U+0081 etc., encoded as UTF-8.
    const std::string expected =
        "\xE2\x82\xAC\xC2\x81\xE2\x80\x9A\xC6\x92\xE2\x80\x9E\xE2\x80\xA6\xE2\x80\xA0\xE2\x80\xA1\xCB\x86"
        "\xE2\x80\xB0\xC5\xA0\xE2\x80\xB9\xC5\x92\xC2\x8D\xC5\xBD\xC2\x8F\xC2\x90\xE2\x80\x98\xE2\x80\x99"
        "\xE2\x80\x9C\xE2\x80\x9D\xE2\x80\xA2\xE2\x80\x93\xE2\x80\x94\xCB\x9C\xE2\x84\xA2\xC5\xA1\xE2\x80"
        "\xBA\xC5\x93\xC2\x9D\xC5\xBE\xC5\xB8\xC2\xA0\xC2\xA1\xC2\xA2\xC2\xA3\xC2\xA4\xC2\xA5\xC2\xA6\xC2"
        "\xA7\xC2\xA8\xC2\xA9\xC2\xAA\xC2\xAB\xC2\xAC\xC2\xAD\xC2\xAE\xC2\xAF\xC2\xB0\xC2\xB1\xC2\xB2\xC2"
        "\xB3\xC2\xB4\xC2\xB5\xC2\xB6\xC2\xB7\xC2\xB8\xC2\xB9\xC2\xBA\xC2\xBB\xC2\xBC\xC2\xBD\xC2\xBE\xC2"
        "\xBF\xC3\x80\xC3\x81\xC3\x82\xC3\x83\xC3\x84\xC3\x85\xC3\x86\xC3\x87\xC3\x88\xC3\x89\xC3\x8A\xC3"
        "\x8B\xC3\x8C\xC3\x8D\xC3\x8E\xC3\x8F\xC3\x90\xC3\x91\xC3\x92\xC3\x93\xC3\x94\xC3\x95\xC3\x96\xC3"
        "\x97\xC3\x98\xC3\x99\xC3\x9A\xC3\x9B\xC3\x9C\xC3\x9D\xC3\x9E\xC3\x9F\xC3\xA0\xC3\xA1\xC3\xA2\xC3"
        "\xA3\xC3\xA4\xC3\xA5\xC3\xA6\xC3\xA7\xC3\xA8\xC3\xA9\xC3\xAA\xC3\xAB\xC3\xAC\xC3\xAD\xC3\xAE\xC3"
        "\xAF\xC3\xB0\xC3\xB1\xC3\xB2\xC3\xB3\xC3\xB4\xC3\xB5\xC3\xB6\xC3\xB7\xC3\xB8\xC3\xB9\xC3\xBA\xC3"
        "\xBB\xC3\xBC\xC3\xBD\xC3\xBE\xC3\xBF";
    auto reader = CsvReader::fromText("tekst\n\"" + high + "\"\n", "x");
    const auto records = readAll(*reader);
    REQUIRE(records.size() == 1);
    CHECK(records[0].fields == Fields{expected});
}

TEST_CASE("malformed UTF-8 makes the whole input Windows-1252", "[csv]")
{
    // Each is rejected by RFC 3629: an overlong '/', a surrogate, above U+10FFFF, a lone
    // continuation byte, a sequence cut off at the end of the input, and 0xC0/0xF5 lead bytes.
    for (const std::string bad : {"\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\x80", "\xF0\x9F\x98",
                                  "\xE2\x82", "\xF5\x80\x80\x80", "\xC3\x28"}) {
        auto reader = CsvReader::fromText("a\n" + bad, "x");
        CHECK(reader->encoding() == "Windows-1252");
    }
    // Well-formed multi-byte text stays UTF-8: é, €, U+FFFF's neighbour U+FFFD, 😀 (U+1F600).
    auto good = CsvReader::fromText("a\n\xC3\xA9\xE2\x82\xAC\xEF\xBF\xBD\xF0\x9F\x98\x80\n", "x");
    CHECK(good->encoding() == "UTF-8");
    CHECK(good->notes().empty());
    CHECK(readAll(*good)[0].fields == Fields{"\xC3\xA9\xE2\x82\xAC\xEF\xBF\xBD\xF0\x9F\x98\x80"});
}

TEST_CASE("empty input and header-only input", "[csv]")
{
    for (const char* empty : {"", "\xEF\xBB\xBF", "\n\n", "\r\n"}) {
        auto reader = CsvReader::fromText(empty, "leeg.csv");
        CHECK(reader->header().empty());
        REQUIRE(reader->problem());
        CHECK(reader->problem()->line == 0);
        CHECK_THAT(reader->problem()->message, Catch::Contains("leeg"));
        TableRecord record;
        CHECK_FALSE(reader->next(record));
    }
    for (const char* headerOnly : {"casus_id,cohort", "casus_id,cohort\n", "casus_id,cohort\r\n\r\n"}) {
        auto reader = CsvReader::fromText(headerOnly, "kop.csv");
        CHECK(reader->header() == Fields{"casus_id", "cohort"});
        CHECK(readAll(*reader).empty());
        CHECK_FALSE(reader->problem());
    }
}

TEST_CASE("column labels come from the header", "[csv]")
{
    auto reader = CsvReader::fromText("casus_id,,cohort\n", "x");
    CHECK(reader->columnLabel(0) == "casus_id");
    CHECK(reader->columnLabel(1) == "kolom 2");   // an empty header cell
    CHECK(reader->columnLabel(2) == "cohort");
    CHECK(reader->columnLabel(3) == "kolom 4");   // past the header
}

TEST_CASE("records are reused without leftovers from longer ones", "[csv]")
{
    auto reader = CsvReader::fromText("a,b,c\n1,2,3\n4\n\"5\",6\n", "x");
    TableRecord record;
    REQUIRE(reader->next(record));
    CHECK(record.fields == Fields{"1", "2", "3"});
    REQUIRE(reader->next(record));
    CHECK(record.fields == Fields{"4"});
    CHECK(record.line == 3);
    REQUIRE(reader->next(record));
    CHECK(record.fields == Fields{"5", "6"});
    CHECK_FALSE(reader->next(record));
}
