#include "core/db/Study.h"

#include "core/Version.h"
#include "core/db/LoginName.h"
#include "core/db/Schema.h"
#include "core/db/Statement.h"
#include "core/db/StudyBackup.h"
#include "core/db/WalCheckpoint.h"
#include "core/db/StudyPermissions.h"
#include "core/demo/DemoStudyData.h"
#include "core/import/Importer.h"

#include <sqlite3.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <set>

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

Study::Study(const std::string& path, Database::Mode mode, Database::Threading threading)
    : db_(path, mode, threading), user_(LoginName::current())
{
}

Study::~Study()
{
    if (db_.path() == ":memory:" || db_.isReadOnly())
        return;
    // Without waiting: a reader of another program may hold the WAL, and closing must not hang.
    sqlite3_busy_timeout(db_.handle(), 0);
    try {
        db_.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    } catch (const DatabaseError&) {
        // The last connection to close checkpoints again.
    }
}

std::unique_ptr<Study> Study::open(const std::string& path, bool create, Database::Threading threading)
{
    std::optional<std::string> warning;
    if (path != ":memory:" && !std::filesystem::exists(path)) {
        if (!create)
            throw DatabaseError{"Studiebestand " + path + " bestaat niet."};
        createPrivateFile(path);
    } else if (path != ":memory:") {
        warning = StudyPermissions::tighten(path);
    }
    std::unique_ptr<Study> study(new Study(path, Database::Mode::ReadWrite, threading));
    if (warning)
        study->warnings_.push_back(*warning);
    study->migrate(path);
    return study;
}

std::unique_ptr<Study> Study::openForReading(const std::string& path, Database::Threading threading)
{
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        throw DatabaseError{"Studiebestand " + path + " bestaat niet."};
    const std::string folder = std::filesystem::path(path).parent_path().empty()
        ? std::string(".") : std::filesystem::path(path).parent_path().string();
    const bool folderWritable = ::access(folder.c_str(), W_OK) == 0;
    if (::access(path.c_str(), W_OK) == 0 && folderWritable)
        return open(path, false, threading);
    // Nothing may be written, so an immutable open is safe when no WAL content is pending (no
    // writer can add any in a folder that cannot be written). Otherwise SQLite reads the WAL
    // read-only, which needs its -shm file.
    const bool walPending = std::filesystem::file_size(path + "-wal", ec) > 0 && !ec;
    const Database::Mode mode = folderWritable || walPending ? Database::Mode::ReadOnly : Database::Mode::Immutable;
    std::unique_ptr<Study> study;
    int version = 0;
    try {
        study.reset(new Study(path, mode, threading));
        version = study->db_.userVersion();
    } catch (const DatabaseError& e) {
        throw DatabaseError{"Het studiebestand is alleen-lezen en kan niet worden gelezen: " + e.message
            + (walPending ? ". Het bestand " + path + "-wal hoort bij de studie en heeft ook " + path
                   + "-shm nodig; kopieer de drie bestanden samen naar een map waarin u mag schrijven." : "")};
    }
    if (Schema::checkVersion(study->db_) < Schema::currentVersion)
        throw DatabaseError{"Het studiebestand heeft schemaversie " + std::to_string(version) + " en is alleen-lezen, "
            "dus het kan niet worden bijgewerkt. Kopieer het (met de bestanden -wal en -shm) naar een map waarin u "
            "mag schrijven."};
    if (const auto warning = StudyPermissions::tighten(path))
        study->warnings_.push_back(*warning);
    return study;
}

// The backup comes before anything is written, even the switch to WAL journaling.
void Study::migrate(const std::string& path)
{
    const int found = Schema::checkVersion(db_);
    if (found == Schema::currentVersion) {
        if (path != ":memory:")
            useWal();
        return;
    }
    std::optional<BackupFile> backup;
    if (found > 0)
        backup = StudyBackup::write(db_, path, found);
    if (path != ":memory:")
        db_.exec("PRAGMA journal_mode = WAL");
    Transaction transaction(db_);
    // Another program may have migrated the file since the version was read.
    const int from = db_.userVersion();
    if (from < Schema::currentVersion) {
        Schema::upgrade(db_, from);
        if (backup) {
            const std::string name = std::filesystem::path(backup->path).filename().string();
            recordEvent({{}, "migratie", {}, name + " " + backup->sha256, {}, std::nullopt,
                         "schema " + std::to_string(from) + " -> " + std::to_string(Schema::currentVersion)
                             + ", reservekopie " + name});
        }
    }
    transaction.commit();
}

// A study that another program is bulk-loading has a rollback journal for that load
// (BulkLoadJournal); switching back needs the file to itself, which SQLite refuses at once
// rather than wait. A reader then leaves the mode alone and reads the last committed state.
void Study::useWal()
{
    {
        Statement mode = db_.prepare("PRAGMA journal_mode");
        if (mode.step() && mode.text(0) == "wal")
            return;
    }   // the statement ends here: an open one would hold a read transaction
    try {
        db_.exec("PRAGMA journal_mode = WAL");
    } catch (const DatabaseError& e) {
        if (e.cause != DatabaseError::Cause::Busy)
            throw;
    }
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

// Names and regions hop from one distinct value of the index cases_cohort(cohort, regio) to the
// next (min() of a range is one seek), so a million cases give their few names in a few dozen
// look-ups instead of a read of every case.
std::vector<std::string> Study::cohortNames() const
{
    std::vector<std::string> result;
    Statement first = db_.prepare("SELECT min(cohort) FROM cases");
    Statement next = db_.prepare("SELECT min(cohort) FROM cases WHERE cohort > ?1");
    for (Statement* st = &first; st->step() && !st->isNull(0); st = &next) {
        result.push_back(st->text(0));
        next.reset();
        next.bind(1, std::string_view(result.back()));
    }
    return result;
}

std::vector<std::string> Study::regions() const
{
    std::set<std::string> regions;
    Statement next = db_.prepare("SELECT min(regio) FROM cases WHERE cohort = ?1 AND regio > ?2");
    for (const std::string& cohort : cohortNames()) {
        std::string after;   // from '': NULL and an empty regio are no region
        while (true) {
            next.reset();   // also clears the bindings
            next.bind(1, std::string_view(cohort)).bind(2, std::string_view(after));
            if (!next.step() || next.isNull(0))
                break;
            after = next.text(0);
            regions.insert(after);
        }
    }
    return {regions.begin(), regions.end()};
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

CohortDeletion Study::deleteCohort(const std::string& cohort)
{
    // Without secure_delete the deleted rows stay readable in free pages of the file.
    db_.exec("PRAGMA secure_delete = ON");
    const bool file = db_.path() != ":memory:";
    if (file && !WalCheckpoint::alone(db_))
        return {CohortDeletion::Outcome::ReadersOpen, 0};
    Transaction transaction(db_);
    Statement st = db_.prepare("DELETE FROM cases WHERE cohort = ?");
    st.bind(1, std::string_view(cohort)).run();
    const std::int64_t deleted = sqlite3_changes(db_.handle());
    recordEvent({{}, "delete-cohort", {}, {}, "cohort " + cohort, std::nullopt,
                 std::to_string(deleted) + (deleted == 1 ? " casus" : " casussen") + " verwijderd"});
    transaction.commit();
    // Copies the zeroed pages from the WAL into the file and empties the WAL.
    if (file && !WalCheckpoint::truncate(db_))
        return {CohortDeletion::Outcome::NotErased, deleted};
    return {CohortDeletion::Outcome::Erased, deleted};
}

void Study::recordEvent(const AuditEntry& entry)
{
    Statement st = db_.prepare(
        "INSERT INTO audit_events(at, action, program_version, files, selection, suppressed, details, user) "
        "VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, std::string_view(entry.action))
        .bind(2, std::string_view(programVersion))
        .bind(3, std::string_view(entry.files))
        .bind(4, std::string_view(entry.selection));
    if (entry.suppressed)
        st.bind(5, std::int64_t{*entry.suppressed});
    else
        st.bindNull(5);
    st.bind(6, std::string_view(entry.details)).bind(7, std::string_view(user_)).run();
}

std::vector<AuditEntry> Study::auditLog() const
{
    // Imports are logged by the importer in imports/import_files, in the import's transaction.
    Statement st = db_.prepare(
        "SELECT at, action, program_version, files, selection, suppressed, details, coalesce(user, '') FROM ("
        " SELECT i.imported_at AS at, 'import' AS action, i.program_version,"
        "  (SELECT group_concat(f.file_name || ' ' || f.sha256, char(10)) FROM import_files f"
        "    WHERE f.import_id = i.id) AS files, '' AS selection, NULL AS suppressed,"
        "  (SELECT group_concat(f.table_name || ': ' || f.rows || ' rijen', ', ') FROM import_files f"
        "    WHERE f.import_id = i.id) AS details, i.user AS user, 0 AS source, i.id AS id FROM imports i"
        " UNION ALL"
        " SELECT at, action, program_version, files, selection, suppressed, details, user, 1, id FROM audit_events)"
        " ORDER BY at, source, id");
    std::vector<AuditEntry> result;
    while (st.step()) {
        AuditEntry entry{st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), std::nullopt, st.text(6), st.text(7)};
        if (!st.isNull(5))
            entry.suppressed = st.int64(5) != 0;
        result.push_back(std::move(entry));
    }
    return result;
}

} // namespace km
