#include "app/desktop/DesktopApp.h"

#include "ui/MainWindow.h"
#include "ui/RecentStudies.h"
#include "ui/ScreenshotTaker.h"
#include "ui/dialogs/SettingsDialog.h"

#include <QApplication>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

namespace {

std::optional<MainWindow::View> viewByName(const QString& name)
{
    if (name == QLatin1String("dashboard"))
        return MainWindow::View::Dashboard;
    if (name == QLatin1String("cases"))
        return MainWindow::View::Cases;
    if (name == QLatin1String("compare"))
        return MainWindow::View::Compare;
    if (name == QLatin1String("survival"))
        return MainWindow::View::Survival;
    return std::nullopt;
}

void printError(const QString& message)
{
    std::fprintf(stderr, "ketenmonitor: %s\n", qPrintable(message));
}

} // namespace

DesktopApp::DesktopApp(DesktopOptions options)
    : options_(std::move(options))
{
}

DesktopApp::~DesktopApp() = default;

int DesktopApp::run()
{
    language_.apply(AppLanguage::resolve(options_.language));
    if (!options_.screenshot.isEmpty())
        return takeScreenshot();
    buildWindow();
    window_->restoreWindowState();
    window_->show();
    openStartStudy(SettingsDialog::reopenLastStudySetting());
    return QApplication::exec();
}

// The study given on the command line; else, when the user asked for it, the last one; else
// (and whenever that fails) the demo study, so the program never starts empty.
bool DesktopApp::openStartStudy(bool reopenLast)
{
    QString path = options_.study;
    if (path.isEmpty() && reopenLast && !RecentStudies::list().isEmpty())
        path = RecentStudies::list().front();
    if (!path.isEmpty()) {
        QString error;
        if (session_.openFile(path, false, &error)) {
            RecentStudies::add(path);
            return true;
        }
        reportError(tr("Open study"), error);
    }
    QString error;
    if (session_.openDemo(&error))
        return true;
    reportError(tr("Ketenmonitor"), error);
    return false;
}

// In a message box when there is a window, else (screenshot mode) on standard error.
void DesktopApp::reportError(const QString& title, const QString& message)
{
    if (window_)
        QMessageBox::warning(window_.get(), title, message);
    else
        printError(message);
}

void DesktopApp::buildWindow()
{
    window_ = std::make_unique<MainWindow>(&session_);
    connect(window_.get(), &MainWindow::languageChangeRequested, this, &DesktopApp::switchLanguage);
}

// Rebuilt on the next turn of the event loop: the request comes from inside the old window.
void DesktopApp::switchLanguage(const QString& code)
{
    QTimer::singleShot(0, this, [this, code] {
        const QByteArray geometry = window_->saveGeometry();
        const MainWindow::View view = window_->currentView();
        language_.apply(code);
        buildWindow();
        window_->restoreGeometry(geometry);
        window_->showView(view);
        window_->show();
    });
}

int DesktopApp::takeScreenshot()
{
    const std::optional<MainWindow::View> view = viewByName(options_.view);
    if (!view) {
        printError(QStringLiteral("--view: verwacht dashboard, cases, compare of survival"));
        return 2;
    }
    // Reproducible pictures: the given study or the demo, never the last one used.
    if (!openStartStudy(false) || (!options_.study.isEmpty() && session_.isDemo()))
        return 1;
    buildWindow();
    ScreenshotTaker taker(window_.get(), *view, options_.screenshot, options_.size);
    int exitCode = 1;
    connect(&taker, &ScreenshotTaker::finished, this, [&exitCode](bool ok, const QString& message) {
        if (ok)
            std::printf("%s\n", qPrintable(message));
        else
            printError(message);
        exitCode = ok ? 0 : 1;
        QApplication::quit();
    });
    taker.start();
    QApplication::exec();
    return exitCode;
}
