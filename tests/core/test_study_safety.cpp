// Nothing lost: a killed import leaves the study as it was, study files are private, a newer
// schema is refused and a study busy in another program gives a clear message.
#include "ImportTestSupport.h"

#include "core/db/Statement.h"

#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

using namespace km;
using namespace km::test;

namespace {

unsigned fileMode(const std::string& path)
{
    struct stat info{};
    REQUIRE(::stat(path.c_str(), &info) == 0);
    return info.st_mode & 0777u;
}

std::string integrity(const Database& db)
{
    return queryText(db, "PRAGMA integrity_check");
}

// A casussen file of `rows` valid cases of cohort NIEUW.
std::string largeCasussen(int rows)
{
    std::string text = "casus_id,cohort,regio,melddatum,einde_followup\n";
    for (int i = 0; i < rows; ++i)
        text += "N" + std::to_string(i) + ",NIEUW,Alkmaar,2019-01-15,2021-01-15\n";
    return text;
}

// Runs in the forked child: imports `file` and signals half-way by creating `marker`; from
// then on each progress step takes a little longer, so the parent's kill lands mid-import.
[[noreturn]] void importInChild(const std::string& study, const std::string& file, const std::string& marker)
{
    try {
        auto s = Study::open(study, false);
        ImportOptions options;
        options.progress = [&](const ImportProgress& p) {
            if (p.rowsRead >= 100000) {
                if (!std::filesystem::exists(marker))
                    std::ofstream(marker) << p.rowsRead;
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            }
            return true;
        };
        Importer(*s).run({{TableKind::Casussen, file, {}, {}}}, options);
    } catch (...) {
    }
    ::_exit(0);
}

} // namespace

TEST_CASE("kill -9 in the middle of a large import leaves the study as it was")
{
    TempDir dir;
    const std::string path = dir.path("studie.db");
    std::string before;
    {
        auto study = Study::open(path, true);
        REQUIRE(importTexts(*study, validCasussen, validTrajecten, validGebeurtenissen).committed);
        before = dumpStudy(study->db());
    }
    const std::string file = dir.write("groot.csv", largeCasussen(200000));
    const std::string marker = dir.path("halfweg");

    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0)
        importInChild(path, file, marker);
    bool started = false;
    for (int i = 0; i < 12000 && !started; ++i) {
        started = std::filesystem::exists(marker);
        if (!started)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    REQUIRE(started);
    REQUIRE(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == SIGKILL);

    auto study = Study::open(path, false);
    CHECK(integrity(study->db()) == "ok");
    CHECK(queryText(study->db(), "SELECT count(*) FROM cases WHERE cohort = 'NIEUW'") == "0");
    CHECK(dumpStudy(study->db()) == before);
}

TEST_CASE("a new study file and its WAL file are readable only by the user (0600)")
{
    TempDir dir;
    const std::string path = dir.path("studie.db");
    const mode_t old = ::umask(022);
    auto study = Study::open(path, true);
    REQUIRE(importTexts(*study, validCasussen).committed);
    ::umask(old);
    CHECK(fileMode(path) == 0600u);
    REQUIRE(std::filesystem::exists(path + "-wal"));
    CHECK(fileMode(path + "-wal") == 0600u);
}

TEST_CASE("a study file of a newer schema version is refused with a clear message")
{
    TempDir dir;
    const std::string path = dir.path("nieuwer.db");
    {
        auto study = Study::open(path, true);
        study->db().exec("PRAGMA user_version = 99");
    }
    std::string message;
    try {
        Study::open(path, false);
    } catch (const DatabaseError& e) {
        message = e.message;
    }
    CHECK(message.find("schemaversie 99") != std::string::npos);
    CHECK(message.find("nieuwere Ketenmonitor") != std::string::npos);
    // Refusing must not touch the file: the version is still 99.
    Database db(path, Database::Mode::ReadOnly);
    CHECK(db.userVersion() == 99);
}

TEST_CASE("an import while another program writes the study is refused clearly, nothing corrupted")
{
    TempDir dir;
    const std::string path = dir.path("studie.db");
    auto study = Study::open(path, true);
    REQUIRE(importTexts(*study, validCasussen).committed);
    const std::string before = dumpStudy(study->db());

    // A second program instance: its own connection, holding the write lock.
    Database other(path, Database::Mode::ReadWrite);
    other.exec("BEGIN IMMEDIATE");
    const std::string more = "casus_id,cohort,melddatum,einde_followup\nD1,K,2019-01-15,2021-01-15\n";
    const ImportResult result = importTexts(*study, more);
    other.exec("ROLLBACK");

    CHECK_FALSE(result.committed);
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].message.find("de studie is in gebruik door een ander programma") != std::string::npos);
    CHECK(result.errors[0].message.find("er is niets geïmporteerd") != std::string::npos);
    CHECK(integrity(study->db()) == "ok");
    CHECK(dumpStudy(study->db()) == before);
    // Once the other program is done, the same import succeeds.
    CHECK(importTexts(*study, more).committed);
}
