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
 * add a tenth to the import's time.
 */
class SourceHasher
{
public:
    explicit SourceHasher(std::vector<const ImportSource*> sources);
    ~SourceHasher();
    SourceHasher(const SourceHasher&) = delete;
    SourceHasher& operator=(const SourceHasher&) = delete;

    /** The hex digest of `source` (one of the constructor's); nullopt when it could not be read. */
    std::optional<std::string> hash(const ImportSource& source);

private:
    void hashAll();
    void wait();

    std::vector<const ImportSource*> sources_;
    std::vector<std::optional<std::string>> hashes_;   // written by the thread until joined
    std::atomic<bool> stop_{false};                    // the import ended early: stop hashing
    std::thread thread_;
};

} // namespace km
