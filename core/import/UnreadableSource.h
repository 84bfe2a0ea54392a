#pragma once

#include "core/csv/TableReader.h"

#include <string>

namespace km {

/**
 * A source that could not be opened as a table (a damaged workbook, a missing sheet): it has no
 * header and one problem, which the importer reports like any other file that cannot be read.
 */
class UnreadableSource : public TableReader
{
public:
    UnreadableSource(std::string name, std::string message);

    std::string sourceName() const override;
    const std::vector<std::string>& header() const override;
    std::string columnLabel(std::size_t index) const override;
    bool next(TableRecord& record) override;
    std::optional<ReadProblem> problem() const override;
    std::vector<std::string> notes() const override;
    double progress() const override;
    std::string encoding() const override;

private:
    std::string name_;
    ReadProblem problem_;
    std::vector<std::string> header_;
};

} // namespace km
