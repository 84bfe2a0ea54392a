#pragma once

#include "Heartbeat.h"

#include "ui/StudySession.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class MainWindow;

/** One measured user action: how long until its result was on screen, and the UI thread's longest block meanwhile. */
struct BenchStep
{
    QString action;
    double ms = 0;
    double worstBlockMs = 0;
    double worstBlockCpuMs = 0;   // the UI thread's own CPU time in its longest block
    double cpuMs = 0;   // CPU time of the whole process (all threads) meanwhile: independent of other load
    QString target;
    bool met = true;
};

/**
 * Drives the real desktop program (StudySession + MainWindow, offscreen) through what a user
 * does with a large study: open it, change the selection, browse and sort the cases, and
 * times each action from the call to its result on screen.
 */
class DesktopBench : public QObject
{
    Q_OBJECT

public:
    explicit DesktopBench(QString studyPath);
    ~DesktopBench() override;

    /** Runs every step; false (and *error) when the study cannot be opened or a step times out. */
    bool run(QString* error);
    const std::vector<BenchStep>& steps() const { return steps_; }
    qint64 cases() const { return cases_; }

private:
    bool openStudy();
    bool changeSelection();
    bool compareCohorts();
    bool browseCases();
    bool sortCases();
    /** Times `action` until `done` holds; false after a minute. */
    bool measure(const QString& name, const std::function<void()>& action, const std::function<bool()>& done,
                 const QString& target, double limitMs, double blockLimitMs);
    bool waitUntil(const std::function<bool()>& done, int timeoutMs);
    bool viewsIdle() const;
    /** The rows the cases table shows have their data (read, not waiting for a page). */
    bool visibleRowsLoaded() const;
    void settle();

    QString path_;
    StudySession session_;
    std::unique_ptr<MainWindow> window_;
    Heartbeat heartbeat_;
    std::vector<BenchStep> steps_;
    qint64 cases_ = 0;
    QString failed_;
};
