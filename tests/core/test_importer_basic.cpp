#include "ImportTestSupport.h"

#include "core/Version.h"
#include "core/db/Statement.h"

#include <catch2/catch.hpp>

#include <regex>

using namespace km;
using namespace km::test;

// Expected day numbers, masks and code indexes are worked out in ImportTestSupport.cpp's
// comment and from the codebook's value lists (core/codebook/Codebook.cpp): a code is stored as
// its index, a multi value as the sum of 2^index.

TEST_CASE("a valid small study imports with its row counts and stored values", "[importer]")
{
    auto study = Study::open(":memory:", true);
    const ImportResult result = importTexts(*study, validCasussen, validTrajecten, validGebeurtenissen);
    INFO(describe(result));
    REQUIRE(result.committed);
    CHECK_FALSE(result.cancelled);
    CHECK(result.errors.empty());
    CHECK(result.warnings.empty());
    CHECK_FALSE(result.errorsTruncated);
    CHECK(result.rows == std::map<TableKind, std::int64_t>{
        {TableKind::Casussen, 3}, {TableKind::Trajecten, 3}, {TableKind::Gebeurtenissen, 2}});
    CHECK(result.cohorts == std::vector<std::string>{"NHN-2019", "NHN-2020"});

    const Database& db = study->db();
    // C1: richting kind|partner = 1+2, aard psychisch|fysiek = 1+2, plans allen/deels/geen = 2/1/0.
    // C2: richting partner = 2, aard fysiek = 2. C3: only the required fields. Lines 2, 3, 4.
    CHECK(queryText(db, "SELECT casus_id, cohort, regio, melddatum, einde_followup, minderjarigen, richting, aard, "
                        "vt_eerder_betrokken, geweldsgeschiedenis, geschiedenis_jaren, datum_overdracht, casusregie, "
                        "afstemming, veiligheidsplan, hulpverleningsplan, herstelplan, source_line FROM cases ORDER BY id")
          == "C1|NHN-2019|Alkmaar|17911|18642|1|3|3|0|1|2.5|17928|1|1|2|1|0|2\n"
             "C2|NHN-2019|West-Friesland|17970|18701|0|2|2|1|0|NULL|NULL|0|NULL|0|NULL|NULL|3\n"
             "C3|NHN-2020|NULL|18293|19024|NULL|NULL|NULL|NULL|NULL|NULL|NULL|NULL|NULL|NULL|NULL|NULL|4");
    // The unknown column Notitie is kept, only where it has a value.
    CHECK(queryText(db, "SELECT c.casus_id, x.column_name, x.value FROM case_extra x JOIN cases c ON c.id = x.case_id")
          == "C1|Notitie|eerste");

    // aanbieder ggz = 2, jeugdhulp = 1, lokaal_team = 0; doelgroep volwassene = 1, kind = 0,
    // systeem = 2; afloop afgerond = 0, lopend = 4, niet_gestart = 3; risicofactoren
    // psych_volwassene|verslaving = 16+32, opvoeding = 1.
    CHECK(queryText(db, "SELECT c.casus_id, t.aanbieder, t.doelgroep, t.startdatum, t.einddatum, t.afloop, "
                        "t.risicofactoren, t.source_line FROM trajectories t JOIN cases c ON c.id = t.case_id ORDER BY t.id")
          == "C1|2|1|17937|18109|0|48|2\n"
             "C1|1|0|17956|NULL|4|1|3\n"
             "C2|0|2|NULL|NULL|3|NULL|4");
    CHECK(queryText(db, "SELECT t.source_line, x.column_name, x.value FROM trajectory_extra x "
                        "JOIN trajectories t ON t.id = x.trajectory_id") == "3|Opmerking|loopt nog");

    // soort nieuw_geweld = 0, nieuwe_zorgen = 1; bekend_bij vt = 0, beide = 2.
    CHECK(queryText(db, "SELECT c.casus_id, e.datum, e.soort, e.bekend_bij, e.source_line FROM events e "
                        "JOIN cases c ON c.id = e.case_id ORDER BY e.id")
          == "C1|18048|0|0|2\n"
             "C2|18701|1|2|3");
    CHECK(queryText(db, "SELECT count(*) FROM event_extra") == "0");

    // The readable view decodes what was stored back to the codebook's spelling.
    CHECK(queryText(db, "SELECT melddatum, richting, veiligheidsplan FROM casussen_leesbaar WHERE casus_id = 'C1'")
          == "2019-01-15|kind|partner|allen");
}

TEST_CASE("the import log names every file with its checksum, encoding and rows", "[importer]")
{
    auto study = Study::open(":memory:", true);
    REQUIRE(importTexts(*study, validCasussen, validTrajecten, validGebeurtenissen).committed);
    const auto log = study->importLog();
    REQUIRE(log.size() == 3);
    for (const ImportLogEntry& entry : log) {
        CHECK(entry.importId == log.front().importId);
        CHECK(entry.programVersion == programVersion);
        CHECK(std::regex_match(entry.importedAt, std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)")));
        CHECK(entry.encoding == "UTF-8");
    }
    CHECK(log[0].tableName == "casussen");
    CHECK(log[0].fileName == "casussen.csv");
    CHECK(log[0].rows == 3);
    // sha256 of validCasussen's bytes, by Python's hashlib.
    CHECK(log[0].sha256 == "03debd3eaf05203fb69897fec6814fc746110c6b048618533b9d747a47619f20");
    CHECK(log[1].tableName == "trajecten");
    CHECK(log[1].rows == 3);
    CHECK(log[2].tableName == "gebeurtenissen");
    CHECK(log[2].rows == 2);
    CHECK(queryText(study->db(), "SELECT DISTINCT import_id FROM cases") == std::to_string(log[0].importId));
}

TEST_CASE("a file source is read from disk and logged by its path and content hash", "[importer]")
{
    TempDir dir;
    const std::string casussen = dir.write("casussen.csv", validCasussen);
    auto study = Study::open(":memory:", true);
    const ImportResult result = Importer(*study).run({{TableKind::Casussen, casussen, {}, {}}});
    INFO(describe(result));
    REQUIRE(result.committed);
    CHECK(study->caseCount() == 3);
    const auto log = study->importLog();
    REQUIRE(log.size() == 1);
    CHECK(log[0].fileName == casussen);
    CHECK(log[0].sha256 == "03debd3eaf05203fb69897fec6814fc746110c6b048618533b9d747a47619f20");
}

TEST_CASE("sources are imported casussen first whatever order they are given in", "[importer]")
{
    auto study = Study::open(":memory:", true);
    const std::vector<ImportSource> sources{
        {TableKind::Gebeurtenissen, "gebeurtenissen.csv", validGebeurtenissen, {}},
        {TableKind::Trajecten, "trajecten.csv", validTrajecten, {}},
        {TableKind::Casussen, "casussen.csv", validCasussen, {}},
    };
    const ImportResult result = Importer(*study).run(sources);
    INFO(describe(result));
    CHECK(result.committed);
    const auto log = study->importLog();
    REQUIRE(log.size() == 3);
    CHECK(log[0].tableName == "casussen");
    CHECK(log[2].tableName == "gebeurtenissen");
}

TEST_CASE("at most one source per table, and at least one source", "[importer]")
{
    auto study = Study::open(":memory:", true);
    const ImportResult twice = Importer(*study).run({
        {TableKind::Casussen, "a.csv", validCasussen, {}},
        {TableKind::Casussen, "b.csv", validCasussen, {}},
    });
    CHECK_FALSE(twice.committed);
    REQUIRE(twice.errors.size() == 1);
    CHECK(twice.errors[0].file == "b.csv");
    CHECK(twice.errors[0].line == 0);
    CHECK(twice.errors[0].message
          == "tweede bestand voor tabel casussen (ook a.csv); verwacht ten hoogste één bestand per tabel");

    const ImportResult none = Importer(*study).run({});
    CHECK_FALSE(none.committed);
    REQUIRE(none.errors.size() == 1);
    CHECK(none.errors[0].message == "geen bestanden opgegeven; verwacht ten minste één tabel om te importeren");
    CHECK(study->caseCount() == 0);
    CHECK(study->importLog().empty());
}

TEST_CASE("a second cohort import adds to the study", "[importer]")
{
    auto study = Study::open(":memory:", true);
    REQUIRE(importTexts(*study, validCasussen, validTrajecten, validGebeurtenissen).committed);

    // New cases, and a trajectory and an event for C1 of the first import.
    const ImportResult second = importTexts(*study,
        "casus_id,cohort,melddatum,einde_followup\n"
        "D1,NHN-2021,2021-01-04,2023-01-04\n"
        "D2,NHN-2021,2021-02-01,2023-02-01\n",
        "casus_id,aanbieder\n"
        "D1,ggz\n"
        "C1,overig\n",
        "casus_id,datum\n"
        "C1,2020-01-01\n");
    INFO(describe(second));
    REQUIRE(second.committed);
    CHECK(second.cohorts == std::vector<std::string>{"NHN-2021"});
    CHECK(second.rows.at(TableKind::Casussen) == 2);
    CHECK(study->caseCount() == 5);
    const auto cohorts = study->cohorts();
    REQUIRE(cohorts.size() == 3);
    CHECK(cohorts[2].name == "NHN-2021");
    CHECK(cohorts[2].cases == 2);
    // C1 now has its two first trajectories and the new one (overig = code 6).
    CHECK(queryText(study->db(), "SELECT count(*), max(t.aanbieder) FROM trajectories t JOIN cases c "
                                 "ON c.id = t.case_id WHERE c.casus_id = 'C1'") == "3|6");
    CHECK(queryText(study->db(), "SELECT count(DISTINCT id) FROM imports") == "2");
}

TEST_CASE("a trajecten-only import refers to cases already in the study", "[importer]")
{
    auto study = Study::open(":memory:", true);
    REQUIRE(importTexts(*study, validCasussen).committed);
    const ImportResult result = importTexts(*study, {}, validTrajecten);
    INFO(describe(result));
    REQUIRE(result.committed);
    CHECK(result.rows == std::map<TableKind, std::int64_t>{{TableKind::Trajecten, 3}});
    CHECK(result.cohorts.empty());
    CHECK(queryText(study->db(), "SELECT count(*) FROM trajectories") == "3");
}

TEST_CASE("ImportError::toString leaves out empty parts", "[importer]")
{
    CHECK(ImportError{"c.csv", 4, "melddatum", "31-02-2019", "deze datum bestaat niet"}.toString()
          == "c.csv:4: melddatum: deze datum bestaat niet (waarde: \"31-02-2019\")");
    CHECK(ImportError{"c.csv", 4, "", "", "verwacht 3 velden"}.toString() == "c.csv:4: verwacht 3 velden");
    CHECK(ImportError{"c.csv", 0, "", "", "niet te openen"}.toString() == "c.csv: niet te openen");
    CHECK(ImportError{"", 0, "", "", "databasefout"}.toString() == "databasefout");
    CHECK(ImportError{"c.csv", 2, "regio", "", "leeg"}.toString() == "c.csv:2: regio: leeg");
}
