#pragma once

#include <QObject>

#include <functional>

class QWidget;

/**
 * Runs a view's work at once when the view is visible, or when it is next shown: a view in a
 * background tab then costs nothing while a study opens, and the cores go to what the user
 * looks at. Asking again while hidden still runs the work only once.
 */
class WhenShown : public QObject
{
public:
    WhenShown(QWidget* view, std::function<void()> work);

    void request();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* view_;
    std::function<void()> work_;
    bool pending_ = false;
};
