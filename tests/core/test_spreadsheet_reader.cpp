#include "FormatTestSupport.h"

#include "core/import/FileFormatDetector.h"
#include "core/import/SourceFinder.h"
#include "core/sheet/SerialDate.h"
#include "core/sheet/SheetReader.h"
#include "core/sheet/Workbook.h"

#include <catch2/catch.hpp>

#include <fstream>

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

namespace {

std::string fixture(const std::string& name)
{
    return std::string(KM_TEST_DATA) + "/" + name;
}

} // namespace

TEST_CASE("an .ods workbook's boolean cells read as ja/nee", "[spreadsheet][ods]")
{
    // study_booleans.ods (make_study_ods.py) is study.ods as LibreOffice saves it with yes/no
    // typed as WAAR/ONWAAR; the expected values are validCasussen's and validTrajecten's.
    const std::shared_ptr<const Workbook> book = Workbook::open(fixture("study_booleans.ods"), WorkbookFormat::Ods);
    REQUIRE_FALSE(book->error());
    REQUIRE(book->sheetCount() == 3);
    CHECK(book->sheetName(2) == "gebeurtenissen");
    const WorkbookCell minderjarigen = book->cell(0, 1, 5);   // C1's F2, WAAR
    CHECK(minderjarigen.kind == WorkbookCell::Kind::Boolean);
    CHECK(minderjarigen.number == 1);

    SheetReader casussen(book, 0, "studie.ods");
    CHECK(casussen.encoding() == "ods");
    std::vector<bool> dates(casussen.header().size(), false);
    dates[3] = dates[4] = dates[11] = true;
    casussen.setDateColumns(dates);
    TableRecord record;
    REQUIRE(casussen.next(record));
    CHECK(record.fields[0] == "C1");           // the cell's comment ("controleren") is no content
    CHECK(record.fields[3] == "2019-01-15");   // office:date-value 2019-01-15T00:00:00
    CHECK(record.fields[5] == "ja");
    CHECK(record.fields[8] == "nee");          // ONWAAR
    CHECK(record.fields[10] == "2.5");         // office:value, never the shown "2,5"
    CHECK(record.fields[12] == "ja");          // M2 and N2: one WAAR cell repeated twice
    CHECK(record.fields[13] == "ja");
    CHECK(record.fields[17] == "eerste");      // "eer" + <text:span>ste</text:span>
    REQUIRE(casussen.next(record));
    CHECK(record.fields[5] == "nee");
    CHECK(record.fields[3] == "15-03-2019");   // a date typed as text stays text
    REQUIRE(casussen.next(record));
    CHECK(record.fields[5].empty());
    CHECK_FALSE(casussen.next(record));

    SheetReader trajecten(book, 1, "studie.ods");
    REQUIRE(trajecten.next(record));
    REQUIRE(trajecten.next(record));
    CHECK(record.fields[7] == "loopt nog");    // "loopt" <text:s/> "nog"
}

TEST_CASE("an .ods sheet padded with repeated empty rows and columns stays its real size", "[spreadsheet][ods]")
{
    // Every sheet of study_booleans.ods is padded to 1024 columns and 1048576 rows, as
    // LibreOffice writes it; casussen has a header and 3 rows of 18 columns (A..R).
    const auto book = Workbook::open(fixture("study_booleans.ods"), WorkbookFormat::Ods);
    REQUIRE_FALSE(book->error());
    CHECK(book->rowCount(0) == 4);
    CHECK(book->columnCount(0) == 18);
    CHECK(book->rowCount(2) == 3);
    CHECK(book->columnCount(2) == 4);
    CHECK(book->cell(0, 4, 0).kind == WorkbookCell::Kind::Empty);
    CHECK(book->cell(0, 1048575, 1023).kind == WorkbookCell::Kind::Empty);
    CHECK(book->cell(0, 3, 5).kind == WorkbookCell::Kind::Empty);   // C3's unknown minderjarigen
    // The LibreOffice null date: a float in a date column counts days from 1899-12-30.
    CHECK(book->originYear() == 1899);
    CHECK(book->originDay() == 30);
}

TEST_CASE("damaged and hostile .ods files are clear errors naming the file", "[spreadsheet][ods]")
{
    TempDir dir;
    // The first 200 bytes of a real .ods: its mimetype is there, its central directory is not.
    std::ifstream whole(fixture("study.ods"), std::ios::binary);
    std::string head(200, '\0');
    whole.read(head.data(), static_cast<std::streamsize>(head.size()));
    const std::string truncated = dir.write("afgebroken.ods", head);
    REQUIRE(FileFormatDetector::detect(truncated) == FileFormat::Ods);

    const std::vector<std::pair<std::string, std::string>> cases{
        {fixture("ods_without_content.ods"), "heeft geen content.xml"},
        {fixture("ods_broken_xml.ods"), "het werkboek kan niet worden gelezen ("},
        {fixture("ods_truncated_xml.ods"), "content.xml houdt halverwege op"},
        {fixture("ods_repeat_bomb.ods"), "meer dan 20000000 gevulde cellen"},
        {truncated, "het werkboek kan niet worden gelezen ("},
    };
    for (const auto& [path, expected] : cases) {
        INFO(path);
        const auto book = Workbook::open(path, WorkbookFormat::Ods);
        REQUIRE(book->error());
        CHECK(book->error()->find(expected) != std::string::npos);
        CHECK(book->sheetCount() == 0);

        auto study = Study::open(":memory:", true);
        const ImportResult result = Importer(*study).run({{TableKind::Casussen, path, {}, {}, {}}});
        CHECK_FALSE(result.committed);
        REQUIRE(result.errors.size() == 1);
        CHECK(result.errors[0].file == path);
        CHECK(result.errors[0].message.find(expected) != std::string::npos);
        CHECK(study->caseCount() == 0);
    }
}
