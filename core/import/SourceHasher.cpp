#include "core/import/SourceHasher.h"

#include "core/import/Importer.h"
#include "core/util/Sha256.h"

#include <fstream>

namespace km {

SourceHasher::SourceHasher(std::vector<const ImportSource*> sources, double totalBytes)
    : sources_(std::move(sources)), hashes_(sources_.size())
{
    if (totalBytes >= backgroundFromBytes)
        thread_ = std::thread([this] { hashAll(); });
}

SourceHasher::~SourceHasher()
{
    stop_ = true;
    if (thread_.joinable())
        thread_.join();
}

std::optional<std::string> SourceHasher::hash(const ImportSource& source)
{
    if (!hashed_) {
        if (thread_.joinable())
            thread_.join();
        else
            hashAll();
        hashed_ = true;
    }
    for (std::size_t i = 0; i < sources_.size(); ++i)
        if (sources_[i] == &source)
            return hashes_[i];
    return std::nullopt;
}

void SourceHasher::hashAll()
{
    std::string block(1 << 20, '\0');
    for (std::size_t i = 0; i < sources_.size() && !stop_; ++i) {
        const ImportSource& source = *sources_[i];
        if (!source.inMemoryText.empty()) {
            hashes_[i] = Sha256::of(source.inMemoryText);
            continue;
        }
        std::ifstream in(source.path, std::ios::binary);
        if (!in)
            continue;
        Sha256 hash;
        while (in && !stop_) {
            in.read(block.data(), static_cast<std::streamsize>(block.size()));
            hash.update(std::string_view(block.data(), static_cast<std::size_t>(in.gcount())));
        }
        if (!in.bad() && !stop_)
            hashes_[i] = hash.hexDigest();
    }
}

} // namespace km
