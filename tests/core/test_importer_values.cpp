#include "ImportTestSupport.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <tuple>

using namespace km;
using namespace km::test;

// Each test writes a casussen file by hand; the expected line, column and value are read off
// that text, the messages are the Dutch ones the importer promises (codebook formats).

namespace {

const std::string required = "casus_id,cohort,melddatum,einde_followup";

// A casussen file with one case (line 2) whose `column` holds `value`; other fields valid.
ImportResult importCaseWith(Study& study, const std::string& column, const std::string& value,
                            const std::string& extraHeader = {}, const std::string& extraValue = {})
{
    std::string header = "casus_id,cohort,melddatum,einde_followup";
    std::string row = "C1,NHN-2019,2019-01-15,2021-01-15";
    const auto replace = [&](std::size_t index) {
        std::vector<std::string> cells;
        std::size_t start = 0;
        for (std::size_t comma; (comma = row.find(',', start)) != std::string::npos; start = comma + 1)
            cells.push_back(row.substr(start, comma - start));
        cells.push_back(row.substr(start));
        cells[index] = value;
        row.clear();
        for (const std::string& c : cells)
            row += (row.empty() ? "" : ",") + c;
    };
    const std::vector<std::string> requiredColumns{"casus_id", "cohort", "melddatum", "einde_followup"};
    const auto known = std::find(requiredColumns.begin(), requiredColumns.end(), column);
    if (known != requiredColumns.end()) {
        replace(static_cast<std::size_t>(known - requiredColumns.begin()));
    } else {
        header += "," + column;
        row += "," + value;
    }
    if (!extraHeader.empty()) {
        header += "," + extraHeader;
        row += "," + extraValue;
    }
    return importTexts(study, header + "\n" + row + "\n");
}

void checkSingleError(const ImportResult& result, const std::string& column, const std::string& value,
                      const std::string& message)
{
    INFO(describe(result));
    CHECK_FALSE(result.committed);
    REQUIRE(result.errors.size() == 1);
    const ImportError& e = result.errors[0];
    CHECK(e.file == "casussen.csv");
    CHECK(e.line == 2);
    CHECK(e.column == column);
    CHECK(e.value == value);
    CHECK(e.message == message);
    CHECK(e.severity == ImportError::Severity::Error);
}

} // namespace

TEST_CASE("a date in another format is an error", "[importer][values]")
{
    auto study = Study::open(":memory:", true);
    checkSingleError(importCaseWith(*study, "melddatum", "2019/01/15"), "melddatum", "2019/01/15",
                     "verwacht een datum (JJJJ-MM-DD of DD-MM-JJJJ)");
    checkSingleError(importCaseWith(*study, "melddatum", "15 jan 2019"), "melddatum", "15 jan 2019",
                     "verwacht een datum (JJJJ-MM-DD of DD-MM-JJJJ)");
    CHECK(study->caseCount() == 0);
}

TEST_CASE("a date that does not exist is an error", "[importer][values]")
{
    auto study = Study::open(":memory:", true);
    checkSingleError(importCaseWith(*study, "datum_overdracht", "31-02-2019"), "datum_overdracht", "31-02-2019",
                     "deze datum bestaat niet; verwacht een datum (JJJJ-MM-DD of DD-MM-JJJJ)");
    checkSingleError(importCaseWith(*study, "einde_followup", "2021-02-29"), "einde_followup", "2021-02-29",
                     "deze datum bestaat niet; verwacht een datum (JJJJ-MM-DD of DD-MM-JJJJ)");
}

TEST_CASE("a number that is not a number is an error", "[importer][values]")
{
    auto study = Study::open(":memory:", true);
    checkSingleError(importCaseWith(*study, "geschiedenis_jaren", "twee", "geweldsgeschiedenis", "ja"),
                     "geschiedenis_jaren", "twee", "verwacht een getal (bijvoorbeeld 2,5 of 2.5)");
}

TEST_CASE("a number with grouped digits is an error, not misread", "[importer][values]")
{
    auto study = Study::open(":memory:", true);
    const std::string message = "getal met meer dan één scheidingsteken (duizendtallen?); verwacht een getal "
                                "met alleen een decimaalteken (bijvoorbeeld 1234,5 of 2.5)";
    checkSingleError(importCaseWith(*study, "geschiedenis_jaren", "\"1.234,5\"", "geweldsgeschiedenis", "ja"),
                     "geschiedenis_jaren", "1.234,5", message);
    checkSingleError(importCaseWith(*study, "geschiedenis_jaren", "\"1,234.5\"", "geweldsgeschiedenis", "ja"),
                     "geschiedenis_jaren", "1,234.5", message);
}

TEST_CASE("a yes/no field with another word is an error", "[importer][values]")
{
    auto study = Study::open(":memory:", true);
    checkSingleError(importCaseWith(*study, "minderjarigen", "misschien"), "minderjarigen", "misschien",
                     "verwacht ja of nee");
}

TEST_CASE("an enum field with an unknown code is an error", "[importer][values]")
{
    auto study = Study::open(":memory:", true);
    checkSingleError(importCaseWith(*study, "veiligheidsplan", "alle"), "veiligheidsplan", "alle",
                     "verwacht een van: geen, deels, allen");
}

TEST_CASE("a multi value with an unknown or empty part is an error", "[importer][values]")
{
    auto study = Study::open(":memory:", true);
    checkSingleError(importCaseWith(*study, "richting", "kind|buurman"), "richting", "kind|buurman",
                     "onbekende waarde 'buurman'; verwacht een of meer van: kind, partner, oudere, ouder, overig "
                     "(gescheiden door |)");
    checkSingleError(importCaseWith(*study, "aard", "fysiek||psychisch"), "aard", "fysiek||psychisch",
                     "lege waarde tussen de |-tekens; verwacht een of meer van: psychisch, fysiek, seksueel, "
                     "verwaarlozing, financieel, stalking (gescheiden door |)");
    checkSingleError(importCaseWith(*study, "aard", "fysiek|"), "aard", "fysiek|",
                     "lege waarde tussen de |-tekens; verwacht een of meer van: psychisch, fysiek, seksueel, "
                     "verwaarlozing, financieel, stalking (gescheiden door |)");
}

TEST_CASE("codes and yes/no words are matched case-insensitively after trimming", "[importer][values]")
{
    auto study = Study::open(":memory:", true);
    const ImportResult result = importTexts(*study,
        "casus_id,cohort,melddatum,einde_followup,richting,veiligheidsplan,minderjarigen\n"
        "C1,K,2019-01-15,2021-01-15, Kind | PARTNER | kind , Allen ,JA\n");
    INFO(describe(result));
    REQUIRE(result.committed);
    // kind|partner = 1+2 (a repeated code is fine), allen = 2, ja = 1.
    CHECK(queryText(study->db(), "SELECT richting, veiligheidsplan, minderjarigen FROM cases") == "3|2|1");
}

TEST_CASE("an empty required field is an error", "[importer][values]")
{
    auto study = Study::open(":memory:", true);
    checkSingleError(importCaseWith(*study, "cohort", ""), "cohort", "", "verplicht veld is leeg; verwacht een waarde");
    checkSingleError(importCaseWith(*study, "cohort", "  "), "cohort", "  ", "verplicht veld is leeg; verwacht een waarde");
    checkSingleError(importCaseWith(*study, "melddatum", ""), "melddatum", "",
                     "verplicht veld is leeg; verwacht een datum (JJJJ-MM-DD of DD-MM-JJJJ)");
}

TEST_CASE("a row with the wrong number of fields is an error, an empty row is skipped", "[importer][values]")
{
    auto study = Study::open(":memory:", true);
    const ImportResult result = importTexts(*study, required + "\n"
        "C1,K,2019-01-15,2021-01-15\n"
        ",,,\n"
        "C2,K,2019-01-15\n"
        "C3,K,2019-01-15,2021-01-15,te veel\n");
    INFO(describe(result));
    CHECK_FALSE(result.committed);
    REQUIRE(result.errors.size() == 2);
    CHECK(result.errors[0].line == 4);
    CHECK(result.errors[0].column.empty());
    CHECK(result.errors[0].message == "verwacht 4 velden zoals de kopregel, gevonden 3");
    CHECK(result.errors[1].line == 5);
    CHECK(result.errors[1].message == "verwacht 4 velden zoals de kopregel, gevonden 5");

    const ImportResult blank = importTexts(*study, required + "\nC1,K,2019-01-15,2021-01-15\n,,,\n, ,,\n\n");
    INFO(describe(blank));
    CHECK(blank.committed);
    CHECK(blank.rows.at(TableKind::Casussen) == 1);
}

TEST_CASE("all errors of a file are reported, at the right lines after multi-line fields", "[importer][values]")
{
    auto study = Study::open(":memory:", true);
    const ImportResult result = importTexts(*study,
        "casus_id,cohort,regio,melddatum,einde_followup,minderjarigen\n"   // line 1
        "C1,K,\"Alkmaar\nNoord\",2019-01-15,2021-01-15,ja\n"                // lines 2-3
        "C2,K,,2019-13-01,2021-01-15,ja\n"                                  // line 4
        "C3,K,\"regel 1\nregel 2\r\nregel 3\",2019-01-15,2021-01-15,soms\n" // lines 5-7
        "C4,,,2019-01-15,2021-01-15,nee\n"                                  // line 8
        "C5,K,,15-01-2019,2021-01-15,nee,over\n"                            // line 9
        "C6,K,,gisteren,morgen,x\n");                                       // line 10
    INFO(describe(result));
    CHECK_FALSE(result.committed);
    CHECK_FALSE(result.errorsTruncated);
    using Where = std::tuple<std::size_t, std::string, std::string>;
    std::vector<Where> found;
    for (const ImportError& e : result.errors)
        found.emplace_back(e.line, e.column, e.value);
    CHECK(found == std::vector<Where>{
        {4, "melddatum", "2019-13-01"},
        {5, "minderjarigen", "soms"},
        {8, "cohort", ""},
        {9, "", ""},
        {10, "melddatum", "gisteren"},
        {10, "einde_followup", "morgen"},
        {10, "minderjarigen", "x"},
    });
    CHECK(study->caseCount() == 0);
}

TEST_CASE("errors are collected up to maxErrors, then the import stops", "[importer][values]")
{
    std::string text = required + "\n";
    for (int i = 0; i < 10; ++i)
        text += "C" + std::to_string(i) + ",K,fout,2021-01-15\n";   // lines 2..11, one error each
    auto study = Study::open(":memory:", true);

    ImportOptions options;
    options.maxErrors = 3;
    const ImportResult limited = importTexts(*study, text, {}, {}, options);
    CHECK_FALSE(limited.committed);
    CHECK(limited.errorsTruncated);
    REQUIRE(limited.errors.size() == 3);
    CHECK(limited.errors[0].line == 2);
    CHECK(limited.errors[2].line == 4);

    options.maxErrors = 10;
    const ImportResult exact = importTexts(*study, text, {}, {}, options);
    CHECK_FALSE(exact.errorsTruncated);
    CHECK(exact.errors.size() == 10);
    CHECK(exact.errors.back().line == 11);
}
