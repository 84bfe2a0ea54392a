#pragma once

#include "core/import/Importer.h"

#include "ui/BackgroundPool.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <atomic>
#include <memory>
#include <optional>

class ImportPlan;
class StudySession;
class QLabel;
class QProgressBar;
class QPushButton;

/**
 * Validates and imports the chosen files on a worker thread (all or nothing, in the core),
 * with a progress bar, the phase it is in, and a button that cancels in every phase but the
 * final commit: a cancelled or failed import leaves the study unchanged. The UI stays
 * responsive throughout. Errors and warnings lead on to the errors page.
 */
class ImportRunPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportRunPage(StudySession* session, ImportPlan& plan, QWidget* parent = nullptr);
    ~ImportRunPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;

    bool isRunning() const;
    /** Whether a cancel can still stop the running import (not once its commit has begun). */
    bool canStop() const;
    /** Asks the running import to stop; finished() follows. */
    void cancel();
    /** The outcome of the last run, once finished. */
    const std::optional<km::ImportResult>& result() const { return result_; }

signals:
    void finished();

private:
    void start();
    void showProgress(km::ImportPhase phase, double fraction, qint64 rows);
    void showResult(km::ImportResult result);

    StudySession* session_;
    ImportPlan& plan_;
    QLabel* status_;
    QProgressBar* progress_;
    QPushButton* cancelButton_;
    QLabel* summary_;
    std::shared_ptr<std::atomic<bool>> cancelled_;
    BackgroundPool pool_;
    QFutureWatcher<km::ImportResult> watcher_;
    std::optional<km::ImportResult> result_;
    km::ImportPhase phase_ = km::ImportPhase::Reading;
};
