#include "ImportTestSupport.h"

#include <catch2/catch.hpp>

using namespace km;
using namespace km::test;

// Expected lines, columns and values are read off the file texts in each test; column numbers
// in messages count from 1.

TEST_CASE("a missing required column is an error on line 1 with a close match suggested", "[importer][header]")
{
    auto study = Study::open(":memory:", true);
    const ImportResult result = importTexts(*study,
        "Casus ID,meldatum,einde_followup\n"
        "C1,2019-01-15,2021-13-01\n");
    INFO(describe(result));
    CHECK_FALSE(result.committed);
    // The header cannot be imported, so the rows are not read (see TableImporter): an error in
    // row 2 is not reported until the header is right.
    REQUIRE(result.errors.size() == 3);
    CHECK(result.errors[0].file == "casussen.csv");
    CHECK(result.errors[0].line == 1);
    CHECK(result.errors[0].column.empty());
    CHECK(result.errors[0].message == "kolom 'casus_id' ontbreekt (bedoelde u 'Casus ID'?)");
    CHECK(result.errors[1].line == 1);
    CHECK(result.errors[1].message == "kolom 'cohort' ontbreekt");
    CHECK(result.errors[2].line == 1);
    CHECK(result.errors[2].message == "kolom 'melddatum' ontbreekt (bedoelde u 'meldatum'?)");
    CHECK(study->caseCount() == 0);
}

TEST_CASE("header names match case-insensitively with surrounding spaces ignored", "[importer][header]")
{
    auto study = Study::open(":memory:", true);
    const ImportResult result = importTexts(*study,
        " CASUS_ID ,Cohort,MeldDatum,  einde_followup\n"
        "C1,K,2019-01-15,2021-01-15\n");
    INFO(describe(result));
    CHECK(result.committed);
    CHECK(result.warnings.empty());
}

TEST_CASE("a duplicate header column is an error", "[importer][header]")
{
    auto study = Study::open(":memory:", true);
    const ImportResult result = importTexts(*study,
        "casus_id,cohort,melddatum,einde_followup,Cohort\n"
        "C1,K,2019-01-15,2021-01-15,L\n");
    INFO(describe(result));
    CHECK_FALSE(result.committed);
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].line == 1);
    CHECK(result.errors[0].column == "Cohort");
    CHECK(result.errors[0].value == "Cohort");
    CHECK(result.errors[0].message == "kolom 'Cohort' komt twee keer voor (kolom 2 en 5); verwacht elke kolomnaam één keer");
}

TEST_CASE("unknown columns are kept as extras; a near miss of a codebook column is pointed out", "[importer][header]")
{
    auto study = Study::open(":memory:", true);
    const ImportResult result = importTexts(*study,
        "casus_id,cohort,melddatum,einde_followup,minderjarige,Dossier nr\n"
        "C1,K,2019-01-15,2021-01-15,ja,123\n"
        "C2,K,2019-01-15,2021-01-15,, \n");
    INFO(describe(result));
    REQUIRE(result.committed);
    REQUIRE(result.warnings.size() == 1);
    CHECK(result.warnings[0].line == 1);
    CHECK(result.warnings[0].column == "minderjarige");
    CHECK(result.warnings[0].message == "onbekende kolom, wordt als extra kenmerk bewaard (bedoelde u 'minderjarigen'?)");
    CHECK(result.warnings[0].severity == ImportError::Severity::Warning);
    // Only non-empty values are stored; minderjarigen itself stays unknown.
    CHECK(queryText(study->db(), "SELECT c.casus_id, x.column_name, x.value FROM case_extra x "
                                 "JOIN cases c ON c.id = x.case_id ORDER BY x.rowid")
          == "C1|minderjarige|ja\nC1|Dossier nr|123");
    CHECK(queryText(study->db(), "SELECT count(*) FROM cases WHERE minderjarigen IS NULL") == "2");
}

TEST_CASE("a Windows-1252 file is read with a warning", "[importer][header]")
{
    auto study = Study::open(":memory:", true);
    // "\xE9" is é in Windows-1252 and not valid UTF-8 on its own.
    const ImportResult result = importTexts(*study,
        "casus_id,cohort,regio,melddatum,einde_followup\n"
        "C1,K,Caf\xE9,2019-01-15,2021-01-15\n");
    INFO(describe(result));
    REQUIRE(result.committed);
    REQUIRE(result.warnings.size() == 1);
    CHECK(result.warnings[0].file == "casussen.csv");
    CHECK(result.warnings[0].line == 0);
    CHECK(result.warnings[0].message == "casussen.csv is geen geldige UTF-8 en is gelezen als Windows-1252.");
    CHECK(queryText(study->db(), "SELECT regio FROM cases") == "Caf\xC3\xA9");
    CHECK(study->importLog().at(0).encoding == "Windows-1252");
}

TEST_CASE("a semicolon file with Dutch numbers and dates imports", "[importer][header]")
{
    auto study = Study::open(":memory:", true);
    const ImportResult result = importTexts(*study,
        "casus_id;cohort;melddatum;einde_followup;geweldsgeschiedenis;geschiedenis_jaren;datum_overdracht\n"
        "C1;NHN-2019;15-01-2019;1-1-2021;ja;2,5;1-2-2019\n");
    INFO(describe(result));
    REQUIRE(result.committed);
    // 2019-01-15 = 17911, 2021-01-01 = 18628, 2019-02-01 = 17928 (Python datetime).
    CHECK(queryText(study->db(), "SELECT melddatum, einde_followup, geschiedenis_jaren, datum_overdracht FROM cases")
          == "17911|18628|2.5|17928");
}

TEST_CASE("reader problems become errors", "[importer][header]")
{
    auto study = Study::open(":memory:", true);

    SECTION("unterminated quote")
    {
        const ImportResult result = importTexts(*study,
            "casus_id,cohort,melddatum,einde_followup\n"
            "C1,K,2019-01-15,2021-01-15\n"
            "C2,\"K,2019-01-15,2021-01-15\n");
        REQUIRE(result.errors.size() == 1);
        CHECK(result.errors[0].line == 3);
        CHECK(result.errors[0].message == "veld tussen aanhalingstekens is niet afgesloten");
    }
    SECTION("NUL byte")
    {
        const ImportResult result = importTexts(*study,
            std::string("casus_id,cohort,melddatum,einde_followup\nC1,K,2019-01-15,2021-01-15\nC2,K\0,x,y\n", 78));
        REQUIRE(result.errors.size() == 1);
        CHECK(result.errors[0].line == 3);
        CHECK(result.errors[0].message == "het bestand bevat binaire gegevens (NUL-byte); verwacht een CSV-tekstbestand");
    }
    SECTION("a file that cannot be opened, without follow-up errors about its cases")
    {
        const std::vector<ImportSource> sources{
            {TableKind::Casussen, "/nonexistent/casussen.csv", {}, {}},
            {TableKind::Trajecten, "trajecten.csv", validTrajecten, {}},
        };
        const ImportResult result = Importer(*study).run(sources);
        INFO(describe(result));
        REQUIRE(result.errors.size() == 1);
        CHECK(result.errors[0].file == "/nonexistent/casussen.csv");
        CHECK(result.errors[0].line == 0);
        CHECK(result.errors[0].message == "het bestand kan niet worden geopend");
    }
    SECTION("an empty file")
    {
        TempDir dir;
        const ImportResult result = Importer(*study).run({{TableKind::Casussen, dir.write("leeg.csv", ""), {}, {}}});
        REQUIRE(result.errors.size() == 1);
        CHECK(result.errors[0].message == "het bestand is leeg: verwacht een kopregel met kolomnamen");
    }
    CHECK(study->caseCount() == 0);
}
