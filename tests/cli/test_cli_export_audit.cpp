// Reports and exports record themselves in the study's audit trail: which files (with their
// SHA-256), which selection and whether small numbers were suppressed. Read back with the core's
// Study::auditLog, independently of the program that wrote it.
#include "tests/cli/CliRunner.h"
#include "tests/cli/DemoStudy.h"
#include "tests/cli/TempDir.h"
#include "tests/cli/TextContains.h"

#include "core/db/LoginName.h"
#include "core/db/Study.h"
#include "core/util/Sha256.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <set>

using km::test::CliResult;
using km::test::CliRunner;
using km::test::contains;
using km::test::DemoStudy;
using km::test::TempDir;

namespace {

std::string withHash(const std::string& path)
{
    return path + " " + km::Sha256::of(km::test::readFile(path));
}

} // namespace

TEST_CASE("report and export add an audit event with files, hashes, selection and suppression", "[cli][figures][audit]")
{
    TempDir dir;
    const std::string study = DemoStudy::create(dir, "studie.db");
    const std::string pdf = dir.file("rapport.pdf");
    const CliResult report = CliRunner::run({"report", study, "--out", pdf, "--cohort", "NHN-2019", "--regio",
                                             "Alkmaar", "--window-months", "12", "--min-cell", "10"});
    if (report.exitCode == 3 && contains(report.err, "niet beschikbaar")) {
        WARN("built without the desktop program's ui library: no report/export");
        return;
    }
    INFO(report.err);
    REQUIRE(report.exitCode == 0);
    const std::string folder = dir.file("figuren");
    const CliResult exported = CliRunner::run({"export", study, "--out", folder, "--cohort", "NHN-2023", "--cohort",
                                               "NHN-2019", "--no-suppression"});
    INFO(exported.err);
    REQUIRE(exported.exitCode == 0);

    const auto log = km::Study::open(study, false)->auditLog();
    REQUIRE(log.size() == 3);
    CHECK(log[0].action == "import");

    const km::AuditEntry& r = log[1];
    CHECK(r.action == "rapport");
    CHECK(r.files == withHash(pdf));
    CHECK(r.selection == "cohort NHN-2019; regio Alkmaar; venster 12 maanden");
    CHECK(r.suppressed == std::optional<bool>(true));
    // The first line says what was written; after it, every figure as it was published (PublicationRecord).
    CHECK(r.details.substr(0, r.details.find('\n')) == "1 bestand; kleine aantallen afgeschermd (onder 10); taal nl");
    CHECK(contains(r.details, "\nselectie NHN-2019, regio Alkmaar, venster 12 maanden: 44 casussen\n"));
    CHECK(contains(r.details, "\n  recidive.nieuw_geweld <10/44 onbekend 0\n"));
    CHECK(contains(r.details, "\n  audit recidive.nieuw_geweld: teller: [0, 9]\n"));
    CHECK(r.user == km::LoginName::current());

    const km::AuditEntry& e = log[2];
    CHECK(e.action == "export");
    CHECK(e.selection == "cohorten NHN-2019, NHN-2023; regio alle; venster hele follow-up");
    CHECK(e.suppressed == std::optional<bool>(false));
    CHECK(contains(e.details, "intern: kleine aantallen niet afgeschermd"));
    // Every file in the folder is listed once, with the hash of its content.
    std::set<std::string> expected;
    for (const auto& file : std::filesystem::directory_iterator(folder))
        expected.insert(withHash(file.path().string()));
    std::set<std::string> listed;
    std::size_t start = 0;
    while (start <= e.files.size()) {
        const std::size_t end = std::min(e.files.find('\n', start), e.files.size());
        listed.insert(e.files.substr(start, end - start));
        start = end + 1;
    }
    CHECK(listed == expected);
    CHECK(contains(e.details, std::to_string(expected.size()) + " bestanden"));
}

TEST_CASE("a report that cannot be written is not recorded", "[cli][figures][audit]")
{
    TempDir dir;
    const std::string study = DemoStudy::create(dir, "studie.db");
    const std::string blocker = dir.write("bezet", "een bestand, geen map");
    const CliResult report = CliRunner::run({"report", study, "--out", blocker + "/rapport.pdf"});
    CHECK(report.exitCode != 0);
    CHECK(km::Study::open(study, false)->auditLog().size() == 1);   // the import only
}
