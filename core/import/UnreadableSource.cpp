#include "core/import/UnreadableSource.h"

namespace km {

UnreadableSource::UnreadableSource(std::string name, std::string message)
    : name_(std::move(name)), problem_{0, std::move(message)}
{
}

std::string UnreadableSource::sourceName() const
{
    return name_;
}

const std::vector<std::string>& UnreadableSource::header() const
{
    return header_;
}

std::string UnreadableSource::columnLabel(std::size_t index) const
{
    return "kolom " + std::to_string(index + 1);
}

bool UnreadableSource::next(TableRecord&)
{
    return false;
}

std::optional<ReadProblem> UnreadableSource::problem() const
{
    return problem_;
}

std::vector<std::string> UnreadableSource::notes() const
{
    return {};
}

double UnreadableSource::progress() const
{
    return 1.0;
}

std::string UnreadableSource::encoding() const
{
    return {};
}

} // namespace km
