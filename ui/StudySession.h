#pragma once

#include "core/cases/StudyOverview.h"
#include "core/db/Study.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace km {
class IndicatorCube;
}

/**
 * The study the desktop program has open, shared by every view. Views listen to
 * studyChanged() (another study, or new data after an import) and read through study().
 * The connection is in SQLite's serialized mode, so workers may compute on it; a worker holds
 * studyHandle() so the study outlives it even when the user opens another one meanwhile.
 * A worker that only reads takes readHandle() instead: a connection of its own, so a long
 * query (sorting a million cases) never makes the UI thread or another worker wait for it.
 * The cohorts, regions and case count are read once per study (StudyOverview), not per view,
 * and the IndicatorCube of its data, once the dashboard has built it, answers every view.
 */
class StudySession : public QObject
{
    Q_OBJECT

public:
    explicit StudySession(QObject* parent = nullptr);
    ~StudySession() override;

    /** Opens (or creates) a study file; on failure returns false and sets *error (Dutch/English via tr). */
    bool openFile(const QString& path, bool create, QString* error);
    /** What opening the study found that the user should know (a mode tightened to 0600; Dutch). */
    QStringList openWarnings() const { return warnings_; }
    /** Opens the bundled synthetic demo study (in memory); false (and *error) if it fails to load. */
    bool openDemo(QString* error = nullptr);

    km::Study* study() const;       // nullptr when none is open
    /** Shared ownership of the open study, for worker threads (null when none is open). */
    std::shared_ptr<km::Study> studyHandle() const { return study_; }
    /**
     * A connection of its own to the open study file for one reading worker (null when none
     * is open). The in-memory demo cannot be opened twice: its shared connection is returned,
     * as it is when the file can no longer be opened.
     */
    std::shared_ptr<km::Study> readHandle() const;
    bool isDemo() const;
    QString path() const;           // empty for the demo study
    QString displayName() const;    // file name, or "demo (synthetisch)"
    QStringList cohortNames() const;
    QStringList regions() const;
    qint64 caseCount() const { return overview_.cases; }

    /** Call after data changed (an import): views reload. */
    void notifyDataChanged();

    /** Counts the changes of the open study or its data, so a worker's result can be matched to them. */
    quint64 dataVersion() const { return dataVersion_; }
    /** The cube of the current data, once one was kept; else null. */
    std::shared_ptr<const km::IndicatorCube> cube() const { return cube_; }
    /** Keeps a cube built from data version `version`; one of older data is dropped. */
    void keepCube(std::shared_ptr<const km::IndicatorCube> cube, quint64 version);

signals:
    void studyChanged();

private:
    /** Reads the overview of the new study or data, forgets the cube, and tells the views. */
    void changed();

    std::shared_ptr<km::Study> study_;
    QString path_;
    QStringList warnings_;
    bool demo_ = false;
    km::StudyOverview overview_;
    quint64 dataVersion_ = 0;
    std::shared_ptr<const km::IndicatorCube> cube_;
};
