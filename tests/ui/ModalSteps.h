#pragma once

#include <QDeadlineTimer>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <vector>

namespace uitest {

/**
 * Acts on modal windows in turn as they open: each step waits for a modal widget of its type
 * and then drives it as a user would. A window still open past the time limit is closed and
 * timedOut() turns true, so that a broken step cannot hang the run.
 */
class ModalSteps
{
public:
    template <class Window>
    ModalSteps& then(std::function<void(Window*)> act)
    {
        steps_.push_back({[](QWidget* w) { return qobject_cast<Window*>(w) != nullptr; },
                          [act](QWidget* w) { act(qobject_cast<Window*>(w)); }});
        return *this;
    }

    /** Starts watching; the blocking action (a menu click, a key) follows the call. */
    void start();

    bool allDone() const { return next_ == steps_.size(); }
    bool timedOut() const { return timedOut_; }

private:
    struct Step
    {
        std::function<bool(QWidget*)> matches;
        std::function<void(QWidget*)> act;
    };

    void poll();

    std::vector<Step> steps_;
    std::size_t next_ = 0;
    QTimer timer_;
    QDeadlineTimer deadline_;
    // Guarded: the next dialog may be built where the last one was (both on the stack).
    QPointer<QWidget> last_;
    bool busy_ = false;
    bool timedOut_ = false;
};


} // namespace uitest
