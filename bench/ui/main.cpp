// desktop_bench: times the desktop program's responsiveness on study files (offscreen) and
// prints a Markdown table. Not a test: the numbers depend on the machine and its load.
//
//   QT_QPA_PLATFORM=offscreen build/bin/desktop_bench STUDY.db [STUDY.db ...]
#include "DesktopBench.h"

#include <QApplication>
#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>

#include <cstdio>

namespace {

QString milliseconds(double ms)
{
    return ms >= 1000 ? QStringLiteral("%1 s").arg(ms / 1000, 0, 'f', 2) : QStringLiteral("%1 ms").arg(ms, 0, 'f', 0);
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    // The user's own settings (recent studies, window state) are neither read nor changed.
    QApplication::setOrganizationName(QStringLiteral("KetenmonitorBench"));
    QApplication::setApplicationName(QStringLiteral("desktop_bench"));
    const QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));

    const QStringList studies = QApplication::arguments().mid(1);
    if (studies.isEmpty()) {
        std::fprintf(stderr, "usage: desktop_bench STUDY.db [STUDY.db ...]\n");
        return 2;
    }
    std::printf("| cases | action | time to result | worst UI-thread block | its UI-thread CPU | CPU, all threads | target | met |\n");
    std::printf("|---|---|---|---|---|---|---|---|\n");
    int exitCode = 0;
    for (const QString& path : studies) {
        DesktopBench bench(path);
        QString error;
        if (!bench.run(&error)) {
            std::fprintf(stderr, "desktop_bench: %s: %s\n", qPrintable(path), qPrintable(error));
            exitCode = 1;
        }
        for (const BenchStep& step : bench.steps())
            std::printf("| %lld | %s | %s | %s | %s | %s | %s | %s |\n", static_cast<long long>(bench.cases()),
                        qPrintable(step.action), qPrintable(milliseconds(step.ms)),
                        qPrintable(milliseconds(step.worstBlockMs)), qPrintable(milliseconds(step.worstBlockCpuMs)),
                        qPrintable(milliseconds(step.cpuMs)),
                        qPrintable(step.target),
                        step.met ? "yes" : "**no**");
        std::fflush(stdout);
    }
    return exitCode;
}
