#pragma once

#include "ui/BackgroundPool.h"

#include <QFutureWatcher>
#include <QObject>

#include <functional>
#include <utility>

/**
 * Runs a view's computation on a worker thread of its own (BackgroundPool), one at a time, and
 * hands the view only the newest request's result: a request made while one runs waits
 * (replacing any older waiting one) and starts when the running one ends, whose stale result
 * is dropped. The UI thread never blocks; the destructor waits so no job outlives its view.
 */
template<typename Result>
class LatestRun
{
public:
    using Job = std::function<Result()>;

    LatestRun(QObject* context, std::function<void(Result)> deliver)
        : deliver_(std::move(deliver))
    {
        QObject::connect(&watcher_, &QFutureWatcherBase::finished, context, [this] {
            if (next_) {
                start(std::exchange(next_, nullptr));
                return;
            }
            deliver_(watcher_.result());
        });
    }

    ~LatestRun() { watcher_.waitForFinished(); }

    LatestRun(const LatestRun&) = delete;
    LatestRun& operator=(const LatestRun&) = delete;

    /** A job runs or waits. */
    bool busy() const { return watcher_.isRunning() || next_; }

    void run(Job job)
    {
        if (watcher_.isRunning())
            next_ = std::move(job);
        else
            start(std::move(job));
    }

private:
    void start(Job job) { watcher_.setFuture(pool_.run(std::move(job))); }

    BackgroundPool pool_;
    QFutureWatcher<Result> watcher_;
    Job next_;
    std::function<void(Result)> deliver_;
};
