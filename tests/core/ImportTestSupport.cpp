#include "ImportTestSupport.h"

#include "core/db/Statement.h"

#include <sqlite3.h>

#include <catch2/catch.hpp>

#include <fstream>
#include <random>

namespace km::test {

// Day numbers of these dates, for the tests that read them back (Python's datetime,
// date(y, m, d) - date(1970, 1, 1)): 2019-01-15 = 17911, 2021-01-15 = 18642,
// 2019-03-15 = 17970, 2021-03-15 = 18701, 2020-02-01 = 18293, 2022-02-01 = 19024,
// 2019-02-01 = 17928, 2019-02-10 = 17937, 2019-08-01 = 18109, 2019-03-01 = 17956,
// 2019-06-01 = 18048.
const std::string validCasussen =
    "casus_id,cohort,regio,melddatum,einde_followup,minderjarigen,richting,aard,vt_eerder_betrokken,"
    "geweldsgeschiedenis,geschiedenis_jaren,datum_overdracht,casusregie,afstemming,veiligheidsplan,"
    "hulpverleningsplan,herstelplan,Notitie\n"
    "C1,NHN-2019,Alkmaar,2019-01-15,2021-01-15,ja,kind|partner,psychisch|fysiek,nee,ja,2.5,2019-02-01,ja,ja,allen,deels,geen,eerste\n"
    "C2,NHN-2019,West-Friesland,15-03-2019,15-03-2021,nee,partner,fysiek,ja,nee,,,nee,,geen,,,\n"
    "C3,NHN-2020,,1-2-2020,2022-02-01,,,,,,,,,,,,,\n";

const std::string validTrajecten =
    "casus_id,aanbieder,doelgroep,startdatum,einddatum,afloop,risicofactoren,Opmerking\n"
    "C1,ggz,volwassene,2019-02-10,2019-08-01,afgerond,psych_volwassene|verslaving,\n"
    "C1,jeugdhulp,kind,2019-03-01,,lopend,opvoeding,loopt nog\n"
    "C2,lokaal_team,systeem,,,niet_gestart,,\n";

const std::string validGebeurtenissen =
    "casus_id,datum,soort,bekend_bij\n"
    "C1,2019-06-01,nieuw_geweld,vt\n"
    "C2,2021-03-15,nieuwe_zorgen,beide\n";

ImportResult importTexts(Study& study, const std::string& casussen, const std::string& trajecten,
                         const std::string& gebeurtenissen, const ImportOptions& options)
{
    std::vector<ImportSource> sources;
    if (!casussen.empty())
        sources.push_back({TableKind::Casussen, "casussen.csv", casussen, {}});
    if (!trajecten.empty())
        sources.push_back({TableKind::Trajecten, "trajecten.csv", trajecten, {}});
    if (!gebeurtenissen.empty())
        sources.push_back({TableKind::Gebeurtenissen, "gebeurtenissen.csv", gebeurtenissen, {}});
    return Importer(study).run(sources, options);
}

std::string queryText(const Database& db, const std::string& sql)
{
    // The raw C API, because Statement does not say how many columns a row has.
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db.handle(), sql.c_str(), -1, &st, nullptr) == SQLITE_OK);
    std::string text;
    bool firstRow = true;
    int rc = 0;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (!firstRow)
            text += '\n';
        firstRow = false;
        for (int c = 0; c < sqlite3_column_count(st); ++c) {
            if (c > 0)
                text += '|';
            const auto* cell = reinterpret_cast<const char*>(sqlite3_column_text(st, c));
            text += cell ? cell : "NULL";
        }
    }
    sqlite3_finalize(st);
    REQUIRE(rc == SQLITE_DONE);
    return text;
}

std::string dumpStudy(const Database& db)
{
    std::string dump;
    Statement tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    while (tables.step()) {
        const std::string name = tables.text(0);
        dump += "== " + name + "\n" + queryText(db, "SELECT * FROM \"" + name + "\" ORDER BY rowid") + "\n";
    }
    return dump;
}

std::optional<ImportError> errorAt(const ImportResult& result, std::size_t line)
{
    std::vector<ImportError> found;
    for (const ImportError& e : result.errors)
        if (e.line == line)
            found.push_back(e);
    INFO(describe(result));
    CHECK(found.size() == 1);
    return found.size() == 1 ? std::optional(found.front()) : std::nullopt;
}

std::string describe(const ImportResult& result)
{
    std::string text;
    for (const ImportError& e : result.errors)
        text += "fout: " + e.toString() + "\n";
    for (const ImportError& e : result.warnings)
        text += "waarschuwing: " + e.toString() + "\n";
    return text;
}

TempDir::TempDir()
{
    std::random_device random;
    dir_ = std::filesystem::temp_directory_path() / ("km_import_test_" + std::to_string(random()));
    std::filesystem::create_directories(dir_);
}

TempDir::~TempDir()
{
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
}

std::string TempDir::write(const std::string& name, const std::string& content) const
{
    const std::string file = path(name);
    std::ofstream out(file, std::ios::binary);
    out << content;
    return file;
}

} // namespace km::test
