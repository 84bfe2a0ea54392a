#pragma once

#include <atomic>
#include <cstddef>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace km {

struct ImportSource;

/**
 * Computes the SHA-256 of an import's sources for the import log on a second thread, while the
 * import reads their rows: hashing needs its own pass over every file, which would otherwise
 * add a tenth to the import's time. Small imports are hashed when asked, on the calling thread,
 * since starting a thread costs more than hashing them (a wizard import, every fuzz input).
 */
class SourceHasher
{
public:
    static constexpr double backgroundFromBytes = 1 << 20;

    /** `totalBytes`: the sources' size together, which decides whether a thread is worth it. */
    SourceHasher(std::vector<const ImportSource*> sources, double totalBytes);
    ~SourceHasher();
    SourceHasher(const SourceHasher&) = delete;
    SourceHasher& operator=(const SourceHasher&) = delete;

    /** The hex digest of `source` (one of the constructor's); nullopt when it could not be read. */
    std::optional<std::string> hash(const ImportSource& source);

private:
    void hashAll();

    std::vector<const ImportSource*> sources_;
    std::vector<std::optional<std::string>> hashes_;   // written by the thread until joined
    std::atomic<bool> stop_{false};                    // the import ended early: stop hashing
    bool hashed_ = false;                              // hashes_ final (thread joined or not used)
    std::thread thread_;
};

} // namespace km
