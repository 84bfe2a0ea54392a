#include "ImportTestSupport.h"

#include "core/csv/CsvReader.h"
#include "core/db/Database.h"
#include "core/import/CaseLookup.h"
#include "core/import/ErrorCollector.h"
#include "core/import/IdentifierGuard.h"
#include "core/import/RowPipeline.h"
#include "core/import/TableImporter.h"

#include <catch2/catch.hpp>

#include <map>
#include <memory>
#include <stdexcept>
#include <tuple>

using namespace km;
using namespace km::test;

// A source of more than one batch (RowPipeline::defaultBatchRows rows) is read and converted
// on a second thread while the calling thread writes. What the user gets must not change:
// the same errors in line order, the same stop at the error limit, cancelling, all-or-nothing.

namespace {

// `count` valid cases C0, C1, ... on lines 2, 3, ...; `bad` replaces the rows at given lines.
std::string casesWith(int count, const std::map<int, std::string>& bad = {}, const std::string& prefix = "C")
{
    std::string text = "casus_id,cohort,melddatum,einde_followup,minderjarigen\n";
    for (int i = 0; i < count; ++i) {
        const auto it = bad.find(i + 2);
        text += it != bad.end() ? it->second : prefix + std::to_string(i) + ",K,2019-01-01,2020-01-01,ja";
        text += '\n';
    }
    return text;
}

using Located = std::tuple<std::size_t, std::string, std::string, std::string>;   // line, column, value, message

std::vector<Located> located(const std::vector<ImportError>& errors)
{
    std::vector<Located> out;
    for (const ImportError& e : errors)
        out.emplace_back(e.line, e.column, e.value, e.message);
    return out;
}

const std::string yesNo = "verwacht ja of nee";   // FieldConverter::expectation for a ja/nee field
const std::string email = IdentifierGuard::valueMessage("een e-mailadres");

// Lines 10 to 3001 lie in batches 1, 3, 6, 11 and 12 of 256 rows: errors of the reading thread
// (values, identifiers) and of the writing thread (duplicates, date order), some in one row.
const std::map<int, std::string> spread = {
    {10, "C8,K,2019-01-01,2020-01-01,misschien"},
    {700, "C698,piet@example.nl,2019-01-01,2020-01-01,ja"},
    {1500, "C0,K,2019-01-01,2020-01-01,ja"},
    {2600, "C2598,K,2019-01-01,2018-01-01,soms"},
    {3001, "C2999,K,2019-01-01,2020-01-01,nooit"},
};

// The errors `spread` gives, in line order; within line 2600 the value error comes before the
// rule that compares dates, as when the rows were read one at a time. Messages as in
// test_importer_values.cpp, test_importer_rules.cpp and test_import_identifiers.cpp.
const std::vector<Located> spreadErrors = {
    {10, "minderjarigen", "misschien", yesNo},
    {700, "cohort", "", email},
    {1500, "casus_id", "C0", "casus_id komt al voor op regel 2; verwacht een unieke casus_id"},
    {2600, "minderjarigen", "soms", yesNo},
    {2600, "einde_followup", "2018-01-01",
     "einde_followup (2018-01-01) ligt voor melddatum (2019-01-01); verwacht een datum op of na melddatum"},
    {3001, "minderjarigen", "nooit", yesNo},
};

// Throws when asked for record number `failAt` (1-based), after handing out the ones before.
class FailingReader : public TableReader
{
public:
    FailingReader(const std::string& text, std::size_t failAt) : inner_(CsvReader::fromText(text, "casussen.csv")), failAt_(failAt) {}

    std::string sourceName() const override { return inner_->sourceName(); }
    const std::vector<std::string>& header() const override { return inner_->header(); }
    std::string columnLabel(std::size_t index) const override { return inner_->columnLabel(index); }
    bool next(TableRecord& record) override
    {
        if (++read_ == failAt_)
            throw std::runtime_error("schijf weg");
        return inner_->next(record);
    }
    std::optional<ReadProblem> problem() const override { return inner_->problem(); }
    std::vector<std::string> notes() const override { return inner_->notes(); }
    double progress() const override { return inner_->progress(); }
    std::string encoding() const override { return inner_->encoding(); }

private:
    std::unique_ptr<CsvReader> inner_;
    std::size_t failAt_;
    std::size_t read_ = 0;
};

} // namespace

TEST_CASE("errors spread over many batches are reported in line order with their messages", "[importer][pipeline]")
{
    auto study = Study::open(":memory:", true);
    const ImportResult result = importTexts(*study, casesWith(3000, spread));
    INFO(describe(result));
    CHECK_FALSE(result.committed);
    CHECK_FALSE(result.errorsTruncated);
    CHECK(located(result.errors) == spreadErrors);
    CHECK(queryText(study->db(), "SELECT count(*) FROM cases") == "0");
}

TEST_CASE("trajecten errors of both threads in one row keep their order", "[importer][pipeline]")
{
    auto study = Study::open(":memory:", true);
    // 1000 rows over 4 batches, each naming one of the 300 cases; line 5 names no case and has
    // an invalid date (the reading thread's error first, then the writing thread's), line 900
    // breaks the date order (a rule, checked on the writing thread).
    std::string trajecten = "casus_id,startdatum,einddatum\n";
    for (int i = 0; i < 1000; ++i) {
        const int line = i + 2;
        if (line == 5)
            trajecten += "X9,gisteren,\n";
        else if (line == 900)
            trajecten += "C7,2019-06-01,2019-01-01\n";
        else
            trajecten += "C" + std::to_string(i % 300) + ",2019-02-01,\n";
    }
    const ImportResult result = importTexts(*study, casesWith(300), trajecten);
    INFO(describe(result));
    const std::vector<Located> expected = {
        {5, "startdatum", "gisteren", "verwacht een datum (JJJJ-MM-DD of DD-MM-JJJJ)"},
        {5, "casus_id", "X9", "onbekende casus_id; verwacht een casus_id uit casussen of uit de studie"},
        {900, "einddatum", "2019-01-01",
         "einddatum (2019-01-01) ligt voor startdatum (2019-06-01); verwacht een datum op of na startdatum"},
    };
    CHECK(located(result.errors) == expected);
    CHECK_FALSE(result.committed);
}

TEST_CASE("the error limit stops a pipelined import after the same error", "[importer][pipeline]")
{
    auto study = Study::open(":memory:", true);
    ImportOptions options;
    std::vector<Located> expected;
    SECTION("the limit falls between two rows")
    {
        options.maxErrors = 3;
        expected.assign(spreadErrors.begin(), spreadErrors.begin() + 3);
    }
    SECTION("the limit falls inside a row with errors of both threads")
    {
        options.maxErrors = 4;
        expected.assign(spreadErrors.begin(), spreadErrors.begin() + 4);
    }
    const ImportResult result = importTexts(*study, casesWith(3000, spread), validTrajecten, {}, options);
    INFO(describe(result));
    CHECK_FALSE(result.committed);
    CHECK(result.errorsTruncated);
    CHECK(located(result.errors) == expected);
}

TEST_CASE("cancelling a pipelined import mid-file leaves the study unchanged", "[importer][pipeline]")
{
    auto study = Study::open(":memory:", true);
    REQUIRE(importTexts(*study, validCasussen).committed);
    const std::string before = dumpStudy(study->db());

    std::vector<std::int64_t> reported;
    ImportOptions options;
    options.progress = [&](const ImportProgress& p) {
        reported.push_back(p.rowsRead);
        return p.rowsRead < 8192;
    };
    // 20000 new cases (N0...): the second progress point (record 8192) is far from the end.
    const ImportResult result = importTexts(*study, casesWith(20000, {}, "N"), {}, {}, options);
    CHECK(result.cancelled);
    CHECK_FALSE(result.committed);
    CHECK(result.errors.empty());
    CHECK(reported == std::vector<std::int64_t>{4096, 8192});
    CHECK(dumpStudy(study->db()) == before);
}

TEST_CASE("an exception on the reading thread reaches the caller after the rows before it", "[importer][pipeline]")
{
    auto study = Study::open(":memory:", true);
    Database& db = study->db();
    db.exec("INSERT INTO imports(imported_at, program_version, user) VALUES ('2026-01-01T00:00:00Z', 'test', 'test')");
    CaseLookup cases(db);
    ErrorCollector log(200);
    TableImporter importer(db, TableKind::Casussen, db.lastInsertRowId(), cases, log);
    // Record 1000 (line 1001, batch 4) fails; the error on line 10 (batch 1) is reported first.
    FailingReader reader(casesWith(2000, spread), 1000);
    CHECK_THROWS_WITH(importer.run(reader, {}), "schijf weg");
    const std::vector<Located> before = {spreadErrors[0], spreadErrors[1]};
    CHECK(located(log.takeErrors()) == before);
    CHECK(queryText(db, "SELECT count(*) FROM cases") == "997");   // lines 2-1000 less lines 10 and 700
}

TEST_CASE("a row pipeline hands out every batch in order and rethrows after them", "[importer][pipeline]")
{
    // Fills 3-row batches with the numbers 0, 1, 2, ...; throws after `rows` rows.
    const auto numbers = [](int rows) {
        return [rows, n = 0](RowBatch& batch) mutable {
            while (batch.count < batch.rows.size()) {
                if (n == rows)
                    throw std::runtime_error("kapot");
                batch.rows[batch.count++].record.line = static_cast<std::size_t>(n++);
            }
            return true;
        };
    };
    RowPipeline pipeline(numbers(20), 3);
    CHECK(pipeline.threaded());
    std::vector<std::size_t> lines;
    const auto drain = [&] {
        while (RowBatch* batch = pipeline.next()) {
            for (std::size_t i = 0; i < batch->count; ++i)
                lines.push_back(batch->rows[i].record.line);
            pipeline.release();
        }
    };
    CHECK_THROWS_WITH(drain(), "kapot");
    std::vector<std::size_t> expected;
    for (std::size_t n = 0; n < 20; ++n)
        expected.push_back(n);
    CHECK(lines == expected);   // 6 full batches and the 2 rows before the failure
}

TEST_CASE("a row pipeline stops its thread when the caller stops early", "[importer][pipeline]")
{
    // An endless source: only the destructor ends the filling thread.
    RowPipeline pipeline([](RowBatch& batch) {
        batch.count = batch.rows.size();
        return true;
    }, 8);
    REQUIRE(pipeline.threaded());
    REQUIRE(pipeline.next() != nullptr);
    pipeline.release();
    REQUIRE(pipeline.next() != nullptr);
}

TEST_CASE("a source that fits in one batch starts no thread", "[importer][pipeline]")
{
    RowPipeline pipeline([](RowBatch& batch) {
        batch.count = 2;
        return false;
    });
    CHECK_FALSE(pipeline.threaded());
    RowBatch* batch = pipeline.next();
    REQUIRE(batch != nullptr);
    CHECK(batch->count == 2);
    pipeline.release();
    CHECK(pipeline.next() == nullptr);
}

TEST_CASE("trajecten written many rows to a statement keep their extra attributes", "[importer][pipeline]")
{
    auto study = Study::open(":memory:", true);
    REQUIRE(importTexts(*study, validCasussen, validTrajecten).committed);   // import 1, trajectories 1-3

    // 100 rows (more than three statements of TableWriter::rowsPerStatement) after the 3 stored;
    // every third line has a note naming its own line, so each note must sit on that row.
    std::string trajecten = "casus_id,startdatum,Opmerking\n";
    int notes = 0;
    for (int line = 2; line < 102; ++line) {
        const bool note = line % 3 == 0;
        trajecten += "N" + std::to_string(line) + ",2019-02-01," + (note ? "r" + std::to_string(line) : "") + "\n";
        notes += note ? 1 : 0;
    }
    const ImportResult result = importTexts(*study, casesWith(300, {}, "N"), trajecten);
    INFO(describe(result));
    REQUIRE(result.committed);
    Database& db = study->db();
    CHECK(queryText(db, "SELECT min(id), max(id), count(*) FROM trajectories WHERE import_id = 2") == "4|103|100");
    CHECK(notes == 33);   // lines 3, 6, ..., 99
    CHECK(queryText(db, "SELECT count(*) FROM trajectory_extra e JOIN trajectories t ON t.id = e.trajectory_id "
                        "WHERE t.import_id = 2 AND e.value = 'r' || t.source_line") == "33");
    CHECK(queryText(db, "SELECT count(*) FROM trajectory_extra") == "34");   // and the one of validTrajecten
    CHECK(queryText(db, "PRAGMA foreign_key_check").empty());
    CHECK(queryText(db, "PRAGMA foreign_keys") == "1");   // switched off only while importing
}

TEST_CASE("the cohorts of a pipelined import are listed once each, by name", "[importer][pipeline]")
{
    auto study = Study::open(":memory:", true);
    // 600 cases over three batches whose cohorts change from row to row and come back.
    const char* cohorts[] = {"K-2020", "K-2019", "K-2021", "K-2019"};
    std::string casussen = "casus_id,cohort,melddatum,einde_followup\n";
    for (int i = 0; i < 600; ++i)
        casussen += "C" + std::to_string(i) + "," + cohorts[i % 4] + ",2019-01-01,2020-01-01\n";
    const ImportResult result = importTexts(*study, casussen);
    INFO(describe(result));
    REQUIRE(result.committed);
    CHECK(result.cohorts == std::vector<std::string>{"K-2019", "K-2020", "K-2021"});
}
