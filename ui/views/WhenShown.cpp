#include "ui/views/WhenShown.h"

#include <QEvent>
#include <QWidget>

WhenShown::WhenShown(QWidget* view, std::function<void()> work)
    : QObject(view), view_(view), work_(std::move(work))
{
    view_->installEventFilter(this);
}

void WhenShown::request()
{
    pending_ = !view_->isVisible();
    if (!pending_)
        work_();
}

bool WhenShown::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == view_ && event->type() == QEvent::Show && pending_) {
        pending_ = false;
        work_();
    }
    return QObject::eventFilter(watched, event);
}
