#pragma once

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

/**
 * One worker thread for one owner's long jobs (indicator passes, imports, sorting a million
 * cases), kept apart from Qt's global pool: Qt's own painting borrows threads of the global
 * pool (e.g. to scale the images of styled widgets) and waits for them on the UI thread, so a
 * long job there froze the window for as long as the job ran.
 */
class BackgroundPool
{
public:
    BackgroundPool() { pool_.setMaxThreadCount(1); }
    ~BackgroundPool() { pool_.waitForDone(); }
    BackgroundPool(const BackgroundPool&) = delete;
    BackgroundPool& operator=(const BackgroundPool&) = delete;

    template<typename Job>
    auto run(Job&& job)
    {
        return QtConcurrent::run(&pool_, std::forward<Job>(job));
    }

private:
    QThreadPool pool_;
};
