#pragma once

#include "core/import/RowBatch.h"

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace km {

/**
 * Fills batches of rows on a second thread while the calling thread, which owns the database
 * connection, writes the batches filled before: reading and converting take about as long as
 * writing, and the machines the program runs on have two cores or more. A few batches are in
 * flight at most, so memory does not grow with the file. A source that fits in the first batch
 * (a wizard preview, a test, a fuzz input) is filled on the calling thread and starts no thread.
 */
class RowPipeline
{
public:
    /** Fills `batch` (count 0 on entry) in file order; false when the source has no more rows. */
    using Fill = std::function<bool(RowBatch& batch)>;
    static constexpr std::size_t defaultBatchRows = 256;
    static constexpr std::size_t batchesInFlight = 4;

    explicit RowPipeline(Fill fill, std::size_t batchRows = defaultBatchRows);
    /** Stops the filling thread (after the batch it is on) and joins it. */
    ~RowPipeline();
    RowPipeline(const RowPipeline&) = delete;
    RowPipeline& operator=(const RowPipeline&) = delete;

    /**
     * The next batch in file order, or nullptr after the last. Once the filled batches are
     * taken, rethrows what `fill` threw (the rows it filled before are in the last batch).
     */
    RowBatch* next();
    /** Hands the oldest batch from next() back for refilling; its rows must not be used after. */
    void release();

    /** True when the source needed the second thread (for tests). */
    bool threaded() const { return thread_.joinable(); }

private:
    /** Fills batch number `n` on the calling thread; false when the source ended or threw. */
    bool fillOne(std::uint64_t n);
    void produce();

    Fill fill_;
    std::vector<RowBatch> batches_;   // used in turn: batch n is batches_[n % size]
    std::mutex mutex_;
    std::condition_variable changed_;
    std::uint64_t filled_ = 0;        // batches filled so far
    std::uint64_t taken_ = 0;         // batches handed out by next()
    std::uint64_t released_ = 0;      // batches given back
    bool ended_ = false;              // no batch after the filled ones
    bool stop_ = false;               // the caller is done: fill no more
    std::exception_ptr failure_;
    std::thread thread_;
};

} // namespace km
