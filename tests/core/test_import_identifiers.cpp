// The importer refuses direct identifiers: header columns and values, in every table, before
// anything is written, and without repeating the value in its messages.
#include "ImportTestSupport.h"

#include <catch2/catch.hpp>

using namespace km;
using namespace km::test;

namespace {

// Every error of `result` without the value; and the value nowhere in the texts shown to users.
void requireValueHidden(const ImportResult& result, const std::string& value)
{
    for (const ImportError& e : result.errors) {
        CHECK(e.value.empty());
        CHECK(e.toString().find(value) == std::string::npos);
    }
}

} // namespace

TEST_CASE("a header naming a direct identifier refuses the file, naming the column")
{
    auto study = Study::open(":memory:", true);
    const std::string casussen = "casus_id,cohort,melddatum,einde_followup,Naam cliënt\n"
                                 "C1,K,2019-01-15,2021-01-15,Jansen\n";
    const ImportResult result = importTexts(*study, casussen);
    REQUIRE_FALSE(result.committed);
    const auto error = errorAt(result, 1);
    REQUIRE(error);
    CHECK(error->file == "casussen.csv");
    CHECK(error->column == "Naam cliënt");
    CHECK(error->value.empty());
    CHECK(error->message.find("direct identificerend gegeven (een naam)") != std::string::npos);
    CHECK(study->caseCount() == 0);
}

TEST_CASE("a valid BSN in casus_id is refused without printing it")
{
    auto study = Study::open(":memory:", true);
    importTexts(*study, validCasussen);
    const std::string before = dumpStudy(study->db());
    // 111222333 passes the elfproef (66 = 6*11).
    const std::string casussen = "casus_id,cohort,melddatum,einde_followup\n"
                                 "D1,K,2019-01-15,2021-01-15\n"
                                 "111222333,K,2019-01-15,2021-01-15\n";
    const ImportResult result = importTexts(*study, casussen);
    REQUIRE_FALSE(result.committed);
    const auto error = errorAt(result, 3);
    REQUIRE(error);
    CHECK(error->column == "casus_id");
    CHECK(error->message.rfind("bevat wat lijkt op een BSN;", 0) == 0);
    requireValueHidden(result, "111222333");
    CHECK(dumpStudy(study->db()) == before);
}

TEST_CASE("a phone number in an extra column of trajecten is refused with file, line and column")
{
    auto study = Study::open(":memory:", true);
    std::string trajecten = validTrajecten;
    trajecten.replace(trajecten.find("loopt nog"), 9, "bel moeder 06-12345678");
    const ImportResult result = importTexts(*study, validCasussen, trajecten, validGebeurtenissen);
    REQUIRE_FALSE(result.committed);
    // Line 3 of validTrajecten is the row with "loopt nog" in Opmerking.
    const auto error = errorAt(result, 3);
    REQUIRE(error);
    CHECK(error->file == "trajecten.csv");
    CHECK(error->column == "Opmerking");
    CHECK(error->message.rfind("bevat wat lijkt op een telefoonnummer;", 0) == 0);
    requireValueHidden(result, "12345678");
    CHECK(study->caseCount() == 0);
}

TEST_CASE("an e-mail address in regio and a postcode in cohort are both reported")
{
    auto study = Study::open(":memory:", true);
    const std::string casussen = "casus_id,cohort,regio,melddatum,einde_followup\n"
                                 "C1,K,piet@example.nl,2019-01-15,2021-01-15\n"
                                 "C2,1234 AB 12,Alkmaar,2019-01-15,2021-01-15\n";
    const ImportResult result = importTexts(*study, casussen);
    REQUIRE_FALSE(result.committed);
    REQUIRE(result.errors.size() == 2);
    CHECK(result.errors[0].line == 2);
    CHECK(result.errors[0].column == "regio");
    CHECK(result.errors[0].message.rfind("bevat wat lijkt op een e-mailadres;", 0) == 0);
    CHECK(result.errors[1].line == 3);
    CHECK(result.errors[1].column == "cohort");
    CHECK(result.errors[1].message.rfind("bevat wat lijkt op een postcode met huisnummer;", 0) == 0);
    requireValueHidden(result, "piet@example.nl");
    requireValueHidden(result, "1234 AB");
}

TEST_CASE("the valid test study has no identifiers: a 9-digit number failing the elfproef passes")
{
    auto study = Study::open(":memory:", true);
    std::string casussen = validCasussen;
    // 123456789 fails the elfproef (147 = 13*11 + 4): an ordinary number in a note.
    casussen.replace(casussen.find(",eerste"), 7, ",dossier 123456789");
    const ImportResult result = importTexts(*study, casussen, validTrajecten, validGebeurtenissen);
    INFO(describe(result));
    CHECK(result.committed);
    CHECK(study->caseCount() == 3);
}

TEST_CASE("a value the guard lets through is not echoed in another field's error when it could be an identifier")
{
    auto study = Study::open(":memory:", true);
    // NL92...: an IBAN with a wrong check digit, so no identifier by the guard's rules; still
    // not repeated. "misschien" is short and harmless, and shown.
    const std::string casussen = "casus_id,cohort,melddatum,einde_followup,minderjarigen,richting\n"
                                 "C1,K,2019-01-15,2021-01-15,NL92ABNA0417164300,partner\n"
                                 "C2,K,2019-01-15,2021-01-15,misschien,partner|1234567890\n";
    const ImportResult result = importTexts(*study, casussen);
    REQUIRE_FALSE(result.committed);
    INFO(describe(result));
    REQUIRE(result.errors.size() == 3);
    const ImportError& iban = result.errors[0];
    CHECK(iban.line == 2);
    CHECK(iban.column == "minderjarigen");
    CHECK(iban.value.empty());
    CHECK(iban.toString() == "casussen.csv:2: minderjarigen: verwacht ja of nee (waarde niet getoond)");
    CHECK(result.errors[1].toString() == "casussen.csv:3: minderjarigen: verwacht ja of nee (waarde: \"misschien\")");
    CHECK(result.errors[2].column == "richting");
    CHECK(result.errors[2].message.rfind("onbekende waarde (waarde niet getoond); ", 0) == 0);
    for (const ImportError& e : result.errors)
        CHECK(e.toString().find("1234567890") == std::string::npos);
}

TEST_CASE("a header holding a BSN is refused, and the error names the column by position, not by its text")
{
    auto study = Study::open(":memory:", true);
    const std::string casussen = "casus_id,cohort,melddatum,einde_followup,dossier 123456782\n"
                                 "C1,K,2019-01-15,2021-01-15,x\n";
    const ImportResult result = importTexts(*study, casussen);
    REQUIRE_FALSE(result.committed);
    INFO(describe(result));
    const auto error = errorAt(result, 1);
    REQUIRE(error);
    CHECK(error->column == "kolom 5");
    CHECK(error->message.find("(een BSN)") != std::string::npos);
    for (const ImportError& e : result.errors)
        CHECK(e.toString().find("123456782") == std::string::npos);
}
