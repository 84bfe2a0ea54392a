#pragma once

#include "ui/MainWindow.h"

#include <QObject>
#include <QSize>
#include <QString>
#include <QTimer>

/**
 * `ketenmonitor --screenshot`: shows the main window at a given size with one view in front,
 * waits until that view's worker has delivered its figures (its ready signal, never a fixed
 * delay), grabs the window and saves it as PNG.
 */
class ScreenshotTaker : public QObject
{
    Q_OBJECT

public:
    ScreenshotTaker(MainWindow* window, MainWindow::View view, QString path, QSize size, QObject* parent = nullptr);

    void start();

signals:
    void finished(bool ok, const QString& message);

private:
    bool viewBusy() const;
    void grabWhenIdle();
    void grab();
    void finish(bool ok, const QString& message);

    MainWindow* window_;
    MainWindow::View view_;
    QString path_;
    QSize size_;
    QTimer guard_;
    bool done_ = false;
};
