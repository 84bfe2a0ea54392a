#include "ImportTestSupport.h"

#include "core/csv/CsvReader.h"
#include "core/import/MappingFile.h"

#include <catch2/catch.hpp>

using namespace km;
using namespace km::test;

namespace {

// A registration system's export with its own headers and its own yes/no values.
const std::string exportText =
    "Dossiernummer;Steekproef;Datum melding;Einde observatie;Kinderen\n"
    "D-1;NHN-2019;15-01-2019;15-01-2021;Ja, zeker\n"
    "D-2;NHN-2019;2019-02-01;2021-02-01;9\n"
    "D-3;NHN-2019;2019-02-01;2021-02-01;NEE \n";

const std::string mappingText =
    "tabel,kolom,veld,waarde,code\n"
    "casussen,Dossiernummer,casus_id,,\n"
    "casussen,Steekproef,cohort,,\n"
    "casussen,Datum melding,melddatum,,\n"
    "casussen,Einde observatie,einde_followup,,\n"
    "casussen,Kinderen,minderjarigen,\"Ja, zeker\",ja\n"
    "casussen,,minderjarigen,nee,nee\n"
    "casussen,,minderjarigen,9,\n";

MappingFileResult parse(const std::string& text)
{
    const auto reader = CsvReader::fromText(text, "koppeling.csv");
    return MappingFile::parse(*reader);
}

} // namespace

TEST_CASE("a mapping file maps headers and recodes values before validation", "[importer][mapping]")
{
    const MappingFileResult mapping = parse(mappingText);
    REQUIRE(mapping.errors.empty());
    const TableMapping& casussen = mapping.tables.at(TableKind::Casussen);
    CHECK(casussen.columnMapping.at("Datum melding") == "melddatum");
    CHECK(casussen.valueRecoding.at("minderjarigen").at("9").empty());

    std::vector<ImportSource> sources{{TableKind::Casussen, "export.csv", exportText, {}, {}}};
    MappingFile::applyTo(mapping, sources);
    auto study = Study::open(":memory:", true);
    const ImportResult result = Importer(*study).run(sources);
    INFO(describe(result));
    REQUIRE(result.committed);
    // "Ja, zeker" -> ja, 9 -> unknown, "NEE " -> nee (matched case-insensitively, trimmed).
    CHECK(queryText(study->db(), "SELECT casus_id, minderjarigen FROM cases ORDER BY casus_id")
          == "D-1|1\nD-2|NULL\nD-3|0");
}

TEST_CASE("without the value recoding the user's values are errors", "[importer][mapping]")
{
    MappingFileResult mapping = parse(mappingText);
    mapping.tables.at(TableKind::Casussen).valueRecoding.clear();
    std::vector<ImportSource> sources{{TableKind::Casussen, "export.csv", exportText, {}, {}}};
    MappingFile::applyTo(mapping, sources);
    auto study = Study::open(":memory:", true);
    const ImportResult result = Importer(*study).run(sources);
    CHECK_FALSE(result.committed);
    const auto error = errorAt(result, 2);
    REQUIRE(error);
    CHECK(error->column == "Kinderen");
    CHECK(error->value == "Ja, zeker");
}

TEST_CASE("mistakes in a mapping file are errors with line and column", "[importer][mapping]")
{
    const MappingFileResult mapping = parse(
        "tabel,kolom,veld,waarde,code\n"
        "casussen,Datum,meldatum,,\n"          // line 2: not a field
        "zaken,Datum,melddatum,,\n"            // line 3: not a table
        "casussen,,minderjarigen,,ja\n"        // line 4: a code without a value
        "casussen,,minderjarigen,,\n");        // line 5: nothing to do
    REQUIRE(mapping.errors.size() == 4);
    CHECK(mapping.errors[0].line == 2);
    CHECK(mapping.errors[0].column == "veld");
    CHECK(mapping.errors[0].value == "meldatum");
    CHECK(mapping.errors[1].line == 3);
    CHECK(mapping.errors[1].column == "tabel");
    CHECK(mapping.errors[2].line == 4);
    CHECK(mapping.errors[2].column == "waarde");
    CHECK(mapping.errors[3].line == 5);
    CHECK(mapping.errors[3].column == "kolom");

    const MappingFileResult noHeader = parse("a,b\n1,2\n");
    REQUIRE(noHeader.errors.size() == 1);
    CHECK(noHeader.errors[0].line == 1);
}

TEST_CASE("a mapping written by serialize reads back unchanged", "[importer][mapping]")
{
    // Values with the delimiters, quotes and non-ASCII letters a registration system may use.
    std::map<TableKind, TableMapping> tables;
    TableMapping& cases = tables[TableKind::Casussen];
    cases.columnMapping = {{"Kinderen", "minderjarigen"}, {"Datum melding", "melddatum"}, {"Nr; intern", "casus_id"}};
    cases.valueRecoding["minderjarigen"] = {{"Ja, zeker", "ja"}, {"\"nee\"", "nee"}, {"9", ""}};
    cases.valueRecoding["richting"] = {{"Partner; ex", "partner"}};
    TableMapping& trajectories = tables[TableKind::Trajecten];
    trajectories.valueRecoding["afloop"] = {{"Gestopt door cliënt", "voortijdig_client"}};

    const std::string text = MappingFile::serialize(tables);
    // Written by hand from the rules in docs/import-mapping.md: columns in field order (casus_id,
    // melddatum, minderjarigen), then values per field in codebook order, each sorted; fields with
    // , ; or " quoted, quotes doubled.
    CHECK(text ==
          "tabel,kolom,veld,waarde,code\n"
          "casussen,\"Nr; intern\",casus_id,,\n"
          "casussen,Datum melding,melddatum,,\n"
          "casussen,Kinderen,minderjarigen,,\n"
          "casussen,,minderjarigen,\"\"\"nee\"\"\",nee\n"
          "casussen,,minderjarigen,9,\n"
          "casussen,,minderjarigen,\"Ja, zeker\",ja\n"
          "casussen,,richting,\"Partner; ex\",partner\n"
          "trajecten,,afloop,Gestopt door cliënt,voortijdig_client\n");

    const MappingFileResult back = parse(text);
    REQUIRE(back.errors.empty());
    REQUIRE(back.tables.size() == 2);
    CHECK(back.tables.at(TableKind::Casussen).columnMapping == cases.columnMapping);
    CHECK(back.tables.at(TableKind::Casussen).valueRecoding == cases.valueRecoding);
    CHECK(back.tables.at(TableKind::Trajecten).columnMapping.empty());
    CHECK(back.tables.at(TableKind::Trajecten).valueRecoding == trajectories.valueRecoding);
}
