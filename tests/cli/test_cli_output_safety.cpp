// Outputs under unlucky conditions: a full disk (a file-size limit in the child, as on a disk
// that fills up), a path that is the study, a link or another study, a careless umask, a study
// readable by others, and a study in a folder that cannot be written.
#include "tests/cli/CliRunner.h"
#include "tests/cli/DemoStudy.h"
#include "tests/cli/TempDir.h"
#include "tests/cli/TextContains.h"

#include "core/db/Statement.h"
#include "core/db/Study.h"

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <map>
#include <optional>

using km::test::CliConditions;
using km::test::CliResult;
using km::test::CliRunner;
using km::test::contains;
using km::test::DemoStudy;
using km::test::readFile;
using km::test::TempDir;

namespace fs = std::filesystem;

namespace {

constexpr unsigned long long fullDisk = 40000;   // bytes a file may grow to: the study's -shm fits
constexpr unsigned nobody = 65534;

bool figuresBuilt(const CliResult& result)
{
    if (result.exitCode == 3 && contains(result.err, "niet beschikbaar")) {
        WARN("built without the desktop program's ui library: no report/export");
        return false;
    }
    return true;
}

std::size_t auditSize(const std::string& study)
{
    return km::Study::open(study, false)->auditLog().size();
}

// Temporary outputs start with a dot; a leftover would show here.
std::vector<std::string> leftovers(const std::string& folder)
{
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder))
        if (entry.path().filename().string().rfind('.', 0) == 0)
            names.push_back(entry.path().filename().string());
    return names;
}

std::map<std::string, std::string> contentsOf(const std::string& folder)
{
    std::map<std::string, std::string> files;
    for (const auto& entry : fs::directory_iterator(folder))
        files[entry.path().filename().string()] = readFile(entry.path().string());
    return files;
}

// The files of a first, successful export into `folder`; empty when built without figures.
std::optional<std::map<std::string, std::string>> firstExport(const std::string& study, const std::string& folder)
{
    const CliResult first = CliRunner::run({"export", study, "--out", folder});
    if (!figuresBuilt(first))
        return std::nullopt;
    REQUIRE(first.exitCode == 0);
    return contentsOf(folder);
}

unsigned modeOf(const std::string& path)
{
    struct stat file{};
    REQUIRE(::stat(path.c_str(), &file) == 0);
    return file.st_mode & 07777;
}

} // namespace

TEST_CASE("a report on a full disk exits 3, keeps the previous report and records nothing", "[cli][figures][output]")
{
    TempDir dir;
    const std::string study = DemoStudy::create(dir, "studie.db");
    for (const std::string name : {"rapport.html", "rapport.pdf"}) {
        const std::string report = dir.file(name);
        const CliResult first = CliRunner::run({"report", study, "--out", report});
        if (!figuresBuilt(first))
            return;
        REQUIRE(first.exitCode == 0);
        const std::string previous = readFile(report);
        REQUIRE(previous.size() > fullDisk);
        const std::size_t logged = auditSize(study);

        const CliResult full = CliRunner::run({"report", study, "--out", report, "--no-suppression"},
                                              CliConditions{fullDisk, {}});
        INFO(full.err);
        CHECK(full.exitCode == 3);
        CHECK(contains(full.err, "Schrijven van " + report + " mislukt: bestand te groot"));
        CHECK_FALSE(contains(full.out, "Rapport geschreven"));
        CHECK(readFile(report) == previous);
        CHECK(leftovers(dir.path()).empty());
        CHECK(auditSize(study) == logged);
    }
}

TEST_CASE("an export on a full disk exits 3 and leaves the folder as it was (all or nothing)", "[cli][figures][output]")
{
    TempDir dir;
    const std::string study = DemoStudy::create(dir, "studie.db");
    const std::string folder = dir.file("figuren");
    const auto exported = firstExport(study, folder);
    if (!exported)
        return;
    const auto& previous = *exported;
    std::size_t small = 0;
    for (const auto& [name, bytes] : previous)
        small += bytes.size() < fullDisk;
    REQUIRE(small > 0);                 // some files fit, so the failure comes halfway
    REQUIRE(small < previous.size());
    const std::size_t logged = auditSize(study);

    const CliResult full = CliRunner::run({"export", study, "--out", folder, "--no-suppression"}, CliConditions{fullDisk, {}});
    INFO(full.err);
    CHECK(full.exitCode == 3);
    CHECK(contains(full.err, "mislukt: bestand te groot"));
    CHECK(contentsOf(folder) == previous);
    CHECK(leftovers(folder).empty());
    CHECK(auditSize(study) == logged);
}

TEST_CASE("report never writes over the open study, through a hard link or a symlink", "[cli][figures][output]")
{
    TempDir dir;
    const std::string study = DemoStudy::create(dir, "studie.db");
    const std::int64_t cases = km::Study::open(study, false)->caseCount();
    const std::string hardLink = dir.file("kopie.html");
    REQUIRE(::link(study.c_str(), hardLink.c_str()) == 0);
    for (const std::string& target : {hardLink, dir.path() + "/../" + fs::path(dir.path()).filename().string() + "/kopie.html"}) {
        const CliResult r = CliRunner::run({"report", study, "--out", target, "--overwrite"});
        if (!figuresBuilt(r))
            return;
        INFO(r.err);
        CHECK(r.exitCode == 3);
        CHECK(contains(r.err, "geweigerd: dit is het geopende studiebestand"));
    }
    const std::string link = dir.file("link.html");
    REQUIRE(::symlink(study.c_str(), link.c_str()) == 0);
    const CliResult refused = CliRunner::run({"report", study, "--out", link});
    CHECK(refused.exitCode == 3);
    CHECK(contains(refused.err, "symbolische koppeling"));
    // --overwrite replaces the link itself; the study it pointed to is untouched.
    const CliResult replaced = CliRunner::run({"report", study, "--out", link, "--overwrite"});
    INFO(replaced.err);
    CHECK(replaced.exitCode == 0);
    CHECK_FALSE(fs::is_symlink(link));
    CHECK(readFile(link).rfind("<html>", 0) == 0);
    CHECK(km::Study::open(study, false)->caseCount() == cases);
}

TEST_CASE("report does not overwrite another study or a folder without --overwrite", "[cli][figures][output]")
{
    TempDir dir;
    const std::string study = DemoStudy::create(dir, "studie.db");
    const std::string other = DemoStudy::create(dir, "ander.html");
    const std::string before = readFile(other);
    const CliResult refused = CliRunner::run({"report", study, "--out", other});
    if (!figuresBuilt(refused))
        return;
    CHECK(refused.exitCode == 3);
    CHECK(contains(refused.err, "dit is een studiebestand; overschrijven alleen met --overwrite"));
    CHECK(readFile(other) == before);
    CHECK(CliRunner::run({"report", study, "--out", other, "--overwrite"}).exitCode == 0);
    CHECK(readFile(other).rfind("<html>", 0) == 0);

    fs::create_directory(dir.file("map.pdf"));
    const CliResult folder = CliRunner::run({"report", study, "--out", dir.file("map.pdf"), "--overwrite"});
    CHECK(folder.exitCode == 3);
    CHECK(contains(folder.err, "er staat een map met die naam"));
}

TEST_CASE("reports and exports are created 0600 whatever the umask", "[cli][figures][output]")
{
    TempDir dir;
    const std::string study = DemoStudy::create(dir, "studie.db");
    const mode_t previous = ::umask(0);
    const CliResult report = CliRunner::run({"report", study, "--out", dir.file("r.pdf"), "--no-suppression"});
    const CliResult exported = CliRunner::run({"export", study, "--out", dir.file("figuren")});
    ::umask(previous);
    if (!figuresBuilt(report))
        return;
    REQUIRE(report.exitCode == 0);
    REQUIRE(exported.exitCode == 0);
    CHECK(modeOf(dir.file("r.pdf")) == 0600);
    for (const auto& entry : fs::directory_iterator(dir.file("figuren"))) {
        INFO(entry.path());
        CHECK(modeOf(entry.path().string()) == 0600);
    }
}

TEST_CASE("a study readable by others is tightened to 0600 when opened, with a warning", "[cli][output]")
{
    TempDir dir;
    const std::string study = DemoStudy::create(dir, "studie.db");
    REQUIRE(::chmod(study.c_str(), 0644) == 0);
    const CliResult r = CliRunner::run({"indicators", study, "--format", "json"});
    INFO(r.err);
    CHECK(r.exitCode == 0);
    CHECK(contains(r.err, "had rechten 0644 en was dus ook voor anderen toegankelijk; de rechten zijn aangepast naar 0600"));
    CHECK(modeOf(study) == 0600);
}

TEST_CASE("a study in a folder that cannot be written is read, and nothing is written there", "[cli][output]")
{
    TempDir dir;
    REQUIRE(::chmod(dir.path().c_str(), 0755) == 0);   // the other user must reach the folder
    const std::string folder = dir.file("alleen-lezen");
    fs::create_directory(folder);
    const std::string study = DemoStudy::create(dir, "alleen-lezen/studie.db");
    const CliResult expected = CliRunner::run({"indicators", study, "--format", "json"});
    REQUIRE(expected.exitCode == 0);
    REQUIRE((::chown(folder.c_str(), nobody, nobody) == 0 || ::geteuid() != 0));
    REQUIRE((::chown(study.c_str(), nobody, nobody) == 0 || ::geteuid() != 0));
    REQUIRE(::chmod(folder.c_str(), 0555) == 0);
    const auto before = contentsOf(folder);

    const CliResult r = CliRunner::run({"indicators", study, "--format", "json"}, CliConditions{{}, nobody});
    INFO(r.err);
    CHECK(r.exitCode == 0);
    CHECK(r.out == expected.out);
    const CliResult compare = CliRunner::run({"compare", study, "--cohort", "NHN-2019", "--cohort", "NHN-2023"},
                                             CliConditions{{}, nobody});
    CHECK(compare.exitCode == 0);
    const CliResult report = CliRunner::run({"report", study, "--out", dir.file("r.html")}, CliConditions{{}, nobody});
    if (figuresBuilt(report)) {
        CHECK(report.exitCode == 3);
        CHECK(contains(report.err, "alleen-lezen"));   // the log cannot record it, so nothing is written
        CHECK_FALSE(fs::exists(dir.file("r.html")));
    }
    CHECK(contentsOf(folder) == before);
    ::chmod(folder.c_str(), 0755);
}

TEST_CASE("a WAL study with pending changes in a folder that cannot be written is read with its -shm", "[cli][output]")
{
    TempDir dir;
    REQUIRE(::chmod(dir.path().c_str(), 0755) == 0);
    const std::string folder = dir.file("alleen-lezen");
    fs::create_directory(folder);
    const std::string study = DemoStudy::create(dir, "alleen-lezen/studie.db");
    // A program that stopped without closing (kill -9): its last commit is only in the -wal.
    const pid_t writer = ::fork();
    REQUIRE(writer >= 0);
    if (writer == 0) {
        km::Database db(study, km::Database::Mode::ReadWrite);
        db.exec("PRAGMA wal_autocheckpoint = 0");
        db.exec("INSERT INTO cases(casus_id, cohort, melddatum, einde_followup, import_id, source_line) SELECT 'EXTRA-1', 'EXTRA', 18000, 18400, max(id), 1 FROM imports");
        ::_exit(0);
    }
    ::waitpid(writer, nullptr, 0);
    REQUIRE(fs::file_size(study + "-wal") > 0);
    for (const std::string& file : {folder, study, study + "-wal", study + "-shm"})
        REQUIRE((::chown(file.c_str(), nobody, nobody) == 0 || ::geteuid() != 0));
    REQUIRE(::chmod(folder.c_str(), 0555) == 0);

    const CliResult r = CliRunner::run({"indicators", study, "--cohort", "EXTRA", "--format", "csv"},
                                       CliConditions{{}, nobody});
    INFO(r.err);
    CHECK(r.exitCode == 0);   // the cohort exists only in the WAL: exit 2 if it were not read
    ::chmod(folder.c_str(), 0755);
}

TEST_CASE("an import on a full disk exits 3 (not 'input errors') and leaves the study as it was", "[cli][output]")
{
    TempDir dir;
    const std::string study = DemoStudy::create(dir, "studie.db");
    const std::int64_t cases = km::Study::open(study, false)->caseCount();
    std::string casussen = "casus_id,cohort,regio,melddatum,einde_followup\n";
    for (int i = 0; i < 5000; ++i)
        casussen += "VOL" + std::to_string(i) + ",VOL,Alkmaar,2019-01-15,2021-01-15\n";
    const CliResult full = CliRunner::run({"import", study, "--casussen", dir.write("vol.csv", casussen)},
                                          CliConditions{fullDisk, {}});
    INFO(full.err);
    CHECK(full.exitCode == 3);
    CHECK(contains(full.err, "schijf vol"));
    CHECK(contains(full.err, "Schrijven van " + study + " mislukt; het studiebestand is niet veranderd."));
    const auto reopened = km::Study::open(study, false);
    CHECK(reopened->caseCount() == cases);
    km::Statement check = reopened->db().prepare("PRAGMA integrity_check");
    REQUIRE(check.step());
    CHECK(check.text(0) == "ok");
}

TEST_CASE("an export killed with kill -9 halfway leaves the previous files; the next export clears its leftovers", "[cli][figures][output]")
{
    TempDir dir;
    const std::string study = DemoStudy::create(dir, "studie.db");
    const std::string folder = dir.file("figuren");
    const auto exported = firstExport(study, folder);
    if (!exported)
        return;
    const auto& previous = *exported;

    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        const int devnull = ::open("/dev/null", O_WRONLY);
        ::dup2(devnull, STDOUT_FILENO);
        ::dup2(devnull, STDERR_FILENO);
        ::execl(KM_CLI, KM_CLI, "export", study.c_str(), "--out", folder.c_str(), "--no-suppression", nullptr);
        ::_exit(127);
    }
    // The export's temporary files appear one by one while it draws the next chart: kill it then.
    bool writing = false;
    for (int i = 0; i < 6000 && !writing; ++i) {
        writing = !leftovers(folder).empty();
        if (!writing)
            ::usleep(10000);
    }
    ::kill(child, SIGKILL);
    ::waitpid(child, nullptr, 0);
    REQUIRE(writing);
    auto after = contentsOf(folder);
    for (const std::string& name : leftovers(folder))
        after.erase(name);
    CHECK(after == previous);

    const CliResult again = CliRunner::run({"export", study, "--out", folder});
    CHECK(again.exitCode == 0);
    CHECK(leftovers(folder).empty());
}
