#include "core/import/RowPipeline.h"

#include <utility>

namespace km {

RowPipeline::RowPipeline(Fill fill, std::size_t batchRows)
    : fill_(std::move(fill))
{
    batches_.reserve(batchesInFlight);
    for (std::size_t i = 0; i < batchesInFlight; ++i)
        batches_.emplace_back(batchRows);
    if (fillOne(0))
        thread_ = std::thread([this] { produce(); });
}

RowPipeline::~RowPipeline()
{
    {
        const std::lock_guard lock(mutex_);
        stop_ = true;
    }
    changed_.notify_all();
    if (thread_.joinable())
        thread_.join();
}

// The batch is published whether or not `fill` threw, so the rows it read before the failure
// are written (and their errors reported) before the failure is, as when reading row by row.
bool RowPipeline::fillOne(std::uint64_t n)
{
    RowBatch& batch = batches_[n % batches_.size()];
    batch.count = 0;
    batch.errors.clear();
    bool more = false;
    std::exception_ptr failure;
    try {
        more = fill_(batch);
    } catch (...) {
        failure = std::current_exception();
    }
    {
        const std::lock_guard lock(mutex_);
        ++filled_;
        ended_ = !more;
        failure_ = failure;
    }
    changed_.notify_all();
    return more;
}

void RowPipeline::produce()
{
    for (std::uint64_t n = 1;; ++n) {
        {
            std::unique_lock lock(mutex_);
            changed_.wait(lock, [&] { return stop_ || n - released_ < batches_.size(); });
            if (stop_)
                return;
        }
        if (!fillOne(n))
            return;
    }
}

RowBatch* RowPipeline::next()
{
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return taken_ < filled_ || ended_; });
    if (taken_ < filled_)
        return &batches_[taken_++ % batches_.size()];
    if (failure_)
        std::rethrow_exception(std::exchange(failure_, nullptr));
    return nullptr;
}

void RowPipeline::release()
{
    {
        const std::lock_guard lock(mutex_);
        ++released_;
    }
    changed_.notify_all();
}

} // namespace km
