#include "ImportTestSupport.h"

#include "core/import/ColumnMap.h"

#include <catch2/catch.hpp>

using namespace km;
using namespace km::test;

// A registration system's export with its own headers; the user maps them onto the codebook.
// Expected values are read off the texts below.
namespace {

const std::string ownHeaders =
    "Dossiernummer;Steekproef;Datum melding;Einde observatie;Gemeente\n"
    "D-1;NHN-2019;15-01-2019;15-01-2021;Alkmaar\n"
    "D-2;NHN-2019;2019-02-01;2021-02-01;Heerhugowaard\n";

const std::map<std::string, std::string> ownMapping{
    {"dossiernummer", "casus_id"},
    {"  STEEKPROEF ", "cohort"},   // matched case-insensitively, spaces trimmed
    {"Datum melding", "melddatum"},
    {"Einde observatie", "einde_followup"},
};

ImportResult importWithMapping(Study& study, const std::string& text, const std::map<std::string, std::string>& mapping)
{
    ImportSource source{TableKind::Casussen, "export.csv", text, mapping};
    return Importer(study).run({source});
}

} // namespace

TEST_CASE("a column mapping makes a file with other headers importable", "[importer][mapping]")
{
    auto study = Study::open(":memory:", true);
    SECTION("without the mapping the required columns are missing")
    {
        const ImportResult result = importWithMapping(*study, ownHeaders, {});
        CHECK_FALSE(result.committed);
        CHECK(study->caseCount() == 0);
    }
    SECTION("with the mapping every row is stored under the codebook's fields")
    {
        const ImportResult result = importWithMapping(*study, ownHeaders, ownMapping);
        INFO(describe(result));
        REQUIRE(result.committed);
        CHECK(result.rows.at(TableKind::Casussen) == 2);
        CHECK(queryText(study->db(), "SELECT casus_id, cohort, melddatum, einde_followup FROM casussen_leesbaar ORDER BY casus_id")
              == "D-1|NHN-2019|2019-01-15|2021-01-15\nD-2|NHN-2019|2019-02-01|2021-02-01");
        // The unmapped column is kept as an extra attribute under its own header.
        CHECK(queryText(study->db(), "SELECT column_name, value FROM case_extra ORDER BY value")
              == "Gemeente|Alkmaar\nGemeente|Heerhugowaard");
    }
}

TEST_CASE("a mapped header wins over a column named after the field", "[importer][mapping]")
{
    const TableSpec& spec = Codebook::table(TableKind::Casussen);
    const std::vector<std::string> header{"casus_id", "cohort", "melddatum", "datum_vt", "einde_followup"};
    const ColumnMap columns(spec, header, {{"datum_vt", "melddatum"}});
    const std::size_t melddatum = static_cast<std::size_t>(*spec.fieldIndex("melddatum"));
    CHECK(columns.columnOfField(melddatum) == std::optional<std::size_t>(3));
    CHECK(columns.fieldOfColumn(2) == ColumnMap::noField);
    CHECK(columns.extraName(2) == "melddatum");
    CHECK(columns.usable());
    REQUIRE(columns.problems().size() == 1);
    CHECK(columns.problems()[0].column == std::optional<std::size_t>(2));
    CHECK(columns.problems()[0].severity == ImportError::Severity::Warning);
}

TEST_CASE("a mapping onto an unknown field or two columns onto one field is an error", "[importer][mapping]")
{
    const TableSpec& spec = Codebook::table(TableKind::Casussen);
    SECTION("unknown field")
    {
        const ColumnMap columns(spec, {"casus_id", "cohort", "melddatum", "einde_followup", "x"}, {{"x", "geen_veld"}});
        CHECK_FALSE(columns.usable());
        REQUIRE(columns.problems().size() == 1);
        CHECK(columns.problems()[0].column == std::optional<std::size_t>(4));
        CHECK(columns.problems()[0].message == "gekoppeld aan 'geen_veld', maar de tabel casussen heeft geen veld met die naam");
    }
    SECTION("two columns onto one field")
    {
        const ColumnMap columns(spec, {"id", "nummer", "cohort", "melddatum", "einde_followup"},
                                {{"id", "casus_id"}, {"nummer", "casus_id"}});
        CHECK_FALSE(columns.usable());
        CHECK(columns.columnOfField(0) == std::optional<std::size_t>(0));
        REQUIRE(columns.problems().size() == 1);
        CHECK(columns.problems()[0].message
              == "kolom 1 en 2 zijn allebei gekoppeld aan veld 'casus_id'; verwacht één kolom per veld");
    }
}

TEST_CASE("a failed import with a mapping leaves the study unchanged", "[importer][mapping]")
{
    auto study = Study::open(":memory:", true);
    const std::string before = dumpStudy(study->db());
    // Line 3: 31-02-2019 does not exist.
    const ImportResult result = importWithMapping(*study,
        "Dossiernummer;Steekproef;Datum melding;Einde observatie\n"
        "D-1;K;15-01-2019;15-01-2021\n"
        "D-2;K;31-02-2019;15-01-2021\n",
        ownMapping);
    CHECK_FALSE(result.committed);
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].line == 3);
    CHECK(result.errors[0].column == "Datum melding");
    CHECK(dumpStudy(study->db()) == before);
}
