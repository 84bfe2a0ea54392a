#include "core/output/OutputBatch.h"

#include "core/output/OutputTarget.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

namespace km {

OutputBatch::OutputBatch(OutputRules rules)
    : rules_(std::move(rules))
{
}

std::optional<TempFile> OutputBatch::start(const std::string& path, OutputError* error) const
{
    if (auto refusal = OutputTarget::check(path, rules_)) {
        *error = *refusal;
        return std::nullopt;
    }
    return TempFile::create(path, error);
}

std::optional<OutputError> OutputBatch::add(const std::string& path, std::string_view bytes)
{
    OutputError error;
    std::optional<TempFile> file = start(path, &error);
    if (!file)
        return error;
    if (auto failed = file->write(bytes))
        return failed;
    if (auto failed = file->finish())
        return failed;
    files_.push_back(std::move(*file));
    return std::nullopt;
}

std::optional<OutputError> OutputBatch::addWritten(const std::string& path, const PathWriter& write)
{
    OutputError error;
    std::optional<TempFile> file = start(path, &error);
    if (!file)
        return error;
    if (const std::optional<std::string> reason = write(file->path()))
        return OutputError{OutputError::Kind::Failed, path, *reason};
    if (auto failed = file->finish())
        return failed;
    files_.push_back(std::move(*file));
    return std::nullopt;
}

std::optional<OutputError> OutputBatch::commit()
{
    // Each earlier file keeps a second name until all new ones are in place, so a failed
    // rename can be undone; making those links needs no room for data.
    std::vector<std::string> previous(files_.size());
    std::optional<OutputError> failure;
    for (std::size_t i = 0; i < files_.size() && !failure; ++i) {
        const std::string& path = files_[i].finalPath();
        failure = OutputTarget::check(path, rules_);   // again: the folder may have changed
        struct stat existing{};
        if (!failure && ::lstat(path.c_str(), &existing) == 0) {
            previous[i] = files_[i].path() + ".old";
            if (::link(path.c_str(), previous[i].c_str()) != 0) {
                failure = OutputError::failed(path, errno);
                previous[i].clear();
            }
        }
    }
    std::size_t placed = 0;
    for (; placed < files_.size() && !failure; ++placed) {
        if ((failure = files_[placed].moveIntoPlace(rules_.replace)))
            break;
    }
    if (failure)
        undo(placed, previous);
    for (const std::string& link : previous)
        if (!link.empty())
            ::unlink(link.c_str());
    files_.clear();   // removes what was not placed
    if (failure && placed > 0)
        failure->reason += "; de al vervangen bestanden zijn teruggezet";
    return failure;
}

void OutputBatch::undo(std::size_t placed, const std::vector<std::string>& previous) const
{
    for (std::size_t i = 0; i < placed; ++i) {
        const std::string& path = files_[i].finalPath();
        if (previous[i].empty())
            ::unlink(path.c_str());
        else
            ::rename(previous[i].c_str(), path.c_str());
    }
}

std::vector<std::string> OutputBatch::paths() const
{
    std::vector<std::string> result;
    for (const TempFile& file : files_)
        result.push_back(file.finalPath());
    return result;
}

std::optional<OutputError> OutputBatch::writeOne(const std::string& path, std::string_view bytes, const OutputRules& rules)
{
    OutputBatch batch(rules);
    if (auto failed = batch.add(path, bytes))
        return failed;
    return batch.commit();
}

} // namespace km
