#include "ImportTestSupport.h"

#include <catch2/catch.hpp>

using namespace km;
using namespace km::test;

// The rules between fields and tables of the brief's "Validation decisions". Expected lines,
// columns and values are read off the texts; dates in messages are the ones written there.

namespace {

const std::string header = "casus_id,cohort,melddatum,einde_followup";

// The single error of `result`, checked field by field.
void checkError(const ImportResult& result, const std::string& file, std::size_t line, const std::string& column,
                const std::string& value, const std::string& message)
{
    INFO(describe(result));
    CHECK_FALSE(result.committed);
    REQUIRE(result.errors.size() == 1);
    const ImportError& e = result.errors[0];
    CHECK(e.file == file);
    CHECK(e.line == line);
    CHECK(e.column == column);
    CHECK(e.value == value);
    CHECK(e.message == message);
}

} // namespace

TEST_CASE("a casus_id twice in the file is an error on the second", "[importer][rules]")
{
    auto study = Study::open(":memory:", true);
    checkError(importTexts(*study, header + "\nC1,K,2019-01-15,2021-01-15\nC2,K,2019-01-15,2021-01-15\n"
                                            "C1,K,2019-02-15,2021-02-15\n"),
               "casussen.csv", 4, "casus_id", "C1", "casus_id komt al voor op regel 2; verwacht een unieke casus_id");
    CHECK(study->caseCount() == 0);
}

TEST_CASE("a casus_id repeating a rejected row is still a duplicate", "[importer][rules]")
{
    auto study = Study::open(":memory:", true);
    const ImportResult result = importTexts(*study, header + "\nC1,K,fout,2021-01-15\nC1,K,2019-01-15,2021-01-15\n");
    INFO(describe(result));
    REQUIRE(result.errors.size() == 2);
    CHECK(result.errors[0].line == 2);
    CHECK(result.errors[0].column == "melddatum");
    CHECK(result.errors[1].line == 3);
    CHECK(result.errors[1].column == "casus_id");
    CHECK(result.errors[1].message == "casus_id komt al voor op regel 2; verwacht een unieke casus_id");
}

TEST_CASE("a casus_id already in the study is an error", "[importer][rules]")
{
    auto study = Study::open(":memory:", true);
    REQUIRE(importTexts(*study, validCasussen).committed);
    checkError(importTexts(*study, header + "\nD1,K,2019-01-15,2021-01-15\nC2,K,2019-01-15,2021-01-15\n"),
               "casussen.csv", 3, "casus_id", "C2", "casus_id bestaat al in de studie (eerdere import); verwacht een unieke casus_id");
    CHECK(study->caseCount() == 3);
}

TEST_CASE("trajecten and gebeurtenissen must refer to a known casus_id", "[importer][rules]")
{
    auto study = Study::open(":memory:", true);
    const std::string message = "onbekende casus_id; verwacht een casus_id uit casussen of uit de studie";
    checkError(importTexts(*study, validCasussen, "casus_id,aanbieder\nC1,ggz\nC9,ggz\n"),
               "trajecten.csv", 3, "casus_id", "C9", message);
    checkError(importTexts(*study, validCasussen, {}, "casus_id,datum\nC1,2019-06-01\nc1,2019-06-01\n"),
               "gebeurtenissen.csv", 3, "casus_id", "c1", message);
    CHECK(study->caseCount() == 0);
}

TEST_CASE("rows of a rejected case are not reported again as unknown", "[importer][rules]")
{
    auto study = Study::open(":memory:", true);
    const ImportResult result = importTexts(*study, header + "\nC1,K,2019-01-15,fout\n", "casus_id\nC1\nC1\n",
                                            "casus_id,datum\nC1,2019-06-01\n");
    INFO(describe(result));
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].file == "casussen.csv");
}

TEST_CASE("einde_followup and datum_overdracht may not be before melddatum", "[importer][rules]")
{
    auto study = Study::open(":memory:", true);
    checkError(importTexts(*study, header + "\nC1,K,2019-01-15,2019-01-14\n"), "casussen.csv", 2, "einde_followup",
               "2019-01-14", "einde_followup (2019-01-14) ligt voor melddatum (2019-01-15); verwacht een datum op of na melddatum");
    checkError(importTexts(*study, header + ",datum_overdracht\nC1,K,15-01-2019,2021-01-15,1-1-2019\n"), "casussen.csv", 2,
               "datum_overdracht", "1-1-2019",
               "datum_overdracht (2019-01-01) ligt voor melddatum (2019-01-15); verwacht een datum op of na melddatum");
    // Equal dates are allowed.
    const ImportResult same = importTexts(*study, header + ",datum_overdracht\nC1,K,2019-01-15,2019-01-15,2019-01-15\n");
    INFO(describe(same));
    CHECK(same.committed);
}

TEST_CASE("einddatum may not be before startdatum; help may start before the report", "[importer][rules]")
{
    auto study = Study::open(":memory:", true);
    checkError(importTexts(*study, validCasussen, "casus_id,startdatum,einddatum\nC1,2019-03-01,2019-02-28\n"),
               "trajecten.csv", 2, "einddatum", "2019-02-28",
               "einddatum (2019-02-28) ligt voor startdatum (2019-03-01); verwacht een datum op of na startdatum");
    // C1's melddatum is 2019-01-15: a start in 2018 is valid.
    const ImportResult early = importTexts(*study, validCasussen, "casus_id,startdatum,einddatum\nC1,2018-06-01,2018-06-01\n");
    INFO(describe(early));
    CHECK(early.committed);
}

TEST_CASE("an event must lie after melddatum and not after einde_followup", "[importer][rules]")
{
    // C1: melddatum 2019-01-15, einde_followup 2021-01-15 (validCasussen).
    auto study = Study::open(":memory:", true);
    checkError(importTexts(*study, validCasussen, {}, "casus_id,datum\nC1,2019-01-15\n"), "gebeurtenissen.csv", 2,
               "datum", "2019-01-15",
               "datum (2019-01-15) ligt niet na de melddatum van casus C1; verwacht een datum na de melddatum "
               "(2019-01-15) en uiterlijk op einde_followup (2021-01-15)");
    checkError(importTexts(*study, validCasussen, {}, "casus_id,datum\nC1,16-01-2021\n"), "gebeurtenissen.csv", 2,
               "datum", "16-01-2021",
               "datum (2021-01-16) ligt na einde_followup van casus C1; verwacht een datum na de melddatum "
               "(2019-01-15) en uiterlijk op einde_followup (2021-01-15)");
    const ImportResult edges = importTexts(*study, validCasussen, {}, "casus_id,datum\nC1,2019-01-16\nC1,2021-01-15\n");
    INFO(describe(edges));
    CHECK(edges.committed);
    CHECK(queryText(study->db(), "SELECT datum FROM events ORDER BY id") == "17912\n18642");   // 17911 + 1, 18642
}

TEST_CASE("geschiedenis_jaren only with geweldsgeschiedenis ja, and not negative", "[importer][rules]")
{
    auto study = Study::open(":memory:", true);
    const std::string columns = header + ",geweldsgeschiedenis,geschiedenis_jaren\n";
    checkError(importTexts(*study, columns + "C1,K,2019-01-15,2021-01-15,nee,3\n"), "casussen.csv", 2,
               "geschiedenis_jaren", "3",
               "geschiedenis_jaren mag alleen ingevuld zijn als geweldsgeschiedenis ja is (hier: nee); verwacht een leeg veld");
    checkError(importTexts(*study, columns + "C1,K,2019-01-15,2021-01-15,,3\n"), "casussen.csv", 2,
               "geschiedenis_jaren", "3",
               "geschiedenis_jaren mag alleen ingevuld zijn als geweldsgeschiedenis ja is (hier: leeg); verwacht een leeg veld");
    checkError(importTexts(*study, columns + "C1,K,2019-01-15,2021-01-15,ja,-1\n"), "casussen.csv", 2,
               "geschiedenis_jaren", "-1", "verwacht een getal van 0 of meer (jaren)");
    const ImportResult zero = importTexts(*study, columns + "C1,K,2019-01-15,2021-01-15,ja,0\n");
    INFO(describe(zero));
    CHECK(zero.committed);
}

TEST_CASE("afstemming on a case with fewer than 2 trajectories is a warning, and kept", "[importer][rules]")
{
    auto study = Study::open(":memory:", true);
    const ImportResult result = importTexts(*study,
        header + ",afstemming\n"
        "C1,K,2019-01-15,2021-01-15,ja\n"    // line 2: 1 trajectory -> warning
        "C2,K,2019-01-15,2021-01-15,nee\n"   // line 3: none -> warning
        "C3,K,2019-01-15,2021-01-15,ja\n"    // line 4: 2 trajectories -> fine
        "C4,K,2019-01-15,2021-01-15,\n",     // line 5: no value -> fine
        "casus_id\nC1\nC3\nC3\n");
    INFO(describe(result));
    REQUIRE(result.committed);
    REQUIRE(result.warnings.size() == 2);
    const ImportError& first = result.warnings[0];
    CHECK(first.severity == ImportError::Severity::Warning);
    CHECK(first.file == "casussen.csv");
    CHECK(first.line == 2);
    CHECK(first.column == "afstemming");
    CHECK(first.value == "ja");
    CHECK(first.message == "afstemming telt alleen bij casussen met 2 of meer trajecten; casus C1 heeft er 1 "
                           "(de waarde blijft bewaard maar telt niet mee)");
    CHECK(result.warnings[1].line == 3);
    CHECK(result.warnings[1].value == "nee");
    CHECK(queryText(study->db(), "SELECT afstemming FROM cases ORDER BY id") == "1\n0\n1\nNULL");

    SECTION("beyond the error limit the rest is counted in one warning")
    {
        ImportOptions options;
        options.maxErrors = 1;
        const ImportResult limited = importTexts(*study, header + ",afstemming\n"
            "D1,K,2019-01-15,2021-01-15,ja\nD2,K,2019-01-15,2021-01-15,ja\nD3,K,2019-01-15,2021-01-15,ja\n",
            {}, {}, options);
        INFO(describe(limited));
        REQUIRE(limited.committed);
        REQUIRE(limited.warnings.size() == 2);
        CHECK(limited.warnings[0].line == 2);
        CHECK(limited.warnings[1].line == 0);
        CHECK(limited.warnings[1].message == "nog 2 casussen met afstemming en minder dan 2 trajecten (niet afzonderlijk genoemd)");
    }
}
