// IdentifierGuard on its own: which headers and values count as direct identifiers, and which
// look alike but must pass (dates, decimals, casus_ids, short numbers).
#include "core/import/IdentifierGuard.h"
#include "core/import/IdentifierShapes.h"

#include <catch2/catch.hpp>

#include <string>

using km::IdentifierGuard;
using km::IdentifierShapes;

namespace {

std::string kindOf(const std::string& value)
{
    const char* kind = IdentifierGuard::valueKind(value);
    return kind ? kind : "";
}

} // namespace

TEST_CASE("elfproef: 9*d1 + 8*d2 + ... + 2*d8 - d9 divisible by 11")
{
    // 111222333: 9+8+7+12+10+8+9+6-3 = 66 = 6*11 (by hand).
    CHECK(IdentifierGuard::isBsn("111222333"));
    // 123456782: 9+16+21+24+25+24+21+16-2 = 154 = 14*11.
    CHECK(IdentifierGuard::isBsn("123456782"));
    // 123456789: 154+2-9 = 147 = 13*11+4: fails.
    CHECK_FALSE(IdentifierGuard::isBsn("123456789"));
    CHECK_FALSE(IdentifierGuard::isBsn("000000000"));
    // 8 digits (a leading zero left out) are not taken as a BSN: see docs/privacy.md.
    CHECK_FALSE(IdentifierGuard::isBsn("11222333"));
}

TEST_CASE("headers meaning a direct identifier are recognised, in any spelling")
{
    CHECK(IdentifierGuard::headerKind("Naam cliënt") == "een naam");
    CHECK(IdentifierGuard::headerKind("naam") == "een naam");
    CHECK(IdentifierGuard::headerKind("Voornaam") == "een naam");
    CHECK(IdentifierGuard::headerKind("ACHTERNAAM") == "een naam");
    CHECK(IdentifierGuard::headerKind("BSN") == "een BSN");
    CHECK(IdentifierGuard::headerKind("Burgerservicenummer") == "een BSN");
    CHECK(IdentifierGuard::headerKind("bsn_client") == "een BSN");
    CHECK(IdentifierGuard::headerKind("geboorte_datum") == "een geboortedatum");
    CHECK(IdentifierGuard::headerKind("Geboortedatum") == "een geboortedatum");
    CHECK(IdentifierGuard::headerKind("E-mailadres") == "een e-mailadres");
    CHECK(IdentifierGuard::headerKind("e-mail") == "een e-mailadres");
    CHECK(IdentifierGuard::headerKind("Email") == "een e-mailadres");
    CHECK(IdentifierGuard::headerKind("mail") == "een e-mailadres");
    CHECK(IdentifierGuard::headerKind("Adres") == "een adres");
    CHECK(IdentifierGuard::headerKind("Straat") == "een straat");
    CHECK(IdentifierGuard::headerKind("huis-nummer") == "een huisnummer");
    CHECK(IdentifierGuard::headerKind("Postcode") == "een postcode");
    CHECK(IdentifierGuard::headerKind("Woonplaats") == "een woonplaats");
    CHECK(IdentifierGuard::headerKind("Telefoon") == "een telefoonnummer");
    CHECK(IdentifierGuard::headerKind("telefoon_nummer") == "een telefoonnummer");
    CHECK(IdentifierGuard::headerKind("Tel.") == "een telefoonnummer");
}

TEST_CASE("codebook fields and ordinary extra columns are not identifier headers")
{
    for (const char* header : {"casus_id", "cohort", "regio", "melddatum", "einde_followup", "aanbieder",
                               "doelgroep", "startdatum", "einddatum", "afloop", "risicofactoren", "datum",
                               "soort", "bekend_bij", "Notitie", "Opmerking", "regionaam", "teamnaam"}) {
        INFO(header);
        CHECK_FALSE(IdentifierGuard::headerKind(header));
    }
}

TEST_CASE("values that are a BSN, postcode with house number, e-mail address or phone number")
{
    CHECK(kindOf("111222333") == "een BSN");
    CHECK(kindOf(" 123456782 ") == "een BSN");
    CHECK(kindOf("cliënt met BSN 123456782, zie dossier") == "een BSN");
    CHECK(kindOf("1234 AB 12") == "een postcode met huisnummer");
    CHECK(kindOf("1234AB 12a") == "een postcode met huisnummer");
    CHECK(kindOf("woont op 9999 ZZ, 3") == "een postcode met huisnummer");
    CHECK(kindOf("jan@example.nl") == "een e-mailadres");
    CHECK(kindOf("mail a.b-c@zorg.regio.nl graag") == "een e-mailadres");
    CHECK(kindOf("06-12345678") == "een telefoonnummer");
    CHECK(kindOf("+31 6 12345678") == "een telefoonnummer");
    CHECK(kindOf("+31612345678") == "een telefoonnummer");
    CHECK(kindOf("0031 6 12345678") == "een telefoonnummer");
    CHECK(kindOf("+31 (0)20 1234567") == "een telefoonnummer");
    CHECK(kindOf("020-1234567") == "een telefoonnummer");
    CHECK(kindOf("0201234567") == "een telefoonnummer");
    CHECK(kindOf("(020) 1234567") == "een telefoonnummer");
    CHECK(kindOf("bel 06 1234 5678 na vijven") == "een telefoonnummer");
}

TEST_CASE("dates, decimals, casus_ids and short numbers are not identifiers")
{
    for (const char* value : {"123456789", "2019-01-15", "15-03-2019", "1-2-2020", "01-02-2019 12", "2.5",
                              "123456782.5", "3.14159265358979", "DEMO19-001", "DEMO19-123456782", "NHN-2019",
                              "42", "12345678", "1234", "1234 AB", "tussen 2019 en 2020", "@home", "a@b",
                              "kind|partner", "psych_volwassene|verslaving", "0000000000", ""}) {
        INFO(value);
        CHECK(kindOf(value).empty());
    }
}

TEST_CASE("a BSN behind a label or written in groups is still a BSN")
{
    // 123456782 passes the elfproef (154 = 14*11, see above).
    CHECK(kindOf("BSN:123456782") == "een BSN");
    CHECK(kindOf("bsn: 123456782") == "een BSN");
    CHECK(kindOf("123-456-782") == "een BSN");
    CHECK(kindOf("1234.56.782") == "een BSN");
    CHECK(kindOf("123 456 782") == "een BSN");
    CHECK(kindOf("zie 12 123456782") == "een BSN");
    // The same groups failing the elfproef (123456789: remainder 4) are no alarm.
    for (const char* value : {"BSN:123456789", "123-456-789", "1234.56.789", "123 456 789"}) {
        INFO(value);
        CHECK(kindOf(value).empty());
    }
}

TEST_CASE("an IBAN is recognised by its mod-97 check digits, with or without spaces")
{
    // NL91ABNA0417164300: ABNA0417164300NL91 as digits, 1011231004171643002321 91, mod 97 = 1.
    CHECK(IdentifierShapes::isIban("NL91ABNA0417164300"));
    CHECK_FALSE(IdentifierShapes::isIban("NL92ABNA0417164300"));
    CHECK(IdentifierShapes::isIban("DE89370400440532013000"));
    CHECK(kindOf("NL91ABNA0417164300") == "een IBAN");
    CHECK(kindOf("rekening NL91 ABNA 0417 1643 00 van moeder") == "een IBAN");
    CHECK(kindOf("nl91abna0417164300") == "een IBAN");
    CHECK(kindOf("NL92ABNA0417164300").empty());
}

TEST_CASE("postcodes with a house number or town, street addresses, phone numbers with dots")
{
    CHECK(kindOf("1234AB-12") == "een postcode met huisnummer");
    CHECK(kindOf("Dorpsstraat 12, 1234 AB Amsterdam") == "een postcode met woonplaats");
    CHECK(kindOf("1234 AB Amsterdam") == "een postcode met woonplaats");
    CHECK(kindOf("1234AB Den Helder") == "een postcode met woonplaats");
    CHECK(kindOf("Dorpsstraat 12") == "een adres (straat en huisnummer)");
    CHECK(kindOf("woont Kerkweg 3a sinds 2019") == "een adres (straat en huisnummer)");
    CHECK(kindOf("06.12345678") == "een telefoonnummer");
    CHECK(kindOf("020.123.4567") == "een telefoonnummer");
    CHECK(kindOf("06.12.34.56.78") == "een telefoonnummer");
    CHECK(kindOf("tel:0612345678") == "een telefoonnummer");
}

TEST_CASE("plain case ids, numbers, dates and words stay allowed")
{
    for (const char* value : {"C-00017", "NHN2019-0042", "123456789", "0.123456789", "2019.01.15", "15.03.2019",
                              "1.234.567", "weg 12", "straat", "Snelweg", "1234 ab", "Plein 1992",
                              "NL2019", "casus 12 van 40", "3 kinderen, 2 volwassenen"}) {
        INFO(value);
        CHECK(kindOf(value).empty());
    }
}

TEST_CASE("headers for birth dates, clients, social security numbers and postcodes, in short forms")
{
    for (const char* header : {"gebdatum", "geb. datum", "Geb_Datum", "dob", "DOB", "birthdate", "Birth date"})
        CHECK(IdentifierGuard::headerKind(header) == "een geboortedatum");
    for (const char* header : {"client", "Cliënt", "clientnummer", "cliënt_id"})
        CHECK(IdentifierGuard::headerKind(header) == "een naam of cliëntnummer");
    CHECK(IdentifierGuard::headerKind("ssn") == "een BSN");
    CHECK(IdentifierGuard::headerKind("zip") == "een postcode");
    CHECK(IdentifierGuard::headerKind("PC") == "een postcode");
    // A BSN as (part of) a header name names a person as surely as a cell does.
    CHECK(IdentifierGuard::headerKind("casus 123456782") == "een BSN");
    // Short words only as the whole header; codebook names and ordinary columns pass.
    for (const char* header : {"pcode_regio", "zipper", "dobbelsteen", "leeftijd_client", "voortijdig_client",
                               "geboortejaar", "afloop", "123456789"}) {
        INFO(header);
        CHECK_FALSE(IdentifierGuard::headerKind(header));
    }
}

TEST_CASE("messages show a value only when it is short and cannot be an identifier")
{
    for (const char* value : {"misschien", "2019-02-30", "ja nee", "12,5,3", "X"}) {
        INFO(value);
        CHECK(IdentifierGuard::mayShow(value));
        CHECK(IdentifierGuard::shown(value) == "'" + std::string(value) + "'");
    }
    // An IBAN with a wrong check digit, a long number, an '@', an identifier, a long text.
    for (const char* value : {"NL92ABNA0417164300", "1234567890", "@jan", "NL91ABNA0417164300", "123 456 782",
                              "een heel lange waarde die geen code uit het codeboek kan zijn"}) {
        INFO(value);
        CHECK_FALSE(IdentifierGuard::mayShow(value));
        CHECK(IdentifierGuard::shown(value) == "(waarde niet getoond)");
    }
}
