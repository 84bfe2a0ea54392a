#include "FormatTestSupport.h"

#include <catch2/catch.hpp>

using namespace km;
using namespace km::test;

// The same small study (ImportTestSupport's CSV texts) written as CSV, .xlsx, .ods and .sav must
// give the same study: the figures are compared with the CSV import, whose values are checked
// by hand in test_importer_basic.cpp, and the stored cases are compared column by column.
namespace {

const std::string storedCases =
    "SELECT casus_id, cohort, regio, melddatum, einde_followup, minderjarigen, richting, aard, vt_eerder_betrokken, "
    "geweldsgeschiedenis, geschiedenis_jaren, datum_overdracht, casusregie, afstemming, veiligheidsplan, "
    "hulpverleningsplan, herstelplan FROM casussen_leesbaar ORDER BY casus_id";
const std::string storedTrajectories =
    "SELECT casus_id, aanbieder, doelgroep, startdatum, einddatum, afloop, risicofactoren FROM trajecten_leesbaar "
    "ORDER BY casus_id, aanbieder";
const std::string storedEvents = "SELECT casus_id, datum, soort, bekend_bij FROM gebeurtenissen_leesbaar ORDER BY casus_id";

std::string contents(const Study& study)
{
    return queryText(study.db(), storedCases) + "\n" + queryText(study.db(), storedTrajectories) + "\n"
        + queryText(study.db(), storedEvents);
}

std::vector<ImportSource> workbookSources(const std::string& path)
{
    return {{TableKind::Casussen, path, {}, {}, {}}, {TableKind::Trajecten, path, {}, {}, {}},
            {TableKind::Gebeurtenissen, path, {}, {}, {}}};
}

struct Reference
{
    std::unique_ptr<Study> study = Study::open(":memory:", true);
    Reference() { REQUIRE(importTexts(*study, validCasussen, validTrajecten, validGebeurtenissen).committed); }
};

void requireSame(const std::vector<ImportSource>& sources)
{
    Reference csv;
    auto study = Study::open(":memory:", true);
    const ImportResult result = Importer(*study).run(sources);
    INFO(describe(result));
    REQUIRE(result.committed);
    CHECK(result.rows.at(TableKind::Casussen) == 3);
    CHECK(result.rows.at(TableKind::Trajecten) == 3);
    CHECK(result.rows.at(TableKind::Gebeurtenissen) == 2);
    CHECK(contents(*study) == contents(*csv.study));
    CHECK(figuresText(*study) == figuresText(*csv.study));
}

} // namespace

TEST_CASE("the CSV reference study has the values the format tests compare with", "[import][formats]")
{
    Reference csv;
    // Read off validCasussen: C1 has geschiedenis_jaren 2.5, C2's Dutch dates are stored as ISO dates.
    CHECK(queryText(csv.study->db(), "SELECT casus_id, melddatum, einde_followup, geschiedenis_jaren FROM casussen_leesbaar ORDER BY casus_id")
          == "C1|2019-01-15|2021-01-15|2.5\nC2|2019-03-15|2021-03-15|NULL\nC3|2020-02-01|2022-02-01|NULL");
}

TEST_CASE("an .xlsx workbook gives the same study as the CSV files", "[import][formats][xlsx]")
{
    TempDir dir;
    const std::string path = dir.path("studie.xlsx");
    writeXlsx(path, smallStudy());
    requireSame(workbookSources(path));
}

TEST_CASE("an .ods workbook gives the same study as the CSV files", "[import][formats][ods]")
{
    requireSame(workbookSources(std::string(KM_TEST_DATA) + "/study.ods"));
}

TEST_CASE("an .ods workbook as LibreOffice saves it, booleans and padding included, gives the same study",
          "[import][formats][ods]")
{
    // study_booleans.ods: yes/no as WAAR/ONWAAR cells, repeated cells, a comment, a date-time value.
    requireSame(workbookSources(std::string(KM_TEST_DATA) + "/study_booleans.ods"));
}

TEST_CASE("SPSS .sav files give the same study as the CSV files", "[import][formats][sav]")
{
    TempDir dir;
    const auto tables = smallStudy();
    std::vector<ImportSource> sources;
    for (const PlainTable& table : tables) {
        const std::string path = dir.path(Codebook::table(table.kind).name + ".sav");
        writeSav(path, table);
        sources.push_back({table.kind, path, {}, {}, {}});
    }
    requireSame(sources);
}
