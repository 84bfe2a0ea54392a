#include "ui/AppLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace {

const char* const settingKey = "language";

} // namespace

AppLanguage::AppLanguage(QObject* parent)
    : QObject(parent)
{
}

QString AppLanguage::systemDefault()
{
    return QLocale::system().language() == QLocale::Dutch ? QStringLiteral("nl") : QStringLiteral("en");
}

QString AppLanguage::setting()
{
    const QString code = QSettings().value(settingKey).toString();
    return isSupported(code) ? code : QString();
}

void AppLanguage::setSetting(const QString& code)
{
    QSettings().setValue(settingKey, isSupported(code) ? code : QString());
}

QString AppLanguage::resolve(const QString& commandLine)
{
    if (isSupported(commandLine))
        return commandLine;
    const QString stored = setting();
    return stored.isEmpty() ? systemDefault() : stored;
}

bool AppLanguage::isSupported(const QString& code)
{
    return code == QLatin1String("nl") || code == QLatin1String("en");
}

bool AppLanguage::apply(const QString& code)
{
    QCoreApplication::removeTranslator(&program_);
    QCoreApplication::removeTranslator(&qt_);
    const QLocale locale(code == QLatin1String("nl") ? QLocale::Dutch : QLocale::English,
                         code == QLatin1String("nl") ? QLocale::Netherlands : QLocale::UnitedKingdom);
    QLocale::setDefault(locale);
    current_ = code;
    if (qt_.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt_);
    if (!program_.load(QStringLiteral(":/i18n/ketenmonitor_%1.qm").arg(code)))
        return false;
    QCoreApplication::installTranslator(&program_);
    return true;
}
