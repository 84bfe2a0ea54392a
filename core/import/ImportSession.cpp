#include "core/import/ImportSession.h"

#include "core/Version.h"
#include "core/csv/TableReader.h"
#include "core/db/BulkLoadJournal.h"
#include "core/db/Database.h"
#include "core/db/QueryInterrupter.h"
#include "core/db/Statement.h"
#include "core/db/Study.h"
#include "core/import/CaseLookup.h"
#include "core/import/DeferredIndexes.h"
#include "core/import/ForeignKeyPause.h"
#include "core/import/SourceHasher.h"
#include "core/import/SourceOpener.h"
#include "core/import/TableImporter.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <optional>

namespace km {

namespace {

std::string utcNow()
{
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm parts{};
    gmtime_r(&now, &parts);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &parts);
    return text;
}

// Bytes a source will take to read, to weigh its share of the progress bar (at least 1).
double sourceWeight(const ImportSource& source)
{
    if (!source.inMemoryText.empty())
        return static_cast<double>(source.inMemoryText.size());
    std::error_code error;
    const auto size = std::filesystem::file_size(source.path, error);
    return error ? 1.0 : std::max(1.0, static_cast<double>(size));
}

std::int64_t scalar(Database& db, std::string_view sql)
{
    Statement st = db.prepare(sql);
    st.step();
    return st.int64(0);
}

// Rows of trajecten and gebeurtenissen in random case order touch index pages all over the
// file; with SQLite's default 2 MB page cache those are reread from the journal again and again
// (1M cases: about 60 s of CPU instead of 40). A fixed size keeps memory independent of the input.
constexpr std::int64_t importCacheSize = -65536;   // KiB, as PRAGMA cache_size counts negative values

// A cache size that could not be changed costs only speed, so a failure is not an import error.
void setCacheSize(Database& db, std::int64_t size)
{
    try {
        db.exec("PRAGMA cache_size = " + std::to_string(size));
    } catch (const DatabaseError&) {
    }
}

} // namespace

ImportSession::ImportSession(Study& study, const ImportOptions& options)
    : study_(study), options_(options), log_(options.maxErrors)
{
}

ImportResult ImportSession::run(const std::vector<ImportSource>& sources)
{
    ImportResult result;
    const auto ordered = inTableOrder(sources);
    if (!log_.hasErrors()) {
        Database& db = study_.db();
        std::optional<std::int64_t> previousCacheSize;
        try {
            previousCacheSize = scalar(db, "PRAGMA cache_size");
            setCacheSize(db, importCacheSize);
            importAll(ordered, result);
        } catch (const DatabaseError& e) {
            result = ImportResult{};
            result.studyFailure = e.cause;
            log_.error({{}, 0, {}, {}, "fout in het studiebestand: " + e.message + "; er is niets geïmporteerd"});
        }
        if (previousCacheSize)
            setCacheSize(db, *previousCacheSize);
    }
    result.errorsTruncated = log_.full();
    result.errors = log_.takeErrors();
    result.warnings = log_.takeWarnings();
    return result;
}

std::vector<const ImportSource*> ImportSession::inTableOrder(const std::vector<ImportSource>& sources)
{
    if (sources.empty())
        log_.error({{}, 0, {}, {}, "geen bestanden opgegeven; verwacht ten minste één tabel om te importeren"});
    std::vector<const ImportSource*> ordered;
    for (const ImportSource& source : sources)
        ordered.push_back(&source);
    std::stable_sort(ordered.begin(), ordered.end(),
        [](const ImportSource* a, const ImportSource* b) { return a->table < b->table; });
    for (std::size_t i = 1; i < ordered.size(); ++i) {
        if (ordered[i]->table == ordered[i - 1]->table)
            log_.error({ordered[i]->path, 0, {}, {}, "tweede bestand voor tabel " + Codebook::table(ordered[i]->table).name
                + " (ook " + ordered[i - 1]->path + "); verwacht ten hoogste één bestand per tabel"});
    }
    return ordered;
}

void ImportSession::importAll(const std::vector<const ImportSource*>& sources, ImportResult& result)
{
    Database& db = study_.db();
    totalWeight_ = 0;
    for (const ImportSource* source : sources)
        totalWeight_ += sourceWeight(*source);
    SourceHasher hasher(sources, totalWeight_);
    const bool bulkLoad = DeferredIndexes::worthwhile(db, totalWeight_, options_.deferIndexesFromBytes);
    std::optional<BulkLoadJournal> journal;
    if (bulkLoad && options_.soleReader)
        journal.emplace(db);
    const ForeignKeyPause references(db);
    Transaction transaction(db);
    db.prepare("INSERT INTO imports(imported_at, program_version, user) VALUES (?, ?, ?)")
        .bind(1, utcNow()).bind(2, std::string_view(programVersion)).bind(3, std::string_view(study_.user())).run();
    importId_ = db.lastInsertRowId();
    firstCaseId_ = scalar(db, "SELECT coalesce(max(id), 0) + 1 FROM cases");
    std::optional<DeferredIndexes> indexes;
    if (bulkLoad)
        indexes.emplace(db);

    std::vector<ReadSource> read;
    if (!readSources(db, sources, indexes ? &*indexes : nullptr, read)) {
        result.cancelled = !log_.full();
        return;
    }
    if (log_.hasErrors())
        return;
    writeLog(db, hasher, read);
    if (log_.hasErrors())
        return;
    // The last moment a cancel can still roll everything back.
    if (!enterPhase(ImportPhase::FinalChecks, 1.0)) {
        result.cancelled = true;
        return;
    }

    std::set<std::string> cohorts;
    for (const ReadSource& r : read)
        cohorts.insert(r.cohorts.begin(), r.cohorts.end());
    result.cohorts.assign(cohorts.begin(), cohorts.end());
    enterPhase(ImportPhase::Committing, 0);   // told, not asked: SQLite's COMMIT cannot be stopped
    transaction.commit();
    result.committed = true;
    for (const ReadSource& r : read)
        result.rows[r.source->table] = r.rows;
}

bool ImportSession::readSources(Database& db, const std::vector<const ImportSource*>& sources,
                                DeferredIndexes* indexes, std::vector<ReadSource>& read)
{
    double weightBefore = 0;
    std::int64_t recordsBefore = 0;
    std::optional<TableOutcome> casussen;
    std::string casussenFile;
    SourceOpener opener;
    {
        // Closed before the indexes are rebuilt: SQLite refuses schema changes while a statement reads.
        CaseLookup cases(db);
        for (const ImportSource* source : sources) {
            const auto reader = opener.open(*source);
            const double weight = sourceWeight(*source);
            const auto report = [&](double fractionOfSource, std::int64_t records) {
                return !options_.progress
                    || options_.progress({source->table, (weightBefore + fractionOfSource * weight) / totalWeight_,
                                          recordsBefore + records});
            };
            TableImporter importer(db, source->table, importId_, cases, log_);
            const TableOutcome outcome = importer.run(*reader, [&](std::int64_t records, double fraction) {
                return report(fraction, records);
            }, source->columnMapping);
            if (outcome.cancelled || log_.full() || !report(1.0, outcome.recordsRead))
                return false;
            if (source->table == TableKind::Casussen) {
                if (!outcome.complete)
                    cases.markIncomplete();
                casussen = outcome;
                casussenFile = reader->sourceName();
            }
            read.push_back({source, reader->encoding(), outcome.rowsWritten, outcome.cohorts});
            weightBefore += weight;
            recordsBefore += outcome.recordsRead;
            lastReport_ = {source->table, 1.0, recordsBefore, ImportPhase::Reading};
        }
    }
    // After the last row come the steps that take long at millions of rows (a minute at 2M
    // cases): each is named for the progress text and stops when the user cancels, also
    // within one long statement.
    const QueryInterrupter interrupter(db, [this] { return stillWanted(); });
    try {
        if (indexes && !indexes->restore([this](double built) { return enterPhase(ImportPhase::RebuildingIndexes, built); }))
            return false;
        if (!enterPhase(ImportPhase::FinalChecks, 0))
            return false;
        if (casussen)
            warnAfstemming(db, casussenFile, *casussen);
    } catch (const DatabaseError&) {
        if (interrupter.interrupted())
            return false;
        throw;
    }
    return true;
}

bool ImportSession::enterPhase(ImportPhase phase, double fraction)
{
    lastReport_.phase = phase;
    lastReport_.fraction = fraction;
    return stillWanted();
}

bool ImportSession::stillWanted() const
{
    return !options_.progress || options_.progress(lastReport_);
}

// afstemming only counts for cases with two or more trajectories, which is known only once every
// table is in; other values are kept, with a warning per case (up to the error limit).
void ImportSession::warnAfstemming(Database& db, const std::string& file, const TableOutcome& casussen)
{
    const TableSpec& spec = Codebook::table(TableKind::Casussen);
    const std::string& label = casussen.fieldLabels[static_cast<std::size_t>(*spec.fieldIndex("afstemming"))];
    if (label.empty())
        return;
    Statement st = db.prepare(
        "SELECT c.source_line, c.casus_id, c.afstemming, "
        "(SELECT count(*) FROM trajectories t WHERE t.case_id = c.id) AS n "
        "FROM cases c WHERE c.id >= ? AND c.import_id = ? AND c.afstemming IS NOT NULL AND n < 2 ORDER BY c.id");
    st.bind(1, firstCaseId_).bind(2, importId_);
    std::int64_t unlisted = 0;
    for (std::size_t listed = 0; st.step(); ++listed) {
        if (listed >= log_.maxErrors()) {
            ++unlisted;
            continue;
        }
        log_.warning({file, static_cast<std::size_t>(st.int64(0)), label, st.int64(2) ? "ja" : "nee",
                      "afstemming telt alleen bij casussen met 2 of meer trajecten; casus " + st.text(1) + " heeft er "
                          + std::to_string(st.int64(3)) + " (de waarde blijft bewaard maar telt niet mee)"});
    }
    if (unlisted > 0)
        log_.warning({file, 0, label, {}, "nog " + std::to_string(unlisted)
            + " casussen met afstemming en minder dan 2 trajecten (niet afzonderlijk genoemd)"});
}

void ImportSession::writeLog(Database& db, SourceHasher& hasher, const std::vector<ReadSource>& read)
{
    Statement insert = db.prepare(
        "INSERT INTO import_files(import_id, table_name, file_name, sha256, encoding, rows) VALUES (?, ?, ?, ?, ?, ?)");
    for (const ReadSource& r : read) {
        const ImportSource& source = *r.source;
        const auto sha = hasher.hash(source);
        if (!sha) {
            log_.error({source.path, 0, {}, {}, "kan het bestand niet opnieuw lezen voor de controlesom (SHA-256)"});
            return;
        }
        insert.bind(1, importId_)
            .bind(2, std::string_view(Codebook::table(source.table).name))
            .bind(3, std::string_view(source.path))
            .bind(4, std::string_view(*sha))
            .bind(5, std::string_view(r.encoding))
            .bind(6, r.rows);
        insert.run();
    }
}

} // namespace km
