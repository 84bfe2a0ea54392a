#include "core/import/TableImporter.h"

#include "core/csv/TableReader.h"
#include "core/import/CaseLookup.h"
#include "core/import/ColumnMap.h"
#include "core/import/ErrorCollector.h"
#include "core/import/IdentifierGuard.h"
#include "core/import/RowConverter.h"
#include "core/import/TableWriter.h"

namespace km {

TableImporter::TableImporter(Database& db, TableKind kind, std::int64_t importId, CaseLookup& cases, ErrorCollector& log)
    : db_(db)
    , kind_(kind)
    , spec_(Codebook::table(kind))
    , casusId_(static_cast<std::size_t>(*spec_.fieldIndex("casus_id")))
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

    const ColumnMap columns(spec_, reader.header(), columnMapping);
    const bool clean = checkHeaderSafety(reader);
    const bool storable = reportHeader(reader, columns) && clean;
    RowConverter converter(spec_, columns, reader, log_);
    TableWriter writer(db_, kind_, importId_);
    for (std::size_t field = 0; field < spec_.fields.size(); ++field)
        outcome.fieldLabels[field] = converter.fieldLabel(field);
    // Past the variables (line 1 above), an SPSS file's lines are its cases.
    if (reader.encoding() == "sav")
        log_.countCasesIn(reader.sourceName());

    TableRecord record;
    ConvertedRow row;
    while (!log_.full() && reader.next(record)) {
        ++outcome.recordsRead;
        if (outcome.recordsRead % progressInterval == 0 && progress && !progress(outcome.recordsRead)) {
            outcome.cancelled = true;
            return outcome;
        }
        // Checked before conversion, whose messages would repeat the value.
        if (refuseCells(reader, record))
            continue;
        if (converter.convert(record, row) != RowConverter::Outcome::Converted)
            continue;
        if (kind_ == TableKind::Casussen)
            importCase(row, storable, converter, writer, outcome);
        else
            importDependent(row, storable, converter, writer, outcome);
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
    if (header.size() > maxColumns) {
        log_.error({reader.sourceName(), 1, {}, {}, "te veel kolommen (" + std::to_string(header.size())
            + "); verwacht ten hoogste " + std::to_string(maxColumns) + " kolommen"});
        return false;
    }
    bool clean = true;
    for (std::size_t column = 0; column < header.size(); ++column) {
        if (const auto kind = IdentifierGuard::headerKind(header[column])) {
            log_.error({reader.sourceName(), 1, reader.columnLabel(column), {}, IdentifierGuard::headerMessage(*kind)});
            clean = false;
        }
    }
    return clean;
}

bool TableImporter::refuseCells(TableReader& reader, const TableRecord& record)
{
    bool refused = false;
    const std::size_t labelled = reader.header().size();
    for (std::size_t column = 0; column < record.fields.size(); ++column) {
        const std::string& field = record.fields[column];
        std::string message;
        if (field.size() > maxFieldBytes)
            message = "veld is te lang (" + std::to_string(field.size()) + " bytes); verwacht ten hoogste "
                + std::to_string(maxFieldBytes) + " bytes per veld";
        else if (const char* kind = IdentifierGuard::valueKind(field))
            message = IdentifierGuard::valueMessage(kind);
        if (message.empty())
            continue;
        const std::string label = column < labelled ? reader.columnLabel(column) : "kolom " + std::to_string(column + 1);
        log_.error({reader.sourceName(), record.line, label, {}, std::move(message)});
        refused = true;
    }
    return refused;
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
        if (writer.insert(row, 0))
            ++outcome.rowsWritten;
        else
            duplicateError(row, converter, {});
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
