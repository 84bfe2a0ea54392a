// Backup-then-migrate: a study written by the previous program (schema version 1, the fixture
// tests/fixtures/study-v1.sql) is copied next to itself and then brought to version 2; when the
// copy cannot be written nothing is changed. A newer version is refused.
#include "ImportTestSupport.h"

#include "core/db/LoginName.h"
#include "core/db/Schema.h"
#include "core/db/Statement.h"
#include "core/indicators/IndicatorEngine.h"
#include "core/util/Sha256.h"

#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>

using namespace km;
using namespace km::test;

namespace {

std::string readBytes(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The fixture as a study file at `path`, written the way the sqlite3 shell would load it.
void writeV1Study(const std::string& path)
{
    Database db(path, Database::Mode::ReadWriteCreate);
    db.exec(readBytes(std::string(KM_TEST_DATA) + "/study-v1.sql"));
}

std::vector<std::string> backupsIn(const std::string& dir)
{
    std::vector<std::string> found;
    for (const auto& entry : std::filesystem::directory_iterator(dir))
        if (entry.path().extension() == ".bak")
            found.push_back(entry.path().string());
    return found;
}

unsigned fileMode(const std::string& path)
{
    struct stat info{};
    REQUIRE(::stat(path.c_str(), &info) == 0);
    return info.st_mode & 0777u;
}

// Every figure of a set as text, so two sets compare in one CHECK with a readable difference.
std::string figures(const IndicatorSet& set)
{
    std::ostringstream out;
    out << "cases " << set.cases << '\n';
    for (const Proportion& p : set.proportions)
        out << p.id << ' ' << p.numerator << '/' << p.denominator << " unknown " << p.unknown << '\n';
    for (const Distribution& d : set.distributions)
        out << d.id << " n " << d.n << " mean " << d.mean.value_or(-1) << " median " << d.median.value_or(-1) << '\n';
    return out.str();
}

std::string openError(const std::string& path)
{
    try {
        Study::open(path, false);
    } catch (const DatabaseError& e) {
        return e.message;
    }
    return {};
}

} // namespace

TEST_CASE("a schema 1 study is backed up (0600) and then migrated to schema 2 with the same figures")
{
    TempDir dir;
    const std::string path = dir.path("studie.db");
    writeV1Study(path);
    REQUIRE(Database(path, Database::Mode::ReadOnly).userVersion() == 1);

    const mode_t old = ::umask(022);
    auto study = Study::open(path, false);
    ::umask(old);

    const auto backups = backupsIn(dir.path(""));
    REQUIRE(backups.size() == 1);
    const std::string backupName = std::filesystem::path(backups[0]).filename().string();
    // studie.db.v1-yyyymmdd-hhmmss.bak
    CHECK(backupName.rfind("studie.db.v1-", 0) == 0);
    CHECK(backupName.size() == std::string("studie.db.v1-20261125-012345.bak").size());
    CHECK(fileMode(backups[0]) == 0600u);

    // The backup's bytes, copied elsewhere, are the study as it was: schema 1, no user column,
    // the demo study's 219 cases (resources/demo/casussen.csv has 219 data lines).
    const std::string copy = dir.write("kopie.db", readBytes(backups[0]));
    {
        Database old1(copy, Database::Mode::ReadOnly);
        CHECK(old1.userVersion() == 1);
        CHECK(queryText(old1, "SELECT count(*) FROM cases") == "219");
        CHECK(queryText(old1, "SELECT count(*) FROM pragma_table_info('imports') WHERE name = 'user'") == "0");
        CHECK(queryText(old1, "PRAGMA integrity_check") == "ok");
    }

    CHECK(study->db().userVersion() == Schema::currentVersion);
    CHECK(Schema::currentVersion == 2);
    CHECK(study->caseCount() == 219);
    // The same CSV files are compiled in as the demo study: every figure must be the same.
    const auto demo = Study::openDemo();
    CHECK(figures(IndicatorEngine(*study).compute({})) == figures(IndicatorEngine(*demo).compute({})));
    const Selection nhn2019{{"NHN-2019"}, std::nullopt, std::nullopt};
    const IndicatorSet migrated2019 = IndicatorEngine(*study).compute(nhn2019);
    CHECK(figures(migrated2019) == figures(IndicatorEngine(*demo).compute(nhn2019)));
    // Published NHN-2019 figure (published-figures.md): 90% of cases with minors involved.
    REQUIRE(migrated2019.proportion("kenmerken.minderjarigen"));
    CHECK(std::lround(*migrated2019.proportion("kenmerken.minderjarigen")->percent) == 90);

    const auto log = study->auditLog();
    REQUIRE(log.size() == 2);
    CHECK(log[0].action == "import");
    CHECK(log[0].user.empty());   // written by schema 1: nobody knows who
    CHECK(log[1].action == "migratie");
    CHECK(log[1].details == "schema 1 -> 2, reservekopie " + backupName);
    CHECK(log[1].files == backupName + " " + Sha256::of(readBytes(backups[0])));
    CHECK(log[1].user == LoginName::current());

    // Opened again: already version 2, so no second backup and no second migration.
    study.reset();
    study = Study::open(path, false);
    CHECK(backupsIn(dir.path("")).size() == 1);
    CHECK(study->auditLog().size() == 2);
}

TEST_CASE("after the migration imports and events record who did them")
{
    TempDir dir;
    const std::string path = dir.path("studie.db");
    writeV1Study(path);
    auto study = Study::open(path, false);
    const std::string more = "casus_id,cohort,melddatum,einde_followup\nX1,NIEUW,2019-01-15,2021-01-15\n";
    REQUIRE(importTexts(*study, more).committed);
    study->deleteCohort("NIEUW");
    const auto log = study->auditLog();
    REQUIRE(log.size() == 4);   // old import, then migratie, new import and delete-cohort
    CHECK(log[0].user.empty());
    // The log orders by the second; within one second imports come first, so compare as a set.
    std::multiset<std::string> actions;
    for (std::size_t i = 1; i < log.size(); ++i) {
        actions.insert(log[i].action);
        CHECK(log[i].user == LoginName::current());
    }
    CHECK(actions == std::multiset<std::string>{"delete-cohort", "import", "migratie"});
    CHECK_FALSE(LoginName::current().empty());
}

TEST_CASE("a study of schema 3 is refused and gets no backup")
{
    TempDir dir;
    const std::string path = dir.path("studie.db");
    {
        auto study = Study::open(path, true);
        study->db().exec("PRAGMA user_version = 3");
    }
    const std::string message = openError(path);
    CHECK(message.find("schemaversie 3") != std::string::npos);
    CHECK(message.find("tot en met versie 2") != std::string::npos);
    CHECK(backupsIn(dir.path("")).empty());
    CHECK(Database(path, Database::Mode::ReadOnly).userVersion() == 3);
}

TEST_CASE("when the backup cannot be written the study is not migrated and not changed")
{
    TempDir dir;
    const std::string path = dir.path("studie.db");
    writeV1Study(path);
    const std::string before = readBytes(path);

    // Any file may grow to 4 KiB only, as on a full disk; the study (larger) is only read.
    // This also holds for root, for whom a read-only folder would not stop the copy.
    rlimit saved{};
    REQUIRE(::getrlimit(RLIMIT_FSIZE, &saved) == 0);
    const auto previous = ::signal(SIGXFSZ, SIG_IGN);
    rlimit small = saved;
    small.rlim_cur = 4096;
    REQUIRE(::setrlimit(RLIMIT_FSIZE, &small) == 0);
    const std::string message = openError(path);
    ::setrlimit(RLIMIT_FSIZE, &saved);
    ::signal(SIGXFSZ, previous);

    CHECK(message.find("reservekopie " + path + ".v1-") != std::string::npos);
    CHECK(message.find("kon niet worden geschreven") != std::string::npos);
    CHECK(message.find("Het studiebestand is niet veranderd") != std::string::npos);
    CHECK(backupsIn(dir.path("")).empty());   // no half-written copy left behind
    CHECK(readBytes(path) == before);
    CHECK_FALSE(std::filesystem::exists(path + "-wal"));
    CHECK(Database(path, Database::Mode::ReadOnly).userVersion() == 1);
}

TEST_CASE("a study in a folder the user cannot write to is not migrated")
{
    if (::geteuid() == 0) {
        WARN("running as root: a read-only folder does not stop root; covered by the file size test");
        return;
    }
    TempDir dir;
    const std::string folder = dir.path("alleen-lezen");
    std::filesystem::create_directory(folder);
    const std::string path = folder + "/studie.db";
    writeV1Study(path);
    const std::string before = readBytes(path);
    std::filesystem::permissions(folder, std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
    const std::string message = openError(path);
    std::filesystem::permissions(folder, std::filesystem::perms::owner_all);
    CHECK(message.find("kon niet worden geschreven") != std::string::npos);
    CHECK(backupsIn(folder).empty());
    CHECK(readBytes(path) == before);
}
