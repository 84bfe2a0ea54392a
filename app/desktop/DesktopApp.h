#pragma once

#include "ui/AppLanguage.h"
#include "ui/StudySession.h"

#include <QObject>
#include <QSize>
#include <QString>

#include <memory>

class MainWindow;

/** What the command line asked for. */
struct DesktopOptions
{
    QString study;            // --study FILE or the first positional argument
    QString language;         // --lang nl|en (empty: settings or system)
    QString screenshot;       // --screenshot FILE.png
    QString view = QStringLiteral("dashboard");
    QSize size{1400, 900};
};

/**
 * The running desktop program: one study session, the language, and the main window, which
 * is rebuilt when the user switches language (so every string is translated at once). Also
 * runs the offscreen --screenshot mode.
 */
class DesktopApp : public QObject
{
    Q_OBJECT

public:
    explicit DesktopApp(DesktopOptions options);
    ~DesktopApp() override;

    /** Opens the study and shows the window (or takes the screenshot); returns the exit code. */
    int run();

private:
    bool openStartStudy(bool reopenLast);
    void reportError(const QString& title, const QString& message);
    void buildWindow();
    void switchLanguage(const QString& code);
    int takeScreenshot();

    DesktopOptions options_;
    StudySession session_;
    AppLanguage language_;
    std::unique_ptr<MainWindow> window_;
};
