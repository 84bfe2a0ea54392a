#pragma once

#include "core/csv/TableReader.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace km {

/**
 * Wraps a reader and replaces the user's own values by codebook values before validation
 * ("Ja, zeker" -> ja, 9 -> empty), per column. Values match case-insensitively with spaces
 * trimmed; other values pass unchanged, so the importer still rejects what the recoding missed.
 */
class RecodingReader : public TableReader
{
public:
    /** Per column: lower-cased trimmed user value -> replacement (may be empty). */
    using ColumnRecodings = std::vector<std::map<std::string, std::string>>;

    RecodingReader(std::unique_ptr<TableReader> inner, ColumnRecodings recodings);

    std::string sourceName() const override;
    const std::vector<std::string>& header() const override;
    std::string columnLabel(std::size_t index) const override;
    bool next(TableRecord& record) override;
    std::optional<ReadProblem> problem() const override;
    std::vector<std::string> notes() const override;
    double progress() const override;
    std::string encoding() const override;

private:
    std::unique_ptr<TableReader> inner_;
    ColumnRecodings recodings_;
};

} // namespace km
