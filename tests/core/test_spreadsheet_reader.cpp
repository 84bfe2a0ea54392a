#include "FormatTestSupport.h"

#include "core/import/FileFormatDetector.h"
#include "core/import/SourceFinder.h"
#include "core/sheet/SerialDate.h"
#include "core/sheet/SheetReader.h"
#include "core/sheet/Workbook.h"

#include <catch2/catch.hpp>

using namespace km;
using namespace km::test;

TEST_CASE("Excel serial numbers follow the 1900 system with its phantom leap day", "[spreadsheet]")
{
    // Excel shows serial 1 as 1900-01-01, 59 as 1900-02-28, 60 as the nonexistent 1900-02-29 and
    // 61 as 1900-03-01; 43480 is 2019-01-15 (day number 17911 + 25569, the days 1899-12-30..1970-01-01).
    CHECK(SerialDate::isoText(1, 1899, 12, 30, true) == "1900-01-01");
    CHECK(SerialDate::isoText(59, 1899, 12, 30, true) == "1900-02-28");
    CHECK(SerialDate::isoText(60, 1899, 12, 30, true) == "1900-02-29");
    CHECK(SerialDate::isoText(61, 1899, 12, 30, true) == "1900-03-01");
    CHECK(SerialDate::isoText(43480, 1899, 12, 30, true) == "2019-01-15");
    CHECK(SerialDate::isoText(43480.75, 1899, 12, 30, true) == "2019-01-15");   // 18:00 that day
    // LibreOffice counts real days from its origin: serial 1 is 1899-12-31.
    CHECK(SerialDate::isoText(1, 1899, 12, 30, false) == "1899-12-31");
    // The 1904 system (old Mac Excel): serial 0 is 1904-01-01.
    CHECK(SerialDate::isoText(1, 1904, 1, 1, false) == "1904-01-02");
    CHECK(SerialDate::isoText(-3, 1899, 12, 30, true).empty());
}

TEST_CASE("column letters are Excel's", "[spreadsheet]")
{
    CHECK(SheetReader::columnLetters(0) == "A");
    CHECK(SheetReader::columnLetters(25) == "Z");
    CHECK(SheetReader::columnLetters(26) == "AA");
    CHECK(SheetReader::columnLetters(701) == "ZZ");
    CHECK(SheetReader::columnLetters(702) == "AAA");
}

TEST_CASE("a sheet's cells become the importer's text", "[spreadsheet][xlsx]")
{
    TempDir dir;
    const std::string path = dir.path("studie.xlsx");
    writeXlsx(path, smallStudy());
    std::shared_ptr<const Workbook> book = Workbook::open(path, WorkbookFormat::Xlsx);
    REQUIRE_FALSE(book->error());
    REQUIRE(book->sheetCount() == 3);
    CHECK(book->findSheet("CASUSSEN ") == std::optional<std::size_t>(0));
    SheetReader reader(book, 0, "studie.xlsx");
    CHECK(reader.sourceName() == "studie.xlsx, blad casussen");
    CHECK(reader.columnLabel(3) == "D (melddatum)");
    std::vector<bool> dates(reader.header().size(), false);
    dates[3] = dates[4] = true;   // melddatum, einde_followup
    reader.setDateColumns(dates);
    TableRecord record;
    REQUIRE(reader.next(record));
    CHECK(record.line == 2);
    // Written by writeXlsx: a serial date, the formula =D2+731 (cached 2021-01-15), a boolean,
    // the text "2,5" and a serial in a column not marked as a date (datum_overdracht, L).
    CHECK(record.fields[3] == "2019-01-15");
    CHECK(record.fields[4] == "2021-01-15");
    CHECK(record.fields[5] == "ja");
    CHECK(record.fields[10] == "2,5");
    CHECK(record.fields[11] == "43497");
    REQUIRE(reader.next(record));
    CHECK(record.fields[3] == "15-03-2019");   // a date typed as text stays text
    CHECK(record.fields[10].empty());
}

TEST_CASE("errors in a workbook name the sheet, the row and the column letter", "[spreadsheet][xlsx]")
{
    TempDir dir;
    const std::string path = dir.path("fout.xlsx");
    auto tables = smallStudy();
    tables[0].rows[1][3] = "2019-13-45";   // C2's melddatum, sheet row 3, column D
    writeXlsx(path, tables);
    auto study = Study::open(":memory:", true);
    const ImportResult result = Importer(*study).run({{TableKind::Casussen, path, {}, {}, {}}});
    CHECK_FALSE(result.committed);
    const auto error = errorAt(result, 3);
    REQUIRE(error);
    CHECK(error->file == path + ", blad casussen");
    CHECK(error->column == "D (melddatum)");
    CHECK(error->value == "2019-13-45");
}

TEST_CASE("a workbook without a casussen sheet is a clear error", "[spreadsheet][xlsx]")
{
    TempDir dir;
    const std::string path = dir.path("alleen_trajecten.xlsx");
    writeXlsx(path, {smallStudy()[1]});
    const FoundSources found = SourceFinder::forFiles({path});
    CHECK(found.sources.empty());
    REQUIRE(found.errors.size() == 1);
    CHECK(found.errors[0].file == path);
    CHECK(found.errors[0].message.find("geen blad 'casussen' (bladen: 'trajecten')") != std::string::npos);

    // The importer says the same when asked for the casussen of such a workbook.
    auto study = Study::open(":memory:", true);
    const ImportResult result = Importer(*study).run({{TableKind::Casussen, path, {}, {}, {}},
                                                      {TableKind::Trajecten, path, {}, {}, {}}});
    CHECK_FALSE(result.committed);
    REQUIRE_FALSE(result.errors.empty());
    CHECK(result.errors[0].message.find("geen blad 'casussen'") != std::string::npos);
}

TEST_CASE("a workbook named with the files it holds gives one source per sheet", "[spreadsheet]")
{
    TempDir dir;
    const std::string path = dir.path("studie.xlsx");
    writeXlsx(path, smallStudy());
    const FoundSources found = SourceFinder::forFiles({path, std::string(KM_TEST_DATA) + "/study.ods"});
    CHECK(found.errors.empty());
    REQUIRE(found.sources.size() == 6);
    CHECK(found.sources[0].table == TableKind::Casussen);
    CHECK(found.sources[2].table == TableKind::Gebeurtenissen);
}

TEST_CASE("the reader is chosen by content, not by the file name", "[spreadsheet][import]")
{
    TempDir dir;
    const std::string xlsx = dir.path("casussen.csv");   // a workbook saved under a CSV name
    writeXlsx(xlsx, smallStudy());
    CHECK(FileFormatDetector::detect(xlsx) == FileFormat::Xlsx);
    CHECK(FileFormatDetector::detect(std::string(KM_TEST_DATA) + "/study.ods") == FileFormat::Ods);
    CHECK(FileFormatDetector::detect(dir.write("x.xlsx", validCasussen)) == FileFormat::Csv);
    CHECK(FileFormatDetector::detect(dir.write("x.zip", std::string("PK\x03\x04", 4) + "word/document.xml"))
          == FileFormat::OtherZip);
    CHECK(FileFormatDetector::detect(dir.path("bestaat_niet.csv")) == FileFormat::Unreadable);

    auto study = Study::open(":memory:", true);
    const ImportResult result = Importer(*study).run({{TableKind::Casussen, xlsx, {}, {}, {}}});
    INFO(describe(result));
    CHECK(result.committed);
    CHECK(study->caseCount() == 3);
}

TEST_CASE("an .ods workbook with boolean cells is refused, not read as unknown", "[spreadsheet][ods]")
{
    // orcus 0.17 drops LibreOffice booleans; the fixture is study.ods with one ja as boolean.
    const std::string source = std::string(KM_TEST_DATA) + "/study_booleans.ods";
    const auto book = Workbook::open(source, WorkbookFormat::Ods);
    REQUIRE(book->error());
    CHECK(book->error()->find("WAAR/ONWAAR") != std::string::npos);
}
