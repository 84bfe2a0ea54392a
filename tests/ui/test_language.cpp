// The Dutch and English translations are compiled into the program and switch every string,
// the indicator labels and the number format.
#include <catch2/catch.hpp>

#include "ui/AppLanguage.h"
#include "ui/models/IndicatorTableModel.h"
#include "ui/models/IndicatorText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>

namespace {

// Restores English (the tests' default) when a test case ends.
struct EnglishAfterwards
{
    AppLanguage& language;
    ~EnglishAfterwards()
    {
        language.apply(QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
};

} // namespace

TEST_CASE("Dutch translation is embedded and used", "[ui][language]")
{
    AppLanguage language;
    const EnglishAfterwards restore{language};
    REQUIRE(language.apply(QStringLiteral("nl")));
    CHECK(language.current() == QStringLiteral("nl"));
    // Strings from ketenmonitor_nl.ts.
    CHECK(QCoreApplication::translate("MainWindow", "&File") == QStringLiteral("&Bestand"));
    CHECK(QCoreApplication::translate("MainWindow", "Survival") == QStringLiteral("Overleving"));
    CHECK(QCoreApplication::translate("IndicatorTableModel", "Denominator") == QStringLiteral("Noemer"));
    // The core's Dutch labels and the Dutch decimal comma follow the language.
    CHECK(IndicatorText::label("recidive.nieuw_geweld") == QStringLiteral("Nieuw geweld binnen het venster"));
    CHECK(IndicatorText::percent(61.63) == QStringLiteral("61,6%"));

    IndicatorTableModel model;
    CHECK(model.headerData(IndicatorTableModel::Numerator, Qt::Horizontal).toString() == QStringLiteral("Teller"));
}

TEST_CASE("English is the source language", "[ui][language]")
{
    AppLanguage language;
    REQUIRE(language.apply(QStringLiteral("en")));
    CHECK(QCoreApplication::translate("MainWindow", "&File") == QStringLiteral("&File"));
    CHECK(IndicatorText::label("recidive.nieuw_geweld") == QStringLiteral("New violence within the window"));
    CHECK(IndicatorText::percent(61.63) == QStringLiteral("61.6%"));
}

TEST_CASE("the language is chosen by command line, then settings, then system", "[ui][language]")
{
    AppLanguage::setSetting(QString());
    CHECK(AppLanguage::resolve() == AppLanguage::systemDefault());
    CHECK(AppLanguage::resolve(QStringLiteral("nl")) == QStringLiteral("nl"));
    AppLanguage::setSetting(QStringLiteral("nl"));
    CHECK(AppLanguage::resolve() == QStringLiteral("nl"));
    CHECK(AppLanguage::resolve(QStringLiteral("en")) == QStringLiteral("en"));
    CHECK(AppLanguage::resolve(QStringLiteral("fr")) == QStringLiteral("nl"));   // unsupported: ignored
    AppLanguage::setSetting(QStringLiteral("xx"));
    CHECK(AppLanguage::setting().isEmpty());
    AppLanguage::setSetting(QString());
}
