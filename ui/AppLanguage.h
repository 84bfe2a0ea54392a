#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

/**
 * The program's language: Dutch or English. Chosen by the command line, else the settings,
 * else the system (Dutch on a Dutch system, English otherwise). Applying a language installs
 * the program's and Qt's own translations and makes it the default QLocale, so numbers get
 * a decimal comma in Dutch.
 */
class AppLanguage : public QObject
{
    Q_OBJECT

public:
    explicit AppLanguage(QObject* parent = nullptr);

    /** "nl" or "en" from the system locale. */
    static QString systemDefault();
    /** The setting: "nl", "en" or empty for the system default. */
    static QString setting();
    static void setSetting(const QString& code);
    /** The language to use: `commandLine` if valid, else the setting, else the system's. */
    static QString resolve(const QString& commandLine = {});
    static bool isSupported(const QString& code);

    /** Installs the translations of `code` ("nl"/"en"); false if the program's .qm is missing. */
    bool apply(const QString& code);
    QString current() const { return current_; }

private:
    QTranslator program_;
    QTranslator qt_;
    QString current_;
};
