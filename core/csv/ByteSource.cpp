#include "core/csv/ByteSource.h"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <system_error>

namespace km {

ByteSource ByteSource::file(const std::string& path)
{
    ByteSource source;
    std::error_code error;
    // fopen succeeds on a directory on POSIX; refuse it here so "cannot open" is the message.
    if (std::filesystem::is_directory(path, error))
        return source;
    source.file_.reset(std::fopen(path.c_str(), "rb"));
    if (source.file_) {
        const auto size = std::filesystem::file_size(path, error);
        source.size_ = error ? 0 : size;
    }
    return source;
}

ByteSource ByteSource::memory(std::string text)
{
    ByteSource source;
    source.inMemory_ = true;
    source.size_ = text.size();
    source.text_ = std::move(text);
    return source;
}

bool ByteSource::isOpen() const
{
    return inMemory_ || file_ != nullptr;
}

std::uint64_t ByteSource::size() const
{
    return size_;
}

std::size_t ByteSource::read(char* buffer, std::size_t capacity)
{
    if (inMemory_) {
        const std::size_t n = std::min(capacity, text_.size() - offset_);
        std::memcpy(buffer, text_.data() + offset_, n);
        offset_ += n;
        return n;
    }
    if (!file_ || failed_)
        return 0;
    std::size_t total = 0;
    while (total < capacity) {
        const std::size_t n = std::fread(buffer + total, 1, capacity - total, file_.get());
        total += n;
        if (n == 0) {
            failed_ = std::ferror(file_.get()) != 0;
            break;
        }
    }
    return total;
}

bool ByteSource::rewind()
{
    if (inMemory_) {
        offset_ = 0;
        return true;
    }
    return file_ && !failed_ && std::fseek(file_.get(), 0, SEEK_SET) == 0;
}

bool ByteSource::failed() const
{
    return failed_;
}

} // namespace km
