// Outputs are complete or absent: km::OutputBatch writes next to the final path, syncs, checks
// and renames; km::OutputTarget refuses paths where writing would destroy something.
#include "core/output/OutputBatch.h"
#include "core/output/OutputTarget.h"

#include <catch2/catch.hpp>

#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace {

struct Folder
{
    Folder()
    {
        std::string pattern = (fs::temp_directory_path() / "km_output_XXXXXX").string();
        REQUIRE(::mkdtemp(pattern.data()));
        path = pattern;
    }
    ~Folder() { fs::remove_all(path); }
    std::string file(const std::string& name) const { return path + "/" + name; }
    std::string path;
};

std::string contentOf(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void put(const std::string& path, const std::string& text)
{
    std::ofstream(path, std::ios::binary) << text;
}

// What is in the folder besides the expected names: a temporary file left behind would be here.
std::vector<std::string> hiddenFiles(const Folder& folder)
{
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder.path))
        if (entry.path().filename().string().front() == '.')
            names.push_back(entry.path().filename().string());
    return names;
}

} // namespace

TEST_CASE("an output replaces the previous file and is created 0600 whatever the umask", "[output]")
{
    Folder folder;
    const std::string path = folder.file("rapport.html");
    put(path, "oud");
    ::chmod(path.c_str(), 0644);
    const mode_t previous = ::umask(0);
    const auto failed = km::OutputBatch::writeOne(path, "<html>nieuw</html>", {});
    ::umask(previous);
    REQUIRE_FALSE(failed);
    CHECK(contentOf(path) == "<html>nieuw</html>");
    struct stat written{};
    REQUIRE(::stat(path.c_str(), &written) == 0);
    CHECK((written.st_mode & 0777) == 0600);
    CHECK(hiddenFiles(folder).empty());
}

TEST_CASE("the open study is never an output, by identity: its name, a hard link, a symlink", "[output]")
{
    Folder folder;
    const std::string study = folder.file("studie.db");
    put(study, std::string("SQLite format 3\0", 16) + "casusgegevens");
    const std::string before = contentOf(study);
    const km::OutputRules anything{km::Replace::AnyFile, km::OutputTarget::studyFiles(study)};
    REQUIRE(::link(study.c_str(), folder.file("kopie.html").c_str()) == 0);

    for (const std::string& path : {study, folder.file("kopie.html"), folder.path + "/../" + fs::path(folder.path).filename().string() + "/studie.db"}) {
        const auto refused = km::OutputBatch::writeOne(path, "rapport", anything);
        REQUIRE(refused);
        CHECK(refused->kind == km::OutputError::Kind::Refused);
        CHECK(refused->message() == "Schrijven van " + path
              + " geweigerd: dit is het geopende studiebestand (of een koppeling ernaar); kies een andere naam");
    }
    CHECK(contentOf(study) == before);

    // A symlink to the study: refused, and with AnyFile the link itself is replaced.
    const std::string link = folder.file("link.html");
    REQUIRE(::symlink(study.c_str(), link.c_str()) == 0);
    const auto refused = km::OutputBatch::writeOne(link, "rapport", {km::Replace::Outputs, km::OutputTarget::studyFiles(study)});
    REQUIRE(refused);
    CHECK(refused->reason.find("symbolische koppeling") != std::string::npos);
    REQUIRE_FALSE(km::OutputBatch::writeOne(link, "rapport", anything));
    CHECK_FALSE(fs::is_symlink(link));
    CHECK(contentOf(link) == "rapport");
    CHECK(contentOf(study) == before);
    CHECK(hiddenFiles(folder).empty());
}

TEST_CASE("a directory, another study and an existing backup are not overwritten", "[output]")
{
    Folder folder;
    fs::create_directory(folder.file("map.pdf"));
    const auto directory = km::OutputBatch::writeOne(folder.file("map.pdf"), "x", {km::Replace::AnyFile, {}});
    REQUIRE(directory);
    CHECK(directory->reason == "er staat een map met die naam; kies een andere naam");

    const std::string other = folder.file("ander.html");
    const std::string study = std::string("SQLite format 3\0", 16) + "andere studie";
    put(other, study);
    const auto refused = km::OutputBatch::writeOne(other, "x", {});
    REQUIRE(refused);
    CHECK(refused->reason == "dit is een studiebestand; overschrijven alleen met --overwrite");
    CHECK(contentOf(other) == study);
    REQUIRE_FALSE(km::OutputBatch::writeOne(other, "x", {km::Replace::AnyFile, {}}));
    CHECK(contentOf(other) == "x");

    const std::string backup = folder.file("studie.db.v1.bak");
    put(backup, "eerdere kopie");
    const auto taken = km::OutputBatch::writeOne(backup, "nieuw", {km::Replace::Nothing, {}});
    REQUIRE(taken);
    CHECK(taken->reason == "het bestand bestaat al");
    CHECK(contentOf(backup) == "eerdere kopie");
    CHECK(hiddenFiles(folder).empty());
}

TEST_CASE("a batch that fails while writing leaves every earlier file and no temporary file", "[output]")
{
    Folder folder;
    for (const char* name : {"a.csv", "b.csv", "c.csv"})
        put(folder.file(name), std::string("oud ") + name);
    fs::create_directory(folder.file("d.csv"));
    {
        km::OutputBatch batch({});
        REQUIRE_FALSE(batch.add(folder.file("a.csv"), "nieuw a"));
        REQUIRE_FALSE(batch.add(folder.file("b.csv"), "nieuw b"));
        CHECK(hiddenFiles(folder).size() == 2);   // a and b wait in their temporary files
        REQUIRE(batch.add(folder.file("d.csv"), "nieuw d"));   // refused: the caller gives up
    }
    for (const char* name : {"a.csv", "b.csv", "c.csv"})
        CHECK(contentOf(folder.file(name)) == std::string("oud ") + name);
    CHECK(hiddenFiles(folder).empty());
}

TEST_CASE("a rename that fails midway puts the files already renamed back", "[output]")
{
    Folder folder;
    for (const char* name : {"a.csv", "b.csv"})
        put(folder.file(name), std::string("oud ") + name);
    {
        km::OutputBatch batch({});
        REQUIRE_FALSE(batch.add(folder.file("a.csv"), "nieuw a"));
        REQUIRE_FALSE(batch.add(folder.file("b.csv"), "nieuw b"));
        REQUIRE_FALSE(batch.add(folder.file("c.csv"), "nieuw c"));
        // Something else removes the second temporary file: its rename fails after a.csv's.
        std::vector<std::string> temps = hiddenFiles(folder);
        std::sort(temps.begin(), temps.end());
        REQUIRE(temps.size() == 3);
        REQUIRE(temps[1].rfind(".b.csv.km", 0) == 0);
        fs::remove(folder.file(temps[1]));
        const auto failed = batch.commit();
        REQUIRE(failed);
        CHECK(failed->message().find("Schrijven van " + folder.file("b.csv") + " mislukt") == 0);
        CHECK(failed->reason.find("teruggezet") != std::string::npos);
    }
    CHECK(contentOf(folder.file("a.csv")) == "oud a.csv");
    CHECK(contentOf(folder.file("b.csv")) == "oud b.csv");
    CHECK_FALSE(fs::exists(folder.file("c.csv")));
    CHECK(hiddenFiles(folder).empty());
}

TEST_CASE("a full disk (a file-size limit) fails the write, keeps the old file and removes the temporary one", "[output]")
{
    Folder folder;
    const std::string path = folder.file("figuur.png");
    put(path, "oude figuur");
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{1000, 1000};
        ::setrlimit(RLIMIT_FSIZE, &limit);
        const auto failed = km::OutputBatch::writeOne(path, std::string(5000, 'x'), {});
        const bool expected = failed && failed->message() == "Schrijven van " + path
            + " mislukt: bestand te groot (limiet op de bestandsgrootte bereikt)";
        ::_exit(expected ? 0 : 1);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    CHECK(contentOf(path) == "oude figuur");
    CHECK(hiddenFiles(folder).empty());
}

TEST_CASE("the temporary file of a killed process is removed by the next write to that name", "[output]")
{
    Folder folder;
    const pid_t gone = ::fork();
    if (gone == 0)
        ::_exit(0);
    ::waitpid(gone, nullptr, 0);
    const std::string leftover = folder.file(".rapport.pdf.km" + std::to_string(gone) + "-AbC123");
    const std::string running = folder.file(".rapport.pdf.km" + std::to_string(::getpid()) + "-XyZ789");
    const std::string earlier = folder.file(".rapport.pdf.km" + std::to_string(gone) + "-AbC123.old");
    put(leftover, "half rapport");
    put(earlier, "tweede naam van het vorige rapport");
    put(running, "een ander schrijft nog");
    REQUIRE_FALSE(km::OutputBatch::writeOne(folder.file("rapport.pdf"), "%PDF", {}));
    CHECK_FALSE(fs::exists(leftover));
    CHECK_FALSE(fs::exists(earlier));
    CHECK(fs::exists(running));
}
