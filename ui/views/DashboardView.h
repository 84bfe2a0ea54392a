#pragma once

#include "core/indicators/IndicatorSet.h"
#include "ui/IndicatorCache.h"
#include "ui/LatestRun.h"

#include <QWidget>

#include <map>
#include <memory>

class IndicatorGroupPage;
class SelectionPanel;
class StudySession;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTimer;

/**
 * The indicators of the open study for the chosen selection: a selection panel and the list of
 * indicator groups on the left, the chosen group's charts and tables on the right. Every
 * change of selection is recomputed on a worker thread (or shown at once from the figures
 * already computed for this study); a result that arrives after a newer request is dropped, so
 * the screen always shows the latest selection.
 */
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardView(StudySession* session, QWidget* parent = nullptr);
    ~DashboardView() override;

    SelectionPanel* selectionPanel() const { return selection_; }
    /** The page of a group ("recidive"), or nullptr. */
    IndicatorGroupPage* page(const std::string& group) const;
    void showGroup(const std::string& group);
    /** The figures on screen (null before the first result). */
    std::shared_ptr<const km::IndicatorSet> indicators() const { return indicators_; }
    /** True from a change of selection until its figures are shown. */
    bool isComputing() const;
    /** Figures the user may ask for next (each cohort alone) are being computed ahead. */
    bool isComputingAhead() const { return ahead_.busy(); }

signals:
    /** New figures are on screen. */
    void indicatorsReady();
    /** The core failed to compute (e.g. an unreadable study); the message is for the user. */
    void computationFailed(const QString& message);

private:
    /** What a worker hands back: the figures or the core's message, for request number `request`. */
    struct Outcome
    {
        std::shared_ptr<const km::IndicatorSet> indicators;
        QString error;
        QString summary;
        quint64 request = 0;
        quint64 generation = 0;
    };

    /** Figures computed ahead for the cache, for data number `generation`. */
    struct Ahead
    {
        std::vector<std::shared_ptr<const km::IndicatorSet>> sets;
        quint64 generation = 0;
    };

    void reload();
    void recompute();
    void deliver(const Outcome& outcome);
    void computeAhead(const km::Selection& shown);
    void showResult(std::shared_ptr<const km::IndicatorSet> indicators, const QString& error, const QString& summary);

    StudySession* session_;
    SelectionPanel* selection_;
    QListWidget* groups_;
    QStackedWidget* pages_;
    QLabel* status_;
    QTimer* debounce_;
    std::map<std::string, IndicatorGroupPage*> pagesByGroup_;
    std::shared_ptr<const km::IndicatorSet> indicators_;
    quint64 requested_ = 0;   // number of the latest request
    quint64 shown_ = 0;       // number of the request on screen
    quint64 generation_ = 0;  // number of the study's data the cache holds figures of
    IndicatorCache cache_;
    LatestRun<Outcome> run_{this, [this](Outcome outcome) { deliver(outcome); }};
    // Its own worker, so a selection the user makes is never queued behind a guess.
    LatestRun<Ahead> ahead_{this, [this](const Ahead& ahead) {
        if (ahead.generation == generation_)
            for (const auto& figures : ahead.sets)
                cache_.store(figures);
    }};
};
