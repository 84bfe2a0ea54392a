#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace km {

/**
 * SHA-256 (FIPS 180-4), so an import log can name exactly which file content a figure came
 * from. Incremental: feed the file in blocks while it is being read.
 */
class Sha256
{
public:
    Sha256();
    void update(std::string_view bytes);
    /** Lower-case hex digest; the object is finished afterwards. */
    std::string hexDigest();

    static std::string of(std::string_view bytes);

private:
    void compress(const unsigned char* block);

    std::uint32_t state_[8];
    unsigned char buffer_[64];
    std::size_t bufferUsed_ = 0;
    std::uint64_t totalBytes_ = 0;
    bool shaInstructions_;   // the processor has the SHA extensions (x86): about four times faster
};

} // namespace km
