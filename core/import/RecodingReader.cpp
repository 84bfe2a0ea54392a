#include "core/import/RecodingReader.h"

#include "core/util/ValueParser.h"

namespace km {

RecodingReader::RecodingReader(std::unique_ptr<TableReader> inner, ColumnRecodings recodings)
    : inner_(std::move(inner)), recodings_(std::move(recodings))
{
}

std::string RecodingReader::sourceName() const
{
    return inner_->sourceName();
}

const std::vector<std::string>& RecodingReader::header() const
{
    return inner_->header();
}

std::string RecodingReader::columnLabel(std::size_t index) const
{
    return inner_->columnLabel(index);
}

bool RecodingReader::next(TableRecord& record)
{
    if (!inner_->next(record))
        return false;
    for (std::size_t column = 0; column < record.fields.size() && column < recodings_.size(); ++column) {
        const auto& recoding = recodings_[column];
        if (recoding.empty())
            continue;
        const auto it = recoding.find(ValueParser::lower(ValueParser::trim(record.fields[column])));
        if (it != recoding.end())
            record.fields[column] = it->second;
    }
    return true;
}

std::optional<ReadProblem> RecodingReader::problem() const
{
    return inner_->problem();
}

std::vector<std::string> RecodingReader::notes() const
{
    return inner_->notes();
}

double RecodingReader::progress() const
{
    return inner_->progress();
}

std::string RecodingReader::encoding() const
{
    return inner_->encoding();
}

} // namespace km
