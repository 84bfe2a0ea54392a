#pragma once

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>

namespace km {

/**
 * The bytes of one CSV input, a file or text in memory, handed out block by block and
 * readable twice: CsvReader checks the encoding in a first pass before it parses, so a file is
 * never held in memory whole.
 */
class ByteSource
{
public:
    /** Opens a file; isOpen() says whether that worked. */
    static ByteSource file(const std::string& path);
    static ByteSource memory(std::string text);

    bool isOpen() const;
    std::uint64_t size() const;

    /** Fills `buffer` up to `capacity` bytes; fewer only at the end of the input (or on failed()). */
    std::size_t read(char* buffer, std::size_t capacity);

    /** Back to the first byte, for the second pass. */
    bool rewind();

    /** A read error happened (a vanished network drive, a directory given as file). */
    bool failed() const;

private:
    using FileHandle = std::unique_ptr<std::FILE, int (*)(std::FILE*)>;

    ByteSource() = default;

    FileHandle file_{nullptr, &std::fclose};
    bool inMemory_ = false;
    std::string text_;
    std::size_t offset_ = 0;
    std::uint64_t size_ = 0;
    bool failed_ = false;
};

} // namespace km
