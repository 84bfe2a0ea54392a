#include "core/import/TableImporter.h"

#include "core/csv/TableReader.h"
#include "core/import/CaseLookup.h"
#include "core/import/ColumnMap.h"
#include "core/import/ErrorCollector.h"
#include "core/import/IdentifierGuard.h"
#include "core/import/RowConverter.h"
#include "core/import/RowPipeline.h"
#include "core/import/RowPreparer.h"
#include "core/import/TableWriter.h"

namespace km {

TableImporter::TableImporter(Database& db, TableKind kind, std::int64_t importId, CaseLookup& cases, ErrorCollector& log)
    : db_(db)
    , kind_(kind)
    , spec_(Codebook::table(kind))
    , casusId_(static_cast<std::size_t>(*spec_.fieldIndex("casus_id")))
    , cohort_(kind == TableKind::Casussen ? static_cast<std::size_t>(*spec_.fieldIndex("cohort")) : 0)
    , importId_(importId)
    , cases_(cases)
    , log_(log)
    , rules_(kind)
{
}

TableOutcome TableImporter::run(TableReader& reader, const Progress& progress,
                                const std::map<std::string, std::string>& columnMapping)
{
    TableOutcome outcome;
    outcome.fieldLabels.resize(spec_.fields.size());
    const auto openProblem = reader.problem();
    if (openProblem && reader.header().empty()) {
        log_.error({reader.sourceName(), openProblem->line, {}, {}, openProblem->message});
        return outcome;
    }
    if (reader.header().empty()) {
        log_.error({reader.sourceName(), 1, {}, {}, "geen kopregel; verwacht de kolomnamen op de eerste regel"});
        return outcome;
    }

    // Nothing past the header is read when it is too wide to be a table: a stray cell far away
    // would otherwise cost a pass over every row and column of the sheet.
    if (reader.header().size() > maxColumns) {
        log_.error({reader.sourceName(), 1, {}, {}, "te veel kolommen (" + std::to_string(reader.header().size())
            + "); verwacht ten hoogste " + std::to_string(maxColumns) + " kolommen"});
        return outcome;
    }
    const ColumnMap columns(spec_, reader.header(), columnMapping);
    const bool clean = checkHeaderSafety(reader);
    const bool storable = reportHeader(reader, columns) && clean;
    const RowConverter labels(spec_, columns, reader, log_);
    for (std::size_t field = 0; field < spec_.fields.size(); ++field)
        outcome.fieldLabels[field] = labels.fieldLabel(field);
    // Past the variables (line 1 above), an SPSS file's lines are its cases.
    if (reader.encoding() == "sav")
        log_.countCasesIn(reader.sourceName());

    // A header that cannot be imported is fatal: the rows are not read, so that a large file
    // (an SPSS file of a million cases) costs nothing past its header.
    if (!storable) {
        outcome.complete = false;
        return outcome;
    }
    if (!importRows(reader, columns, storable, progress, outcome)) {
        outcome.cancelled = true;
        return outcome;
    }

    const auto readProblem = reader.problem();
    if (readProblem)
        log_.error({reader.sourceName(), readProblem->line, {}, {}, readProblem->message});
    for (const std::string& note : reader.notes())
        log_.warning({reader.sourceName(), 0, {}, {}, note});
    if (kind_ == TableKind::Casussen && outcome.recordsRead == 0 && !readProblem)
        log_.error({reader.sourceName(), 0, {}, {},
            "het bestand bevat alleen een kopregel en geen casussen; verwacht ten minste één casus om te importeren"});
    outcome.complete = storable && !readProblem && !log_.full();
    return outcome;
}

bool TableImporter::reportHeader(TableReader& reader, const ColumnMap& columns)
{
    for (const ColumnMap::Problem& p : columns.problems()) {
        ImportError e{reader.sourceName(), 1, p.column ? reader.columnLabel(*p.column) : std::string(),
                      p.column ? reader.header()[*p.column] : std::string(), p.message};
        if (p.severity == ImportError::Severity::Error)
            log_.error(std::move(e));
        else
            log_.warning(std::move(e));
    }
    return columns.usable();
}

bool TableImporter::checkHeaderSafety(TableReader& reader)
{
    const auto& header = reader.header();
    bool clean = true;
    for (std::size_t column = 0; column < header.size(); ++column) {
        if (const auto kind = IdentifierGuard::headerKind(header[column])) {
            // A header holding a BSN must not be repeated as the column's label.
            const std::string label = IdentifierGuard::mayShow(header[column])
                ? reader.columnLabel(column) : "kolom " + std::to_string(column + 1);
            log_.error({reader.sourceName(), 1, label, {}, IdentifierGuard::headerMessage(*kind)});
            clean = false;
        }
    }
    return clean;
}

// The errors of each row are reported in the order reading row by row gave: the preparer's
// (identifiers, values) first, then the ones that need the database (duplicates, unknown cases,
// rules). The error limit and cancelling are checked between rows, as before.
bool TableImporter::importRows(TableReader& reader, const ColumnMap& columns, bool storable, const Progress& progress,
                               TableOutcome& outcome)
{
    RowConverter converter(spec_, columns, reader, log_);
    TableWriter writer(db_, kind_, importId_);
    RowPreparer preparer(spec_, columns, reader, progressInterval);
    RowPipeline pipeline([&preparer](RowBatch& batch) { return preparer.fill(batch); });
    while (!log_.full()) {
        RowBatch* batch = pipeline.next();
        if (!batch)
            break;
        std::size_t error = 0;
        for (std::size_t i = 0; i < batch->count && !log_.full(); ++i) {
            RowBatch::Row& row = batch->rows[i];
            ++outcome.recordsRead;
            if (outcome.recordsRead % progressInterval == 0 && progress && !progress(outcome.recordsRead, row.fraction))
                return false;
            for (; error < row.errorsEnd; ++error)
                log_.error(std::move(batch->errors[error]));
            if (!row.usable)
                continue;
            if (kind_ == TableKind::Casussen)
                importCase(row.converted, storable, converter, writer, outcome);
            else
                importDependent(row.converted, storable, converter, writer, outcome);
        }
        writer.flush();   // the writer may hold rows of this batch
        pipeline.release();
    }
    return true;
}

void TableImporter::importCase(ConvertedRow& row, bool storable, RowConverter& converter, TableWriter& writer, TableOutcome& outcome)
{
    const bool hasId = row.known(casusId_);
    if (hasId) {
        if (auto line = cases_.rejectedLine(row.text(casusId_)))
            duplicateError(row, converter, "komt al voor op regel " + std::to_string(*line));
    }
    rules_.check(row, nullptr, converter);
    if (row.ok && storable) {
        if (!writer.insert(row, 0)) {
            duplicateError(row, converter, {});
            return;
        }
        ++outcome.rowsWritten;
        // Collected here: asking the study afterwards reads every case of the import again.
        if (row.text(cohort_) != lastCohort_) {
            lastCohort_ = row.text(cohort_);
            outcome.cohorts.insert(lastCohort_);
        }
        return;
    }
    if (!hasId)
        return;
    if (!row.invalid[casusId_])
        duplicateError(row, converter, {});
    if (!row.ok)
        cases_.reject(row.text(casusId_), row.line);
}

// A casus_id that is stored already: says where, from this import or an earlier one. With
// `where` given (a rejected row of this import) no lookup is needed.
void TableImporter::duplicateError(ConvertedRow& row, RowConverter& converter, std::string where)
{
    if (where.empty()) {
        const auto existing = cases_.find(row.text(casusId_));
        if (!existing)
            return;
        where = existing->importId == importId_
            ? "komt al voor op regel " + std::to_string(existing->sourceLine)
            : "bestaat al in de studie (eerdere import)";
    }
    converter.fieldError(row, casusId_, "casus_id " + where + "; verwacht een unieke casus_id");
}

void TableImporter::importDependent(ConvertedRow& row, bool storable, RowConverter& converter, TableWriter& writer, TableOutcome& outcome)
{
    std::optional<CaseRef> owner;
    if (row.known(casusId_) && !cases_.rejectedLine(row.text(casusId_))) {
        owner = cases_.find(row.text(casusId_));
        if (!owner && cases_.complete())
            converter.fieldError(row, casusId_, "onbekende casus_id; verwacht een casus_id uit casussen of uit de studie");
    }
    rules_.check(row, owner ? &*owner : nullptr, converter);
    if (row.ok && storable && owner) {
        writer.insert(row, owner->id);
        ++outcome.rowsWritten;
    }
}

} // namespace km
