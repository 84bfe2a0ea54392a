#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

/**
 * How smooth the program feels: a 5 ms timer on the UI thread whose longest gap between two
 * ticks is the longest time the UI thread was busy (a query, a paint, a model reset) and could
 * not react to the user. Gaps above about 50 ms are visible as stutter. The UI thread's own CPU
 * time within the worst gap is kept too: on a loaded machine a gap also holds the time the
 * thread waited for a core, which a quiet machine would not have.
 */
class Heartbeat : public QObject
{
    Q_OBJECT

public:
    static constexpr int intervalMs = 5;

    explicit Heartbeat(QObject* parent = nullptr);

    /** Starts a new measurement: the longest gap from now on. */
    void reset();
    /** Longest time in milliseconds the UI thread did not tick since reset(), beyond the interval. */
    double worstBlockMs() const;
    /** The most CPU time the UI thread used between two ticks since reset(), in milliseconds. */
    double worstBlockCpuMs() const;

private:
    void tick();

    QTimer timer_;
    QElapsedTimer clock_;
    qint64 lastNs_ = 0;
    qint64 worstNs_ = 0;
    qint64 lastCpuNs_ = 0;
    qint64 worstCpuNs_ = 0;
};
