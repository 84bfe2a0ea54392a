#pragma once

#include "core/codebook/Codebook.h"
#include "core/import/ImportError.h"

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace km {

/**
 * Which column of a file holds which codebook field, matched by header name (case and
 * surrounding spaces ignored) or by a mapping the user made (header -> field); other columns
 * become extra attributes. Missing required and duplicate columns are problems, and a header
 * that nearly matches a field is pointed out.
 */
class ColumnMap
{
public:
    /** A finding about the header line; `column` is the file's column index, if one applies. */
    struct Problem
    {
        std::optional<std::size_t> column;
        std::string message;
        ImportError::Severity severity = ImportError::Severity::Error;
    };

    static constexpr int noField = -1;

    /** `mapping`: header -> codebook field name; it wins over a header that is a field name. */
    ColumnMap(const TableSpec& spec, const std::vector<std::string>& header,
              const std::map<std::string, std::string>& mapping = {});

    /** Codebook field index of a file column, or noField for an extra column. */
    int fieldOfColumn(std::size_t column) const { return fieldOfColumn_[column]; }
    /** File column of a codebook field, or nullopt when the file does not have it. */
    std::optional<std::size_t> columnOfField(std::size_t field) const { return columnOfField_[field]; }
    /** The missing field an extra column's header nearly matches ("bedoelde u ...?"), or noField. */
    int suggestedFieldOfColumn(std::size_t column) const { return suggestedField_[column]; }
    /** Name under which an extra column's values are stored. */
    const std::string& extraName(std::size_t column) const { return extraNames_[column]; }

    std::size_t columnCount() const { return fieldOfColumn_.size(); }
    const std::vector<Problem>& problems() const { return problems_; }
    /** No errors: every row can be stored. */
    bool usable() const;

private:
    void applyMapping(const TableSpec& spec, const std::vector<std::string>& header,
                      const std::map<std::string, std::string>& mapping);
    void suggestForMissing(const TableSpec& spec, const std::vector<std::string>& header);

    std::vector<int> fieldOfColumn_;
    std::vector<std::optional<std::size_t>> columnOfField_;
    std::vector<std::string> extraNames_;
    std::vector<int> suggestedField_;
    std::vector<Problem> problems_;
};

} // namespace km
