#include "app/desktop/DesktopApp.h"

#include "core/Version.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

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

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Ketenmonitor"));
    QApplication::setApplicationName(QStringLiteral("Ketenmonitor"));
    QApplication::setApplicationVersion(QString::fromLatin1(km::programVersion));

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
    parser.process(app);

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
