#pragma once

#include "core/indicators/IndicatorCube.h"
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
 * indicator groups on the left, the chosen group's charts and tables on the right. Figures come
 * from a worker thread: added up from the study's IndicatorCube once it has one, else from a
 * pass of their own. A result that arrives after a newer request is dropped, so the screen
 * always shows the latest selection.
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
    /** The cube that will answer the user's next selections is being built. */
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
        std::shared_ptr<const km::IndicatorCube> cube;   // built on the way, or null
    };

    /** A cube built ahead, for data version `generation`. */
    struct Ahead
    {
        std::shared_ptr<const km::IndicatorCube> cube;
        quint64 generation = 0;
    };

    void reload();
    void selectionChanged();
    void recompute();
    void deliver(const Outcome& outcome);
    /** The study's cube, unless the session has one. */
    void computeAhead();
    void keepCube(const Ahead& ahead);
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
    IndicatorCache cache_;
    quint64 aheadFor_ = 0;    // data version of the cube being built ahead
    LatestRun<Outcome> run_{this, [this](Outcome outcome) { deliver(outcome); }};
    // Its own worker, so a selection the user makes is never queued behind the cube.
    LatestRun<Ahead> ahead_{this, [this](const Ahead& ahead) { keepCube(ahead); }};
};
