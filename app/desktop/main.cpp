#include "app/desktop/DesktopApp.h"

#include "core/Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <cstdio>
#include <memory>
#include <string_view>

namespace {

// "1400x900" -> QSize; invalid text gives an invalid size.
QSize parseSize(const QString& text)
{
    const QStringList parts = text.toLower().split(QLatin1Char('x'));
    bool okWidth = false;
    bool okHeight = false;
    if (parts.size() != 2)
        return {};
    const QSize size(parts[0].toInt(&okWidth), parts[1].toInt(&okHeight));
    return okWidth && okHeight && size.width() >= 200 && size.height() >= 150 ? size : QSize();
}

// --version and --help need no display (a terminal over ssh, package checks).
bool asksForTextOnly(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if (arg == "--version" || arg == "-v" || arg == "--help" || arg == "-h" || arg == "--help-all")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    const std::unique_ptr<QCoreApplication> app = asksForTextOnly(argc, argv)
        ? std::make_unique<QCoreApplication>(argc, argv) : std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Ketenmonitor"));
    QCoreApplication::setApplicationName(QStringLiteral("Ketenmonitor"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(km::programVersion));
    if (auto* gui = qobject_cast<QApplication*>(app.get())) {
        // The menu entry's name lets the desktop pair the window with its entry and icon.
        QGuiApplication::setDesktopFileName(QStringLiteral("nl.ketenmonitor.Ketenmonitor"));
        gui->setWindowIcon(QIcon::fromTheme(QStringLiteral("ketenmonitor"), QIcon(QStringLiteral(":/icons/ketenmonitor.svg"))));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Ketenmonitor: casusreconstructie huiselijk geweld"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption study(QStringLiteral("study"), QStringLiteral("Open dit studiebestand."), QStringLiteral("FILE"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Taal: nl of en."), QStringLiteral("nl|en"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QStringLiteral("Sla een PNG van het hoofdvenster op en stop (gebruik QT_QPA_PLATFORM=offscreen)."), QStringLiteral("FILE.png"));
    const QCommandLineOption view(QStringLiteral("view"), QStringLiteral("Weergave voor --screenshot: dashboard, cases, compare of survival."),
        QStringLiteral("view"), QStringLiteral("dashboard"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Venstergrootte voor --screenshot, bijvoorbeeld 1400x900."),
        QStringLiteral("WxH"), QStringLiteral("1400x900"));
    parser.addOptions({study, lang, screenshot, view, size});
    parser.addPositionalArgument(QStringLiteral("study"), QStringLiteral("Te openen studiebestand."), QStringLiteral("[study]"));
    parser.process(*app);

    DesktopOptions options;
    options.study = parser.isSet(study) ? parser.value(study) : parser.positionalArguments().value(0);
    options.language = parser.value(lang);
    options.screenshot = parser.value(screenshot);
    options.view = parser.value(view);
    options.size = parseSize(parser.value(size));
    if (!options.language.isEmpty() && !AppLanguage::isSupported(options.language)) {
        std::fprintf(stderr, "ketenmonitor: --lang: verwacht nl of en\n");
        return 2;
    }
    if (!options.size.isValid()) {
        std::fprintf(stderr, "ketenmonitor: --size: verwacht BREEDTExHOOGTE, bijvoorbeeld 1400x900\n");
        return 2;
    }
    DesktopApp desktop(std::move(options));
    return desktop.run();
}
