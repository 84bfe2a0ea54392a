#include "FormatTestSupport.h"

#include "core/import/FileFormatDetector.h"
#include "core/spss/SpssReader.h"

#include <readstat.h>

#include <catch2/catch.hpp>

#include <cstdio>

using namespace km;
using namespace km::test;

TEST_CASE("an SPSS file reads with labels, dates and missing values applied", "[spss]")
{
    TempDir dir;
    const std::string path = dir.path("casussen.sav");
    writeSav(path, smallStudy()[0]);
    CHECK(FileFormatDetector::detect(path) == FileFormat::Sav);
    const auto reader = SpssReader::openFile(path);
    REQUIRE_FALSE(reader->problem());
    REQUIRE(reader->header().size() == 18);
    CHECK(reader->header()[3] == "melddatum");
    CHECK(reader->columnLabel(3) == "variabele melddatum");
    TableRecord record;
    // Values as writeSav wrote them from validCasussen.
    REQUIRE(reader->next(record));
    CHECK(record.line == 1);
    CHECK(record.fields[0] == "C1");
    CHECK(record.fields[3] == "2019-01-15");   // DATE11: seconds since 1582-10-14
    CHECK(record.fields[5] == "ja");           // 1 labelled ja
    CHECK(record.fields[10] == "2.5");         // a number, never "2,5"
    CHECK(record.fields[14] == "allen");       // 3 labelled allen
    CHECK(record.fields[15] == "deels");
    REQUIRE(reader->next(record));
    CHECK(record.fields[3] == "2019-03-15");
    CHECK(record.fields[5] == "nee");          // 0 labelled nee
    CHECK(record.fields[10].empty());          // system-missing
    REQUIRE(reader->next(record));
    CHECK(record.line == 3);
    CHECK(record.fields[5].empty());           // 9, declared user-missing
    CHECK(record.fields[14].empty());
    CHECK_FALSE(reader->next(record));
}

TEST_CASE("errors in an SPSS file name the file, the case and the variable", "[spss]")
{
    TempDir dir;
    const std::string path = dir.path("casussen.sav");
    auto table = smallStudy()[0];
    table.rows[1][1] = "";   // C2 (case 2) without cohort, which is required
    writeSav(path, table);
    auto study = Study::open(":memory:", true);
    const ImportResult result = Importer(*study).run({{TableKind::Casussen, path, {}, {}, {}}});
    CHECK_FALSE(result.committed);
    const auto error = errorAt(result, 2);
    REQUIRE(error);
    CHECK(error->file == path);
    CHECK(error->column == "variabele cohort");
    CHECK(error->caseNumber);
    // The message is RowConverter's for an empty required text field; the place reads as SPSS
    // users count: file, case, variable.
    CHECK(error->toString() == path + ", geval 2, variabele cohort: verplicht veld is leeg; verwacht een waarde");
}

TEST_CASE("an SPSS error names the variable and the codebook field it was mapped to", "[spss]")
{
    TempDir dir;
    const std::string path = dir.path("export.sav");
    auto table = smallStudy()[0];
    table.header[3] = "MELDDAT";       // a string variable now: writeSav types columns by codebook name
    table.rows[2][3] = "2020-02-30";   // C3 (case 3): a day that does not exist
    writeSav(path, table);
    auto study = Study::open(":memory:", true);
    const ImportResult result = Importer(*study).run({{TableKind::Casussen, path, {}, {{"MELDDAT", "melddatum"}}, {}}});
    CHECK_FALSE(result.committed);
    REQUIRE(result.errors.size() == 1);
    // The message and the quoted value are FieldConverter's for a date that does not exist.
    CHECK(result.errors[0].toString() == path + ", geval 3, variabele MELDDAT (melddatum): deze datum bestaat niet; "
                                                "verwacht een datum (JJJJ-MM-DD of DD-MM-JJJJ) (waarde: \"2020-02-30\")");
}

TEST_CASE("problems with an SPSS file's variables are not numbered as cases", "[spss]")
{
    TempDir dir;
    const std::string path = dir.path("casussen.sav");
    auto table = smallStudy()[0];
    table.header[1] = "steekproef";   // no cohort variable
    writeSav(path, table);
    auto study = Study::open(":memory:", true);
    const ImportResult result = Importer(*study).run({{TableKind::Casussen, path, {}, {}, {}}});
    CHECK_FALSE(result.committed);
    REQUIRE_FALSE(result.errors.empty());
    CHECK_FALSE(result.errors[0].caseNumber);
    // TableImporter reports header problems on line 1, the variable list, as for CSV and sheets.
    CHECK(result.errors[0].toString() == path + ":1: kolom 'cohort' ontbreekt");
}

TEST_CASE("a file that is not an SPSS file is a read problem", "[spss]")
{
    TempDir dir;
    const auto reader = SpssReader::openFile(dir.write("kapot.sav", "$FL2 afgebroken"));
    REQUIRE(reader->problem());
    CHECK(reader->problem()->message.find("SPSS-bestand kan niet worden gelezen") != std::string::npos);
    CHECK(reader->header().empty());
}

namespace {

ssize_t toFile(const void* data, size_t length, void* context)
{
    return static_cast<ssize_t>(std::fwrite(data, 1, length, static_cast<std::FILE*>(context)));
}

} // namespace

TEST_CASE("every SPSS date format becomes an ISO date", "[spss]")
{
    // 2019-01-15 is day 17911 after 1970-01-01, which is day 141428 after SPSS's 1582-10-14, so
    // (141428 + 17911) * 86400 seconds; the DATETIME value adds 13:30, which does not change the day.
    const double seconds = (141428.0 + 17911.0) * 86400.0;
    const std::vector<std::string> formats{"DATE11", "ADATE10", "EDATE10", "SDATE10", "DATETIME20", "F8.2"};
    TempDir dir;
    const std::string path = dir.path("datums.sav");
    std::FILE* out = std::fopen(path.c_str(), "wb");
    REQUIRE(out);
    readstat_writer_t* writer = readstat_writer_init();
    readstat_set_data_writer(writer, toFile);
    std::vector<readstat_variable_t*> variables;
    for (std::size_t i = 0; i < formats.size(); ++i) {
        variables.push_back(readstat_add_variable(writer, ("v" + std::to_string(i)).c_str(), READSTAT_TYPE_DOUBLE, 0));
        readstat_variable_set_format(variables.back(), formats[i].c_str());
    }
    REQUIRE(readstat_begin_writing_sav(writer, out, 1) == READSTAT_OK);
    readstat_begin_row(writer);
    for (std::size_t i = 0; i < formats.size(); ++i)
        readstat_insert_double_value(writer, variables[i], formats[i] == "DATETIME20" ? seconds + 13.5 * 3600 : seconds);
    readstat_end_row(writer);
    REQUIRE(readstat_end_writing(writer) == READSTAT_OK);
    readstat_writer_free(writer);
    std::fclose(out);

    const auto reader = SpssReader::openFile(path);
    REQUIRE_FALSE(reader->problem());
    TableRecord record;
    REQUIRE(reader->next(record));
    REQUIRE(record.fields.size() == formats.size());
    for (std::size_t i = 0; i + 1 < formats.size(); ++i) {
        INFO(formats[i]);
        CHECK(record.fields[i] == "2019-01-15");
    }
    CHECK(record.fields.back() == "13766889600");   // F8.2 stays a number: (141428 + 17911) * 86400
}

TEST_CASE("a compressed .zsav file reads like a .sav file", "[spss]")
{
    TempDir dir;
    const std::string path = dir.path("casussen.zsav");
    writeSav(path, smallStudy()[0], true);
    CHECK(FileFormatDetector::detect(path) == FileFormat::Sav);
    auto study = Study::open(":memory:", true);
    const ImportResult result = Importer(*study).run({{TableKind::Casussen, path, {}, {}, {}}});
    INFO(describe(result));
    REQUIRE(result.committed);
    // validCasussen: C1 has minderjarigen ja, C2 nee, C3 unknown (9, user-missing in the file).
    CHECK(queryText(study->db(), "SELECT casus_id, minderjarigen FROM cases ORDER BY casus_id") == "C1|1\nC2|0\nC3|NULL");
}

TEST_CASE("an SPSS reader dropped after its first case stops the parse, and the next one reads all cases", "[spss]")
{
    TempDir dir;
    const std::string path = dir.path("casussen.zsav");
    PlainTable table = smallStudy()[0];
    const PlainTable first = table;
    // Enough cases that the parsing thread has to wait for a reader that stops reading.
    for (int copy = 0; copy < 2000; ++copy)
        table.rows.push_back(first.rows[static_cast<std::size_t>(copy) % first.rows.size()]);
    writeSav(path, table, true);
    {
        const auto reader = SpssReader::openFile(path);
        TableRecord record;
        REQUIRE(reader->next(record));
        CHECK(record.line == 1);
        CHECK(record.fields[0] == "C1");
    }
    const auto reader = SpssReader::openFile(path);
    TableRecord record;
    std::size_t cases = 0;
    while (reader->next(record))
        CHECK(record.line == ++cases);
    CHECK_FALSE(reader->problem());
    CHECK(cases == table.rows.size());
    CHECK(reader->progress() == 1.0);
}
