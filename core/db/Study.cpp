#include "core/db/Study.h"

#include "core/db/Schema.h"
#include "core/db/Statement.h"
#include "core/demo/DemoStudyData.h"
#include "core/import/Importer.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

namespace km {

namespace {

// A new study file is created empty with mode 0600 before SQLite opens it: it holds case data.
void createPrivateFile(const std::string& path)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL, S_IRUSR | S_IWUSR);
    if (fd >= 0)
        ::close(fd);
}

} // namespace

Study::Study(const std::string& path, Database::Mode mode)
    : db_(path, mode)
{
}

std::unique_ptr<Study> Study::open(const std::string& path, bool create)
{
    if (path != ":memory:" && !std::filesystem::exists(path)) {
        if (!create)
            throw DatabaseError{"Studiebestand " + path + " bestaat niet."};
        createPrivateFile(path);
    }
    std::unique_ptr<Study> study(new Study(path, Database::Mode::ReadWrite));
    if (path != ":memory:")
        study->db_.exec("PRAGMA journal_mode = WAL");
    Schema::migrate(study->db_);
    return study;
}

std::unique_ptr<Study> Study::openDemo()
{
    auto study = open(":memory:", true);
    const std::vector<ImportSource> sources{
        {TableKind::Casussen, "demo/casussen.csv", std::string(demo::casussenCsv())},
        {TableKind::Trajecten, "demo/trajecten.csv", std::string(demo::trajectenCsv())},
        {TableKind::Gebeurtenissen, "demo/gebeurtenissen.csv", std::string(demo::gebeurtenissenCsv())},
    };
    const ImportResult result = Importer(*study).run(sources);
    if (!result.committed)
        throw DatabaseError{"De ingebouwde demostudie kon niet worden geladen: "
            + (result.errors.empty() ? std::string("geannuleerd") : result.errors.front().toString())};
    return study;
}

std::vector<CohortInfo> Study::cohorts() const
{
    std::vector<CohortInfo> result;
    Statement st = db_.prepare("SELECT cohort, count(*) FROM cases GROUP BY cohort ORDER BY cohort");
    while (st.step())
        result.push_back({st.text(0), st.int64(1)});
    return result;
}

std::vector<std::string> Study::regions() const
{
    std::vector<std::string> result;
    Statement st = db_.prepare(
        "SELECT DISTINCT regio FROM cases WHERE regio IS NOT NULL AND regio <> '' ORDER BY regio");
    while (st.step())
        result.push_back(st.text(0));
    return result;
}

std::vector<ImportLogEntry> Study::importLog() const
{
    std::vector<ImportLogEntry> result;
    Statement st = db_.prepare(
        "SELECT i.id, i.imported_at, i.program_version, f.table_name, f.file_name, f.sha256, "
        "f.encoding, f.rows FROM imports i JOIN import_files f ON f.import_id = i.id "
        "ORDER BY i.id, f.rowid");
    while (st.step())
        result.push_back({st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5),
                          st.text(6), st.int64(7)});
    return result;
}

std::int64_t Study::caseCount() const
{
    Statement st = db_.prepare("SELECT count(*) FROM cases");
    st.step();
    return st.int64(0);
}

} // namespace km
