#include "Heartbeat.h"

#include <algorithm>

#include <time.h>

namespace {

qint64 threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<qint64>(t.tv_sec) * 1000000000 + t.tv_nsec;
}

} // namespace

Heartbeat::Heartbeat(QObject* parent)
    : QObject(parent)
{
    timer_.setTimerType(Qt::PreciseTimer);
    timer_.setInterval(intervalMs);
    connect(&timer_, &QTimer::timeout, this, &Heartbeat::tick);
    clock_.start();
    timer_.start();
}

void Heartbeat::reset()
{
    lastNs_ = clock_.nsecsElapsed();
    worstNs_ = 0;
    lastCpuNs_ = threadCpuNs();
    worstCpuNs_ = 0;
}

// The work that blocked is also the time since the last tick when it is read mid-block.
double Heartbeat::worstBlockMs() const
{
    const qint64 current = clock_.nsecsElapsed() - lastNs_;
    return std::max<double>(0.0, static_cast<double>(std::max(worstNs_, current)) / 1e6 - intervalMs);
}

double Heartbeat::worstBlockCpuMs() const
{
    return static_cast<double>(std::max(worstCpuNs_, threadCpuNs() - lastCpuNs_)) / 1e6;
}

void Heartbeat::tick()
{
    const qint64 now = clock_.nsecsElapsed();
    worstNs_ = std::max(worstNs_, now - lastNs_);
    lastNs_ = now;
    const qint64 cpu = threadCpuNs();
    worstCpuNs_ = std::max(worstCpuNs_, cpu - lastCpuNs_);
    lastCpuNs_ = cpu;
}
