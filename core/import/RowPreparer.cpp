#include "core/import/RowPreparer.h"

#include "core/csv/TableReader.h"
#include "core/import/IdentifierGuard.h"
#include "core/import/RowBatch.h"

namespace km {

RowPreparer::RowPreparer(const TableSpec& spec, const ColumnMap& columns, TableReader& reader, std::int64_t progressInterval)
    : reader_(reader), converter_(spec, columns, reader, pending_), progressInterval_(progressInterval)
{
}

bool RowPreparer::fill(RowBatch& batch)
{
    while (batch.count < batch.rows.size()) {
        RowBatch::Row& row = batch.rows[batch.count];
        if (!reader_.next(row.record))
            return false;
        if (++recordsRead_ % progressInterval_ == 0)
            row.fraction = reader_.progress();
        // Checked before conversion, whose messages would repeat the value.
        row.usable = !refuseCells(row.record)
            && converter_.convert(row.record, row.converted) == RowConverter::Outcome::Converted;
        if (pending_.hasErrors()) {
            for (ImportError& e : pending_.takeErrors())
                batch.errors.push_back(std::move(e));
        }
        row.errorsEnd = batch.errors.size();
        ++batch.count;
    }
    return true;
}

bool RowPreparer::refuseCells(const TableRecord& record)
{
    bool refused = false;
    const std::size_t labelled = reader_.header().size();
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
        const std::string label = column < labelled ? reader_.columnLabel(column) : "kolom " + std::to_string(column + 1);
        pending_.error({reader_.sourceName(), record.line, label, {}, std::move(message)});
        refused = true;
    }
    return refused;
}

} // namespace km
