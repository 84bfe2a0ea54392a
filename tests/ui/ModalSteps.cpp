#include "ModalSteps.h"

#include <QApplication>
#include <QDialog>

namespace uitest {

void ModalSteps::start()
{
    deadline_ = QDeadlineTimer(120000);
    timer_.setInterval(20);
    QObject::connect(&timer_, &QTimer::timeout, [this] { poll(); });
    timer_.start();
}

void ModalSteps::poll()
{
    QWidget* modal = QApplication::activeModalWidget();
    if (busy_ || !modal)
        return;
    if (deadline_.hasExpired()) {
        timedOut_ = true;
        if (auto* dialog = qobject_cast<QDialog*>(modal))
            dialog->done(QDialog::Rejected);
        return;
    }
    if (allDone() || modal == last_ || !steps_[next_].matches(modal))
        return;
    busy_ = true;
    last_ = modal;
    steps_[next_++].act(modal);
    busy_ = false;
}

} // namespace uitest
