// The wizard's pages as a user meets them, on screen: the preview marks what the import would
// refuse (identifier columns unseen, invalid values at the lines the error list names), the
// mapping drop-downs say what each field means and preselect the field a header nearly
// matches, file choosers open where the last file came from, and subtitles wrap instead of
// being cut off. Settings go to a temporary folder (main.cpp).
#include <catch2/catch.hpp>

#include "ScreenshotSupport.h"

#include "ui/AppLanguage.h"
#include "ui/StudySession.h"
#include "ui/wizard/ImportFilesPage.h"
#include "ui/wizard/ImportMappingPage.h"
#include "ui/wizard/ImportRecodingPage.h"
#include "ui/wizard/ImportRunPage.h"
#include "ui/wizard/ImportWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& text)
{
    QFile f(dir.filePath(name));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text);
    return f.fileName();
}

struct Fixture
{
    QTemporaryDir dir;
    StudySession session;
    ImportWizard wizard{&session};

    Fixture()
    {
        REQUIRE(dir.isValid());
        QString error;
        REQUIRE(session.openFile(dir.filePath(QStringLiteral("study.km")), true, &error));
        QSettings().remove(QStringLiteral("importMapping"));
        wizard.resize(900, 640);
        wizard.show();
        wizard.restart();
        REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    }

    // Types a file's path into the table's field on the files page, as a user may.
    void type(km::TableKind table, const QString& path)
    {
        auto* edit = wizard.filesPage()->findChild<QLineEdit*>(QString::fromStdString(km::Codebook::table(table).name));
        REQUIRE(edit);
        edit->setFocus();
        QTest::keyClicks(edit, path);
    }

    void pressNext()
    {
        QAbstractButton* next = wizard.button(QWizard::NextButton);
        REQUIRE(next->isVisible());
        REQUIRE(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
    }
};

// The table of the preview's current tab.
QTableWidget* previewTable(ImportWizard& wizard)
{
    REQUIRE(wizard.currentId() == ImportWizard::PreviewPage);
    return wizard.currentPage()->findChild<QTableWidget*>();
}

QString headerText(QTableWidget* table, int column)
{
    return table->horizontalHeaderItem(column)->text();
}

// The subtitle as QWizard shows it: a label in the wizard's header with the page's subtitle.
QLabel* subTitleLabel(QWizard& wizard)
{
    for (QLabel* label : wizard.findChildren<QLabel*>())
        if (label->isVisible() && label->text() == wizard.currentPage()->subTitle())
            return label;
    return nullptr;
}

// At each size: the subtitle and the page's explanation show every line they need.
void checkTextsFit(QWizard& wizard)
{
    for (const QSize size : {QSize(1024, 700), QSize(640, 560)}) {
        wizard.resize(size);
        QTest::qWait(50);
        INFO("page " << wizard.currentId() << " at width " << size.width());
        CHECK(wizard.width() <= size.width());
        QLabel* subTitle = subTitleLabel(wizard);
        REQUIRE(subTitle);
        CHECK(subTitle->height() >= subTitle->heightForWidth(subTitle->width()));
        QLabel* intro = wizard.currentPage()->findChild<QLabel*>(QStringLiteral("pageIntro"));
        REQUIRE(intro);
        CHECK(intro->wordWrap());
        CHECK(intro->height() >= intro->heightForWidth(intro->width()));
    }
}

} // namespace

TEST_CASE("the preview hides identifier columns and marks invalid values at their file lines", "[ui][import][preview]")
{
    Fixture f;
    // BSN 111222333 passes the eleven-test; line 3 has a date that does not exist (and no
    // BSN: a row with an identifier is refused before its values are checked, in the import
    // as here), line 4 an e-mail address in a column that is no identifier by its header.
    const QString path = write(f.dir, QStringLiteral("casussen.csv"),
        "casus_id;cohort;melddatum;einde_followup;BSN;Opmerking\n"
        "A-1;K;2019-01-01;2020-01-01;111222333;geen\n"
        "A-2;K;31-02-2019;2020-01-01;;geen\n"
        "A-3;K;2019-01-01;2020-01-01;111222333;piet@example.nl\n");
    f.type(km::TableKind::Casussen, path);
    f.pressNext();
    QTableWidget* table = previewTable(f.wizard);
    REQUIRE(table);
    uitest::grabAndKeep(f.wizard, QStringLiteral("wizard-preview-refused"));
    REQUIRE(table->columnCount() == 6);
    REQUIRE(table->rowCount() == 3);
    // The refused column says so and shows none of its values.
    CHECK(headerText(table, 4) == QStringLiteral("BSN\n•••• refused: looks like een BSN"));
    for (int row : {0, 2})
        CHECK(table->item(row, 4)->text() == QStringLiteral("•••• refused: looks like een BSN"));
    CHECK(table->item(1, 4)->text().isEmpty());
    CHECK(table->item(2, 5)->text() == QStringLiteral("•••• refused: looks like een e-mailadres"));
    CHECK(table->item(0, 5)->text() == QStringLiteral("geen"));
    // Rows are numbered by file line, as the error list numbers them: the header is line 1.
    CHECK(table->verticalHeaderItem(0)->text() == QStringLiteral("2"));
    CHECK(table->verticalHeaderItem(1)->text() == QStringLiteral("3"));
    // The impossible date is marked on its cell, with the import's own message.
    CHECK(table->item(1, 2)->text() == QStringLiteral("31-02-2019"));
    CHECK(table->item(1, 2)->background().color() != table->item(0, 2)->background().color());
    CHECK(table->item(1, 2)->toolTip().contains(QStringLiteral("verwacht een datum")));
    const QString notes = [&] {
        QString all;
        for (QLabel* label : f.wizard.currentPage()->findChildren<QLabel*>())
            all += label->text();
        return all;
    }();
    CHECK(notes.contains(QStringLiteral("Line 3, melddatum:")));
    CHECK_FALSE(notes.contains(QStringLiteral("111222333")));
    CHECK_FALSE(notes.contains(QStringLiteral("piet@example.nl")));
}

TEST_CASE("the mapping drop-downs name each field's meaning and preselect the likely field", "[ui][import][mapping]")
{
    Fixture f;
    // "melddatun" nearly matches melddatum; Dossiernummer matches nothing.
    const QString path = write(f.dir, QStringLiteral("export.csv"),
        "Dossiernummer;cohort;melddatun;einde_followup\n"
        "D-1;K;2019-01-01;2020-01-01\n");
    f.type(km::TableKind::Casussen, path);
    f.pressNext();
    f.pressNext();
    REQUIRE(f.wizard.currentId() == ImportWizard::MappingPage);
    CHECK(f.wizard.mappingPage()->choice(km::TableKind::Casussen, "melddatun") == std::optional<std::string>("melddatum"));
    CHECK(f.wizard.mappingPage()->choice(km::TableKind::Casussen, "Dossiernummer") == std::optional<std::string>(""));
    QStringList offered;
    for (QComboBox* box : f.wizard.mappingPage()->findChildren<QComboBox*>())
        if (box->currentText() == QStringLiteral("(keep as extra attribute)"))
            for (int i = 0; i < box->count(); ++i)
                offered << box->itemText(i);
    CHECK(offered.contains(QStringLiteral("casus_id – pseudonymous code of the case (required)")));
    CHECK(offered.contains(QStringLiteral("regio – sub-region or municipality")));
}

TEST_CASE("the file chooser opens in the folder of the last file imported", "[ui][import][folders]")
{
    QTemporaryDir elsewhere;
    REQUIRE(elsewhere.isValid());
    const QString path = write(elsewhere, QStringLiteral("casussen.csv"),
        "casus_id;cohort;melddatum;einde_followup\nA-1;K;2019-01-01;2020-01-01\n");
    {
        Fixture first;
        first.type(km::TableKind::Casussen, path);
        first.pressNext();   // the files are taken: their folder is remembered
        REQUIRE(first.wizard.currentId() == ImportWizard::PreviewPage);
    }
    Fixture f;
    QString openedIn;
    // The chooser is modal: read its folder, then close it with its Cancel button.
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        openedIn = dialog->directory().absolutePath();
        for (QPushButton* button : dialog->findChildren<QPushButton*>())
            if (button->isVisible() && button->text().remove(QLatin1Char('&')) == QStringLiteral("Cancel"))
                QTest::mouseClick(button, Qt::LeftButton);
    });
    QPushButton* choose = nullptr;
    for (QPushButton* button : f.wizard.filesPage()->findChildren<QPushButton*>())
        if (!choose && button->text() == QStringLiteral("Choose…"))
            choose = button;
    REQUIRE(choose);
    QTest::mouseClick(choose, Qt::LeftButton);
    CHECK(openedIn == QDir(elsewhere.path()).absolutePath());
}

TEST_CASE("page subtitles wrap at 1024x700 and narrower, in Dutch", "[ui][import][layout]")
{
    AppLanguage language;
    REQUIRE(language.apply(QStringLiteral("nl")));
    {
        Fixture f;
        const QString path = write(f.dir, QStringLiteral("casussen.csv"),
            "casus_id;cohort;melddatum;einde_followup;Kinderen\nA-1;K;2019-01-01;2020-01-01;Wel\n");
        checkTextsFit(f.wizard);
        f.type(km::TableKind::Casussen, path);
        f.pressNext();
        f.pressNext();
        REQUIRE(f.wizard.currentId() == ImportWizard::MappingPage);
        checkTextsFit(f.wizard);
        f.pressNext();
        REQUIRE(f.wizard.currentId() == ImportWizard::RecodingPage);
        REQUIRE(QTest::qWaitFor([&] { return !f.wizard.recodingPage()->isScanning(); }, 60000));
        checkTextsFit(f.wizard);
        uitest::grabAndKeep(f.wizard, QStringLiteral("wizard-recoding-narrow"));
    }
    language.apply(QStringLiteral("en"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

// Not run by default: renders the pages docs/screenshots shows, in Dutch at 1024x700
// (KM_SCREENSHOT_DIR=docs/screenshots build/bin/ui_tests "[.screenshots]").
TEST_CASE("screenshots of the preview with a refused column and of the errors page", "[.screenshots]")
{
    AppLanguage language;
    REQUIRE(language.apply(QStringLiteral("nl")));
    {
        Fixture f;
        const QString path = write(f.dir, QStringLiteral("casussen.csv"),
            "casus_id;cohort;melddatum;einde_followup;BSN;Naam client;minderjarigen\n"
            "A-1;NHN-2024;2024-01-15;2025-01-15;111222333;Jan Jansen;ja\n"
            "A-2;NHN-2024;31-02-2024;2025-02-01;;Piet de Vries;nee\n"
            "A-3;NHN-2024;2024-03-10;2025-03-10;123456782;Anna Bakker;misschien\n"
            "A-4;NHN-2024;2024-04-01;2023-04-01;;;ja\n");
        f.wizard.resize(1024, 700);
        f.type(km::TableKind::Casussen, path);
        f.pressNext();
        QTest::qWait(50);
        uitest::grabAndKeep(f.wizard, QStringLiteral("import-preview"));

        // Without the identifier columns, the errors page after the import.
        const QString errors = write(f.dir, QStringLiteral("casussen-2.csv"),
            "casus_id;cohort;melddatum;einde_followup;minderjarigen\n"
            "A-1;NHN-2024;2024-01-15;2025-01-15;ja\n"
            "A-2;NHN-2024;31-02-2024;2025-02-01;nee\n"
            "A-3;NHN-2024;2024-03-10;2025-03-10;misschien\n"
            "A-4;NHN-2024;2024-04-01;2023-04-01;ja\n"
            "A-1;NHN-2024;2024-05-01;2025-05-01;nee\n");
        ImportWizard wizard(&f.session);
        wizard.resize(1024, 700);
        wizard.show();
        wizard.restart();
        REQUIRE(QTest::qWaitForWindowExposed(&wizard));
        wizard.filesPage()->setPath(km::TableKind::Casussen, errors);
        while (wizard.currentId() != ImportWizard::RunPage) {
            if (wizard.currentId() == ImportWizard::RecodingPage)
                REQUIRE(QTest::qWaitFor([&] { return !wizard.recodingPage()->isScanning(); }, 60000));
            QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        }
        REQUIRE(QTest::qWaitFor([&] { return !wizard.runPage()->isRunning() && wizard.runPage()->result(); }, 60000));
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        REQUIRE(wizard.currentId() == ImportWizard::ErrorsPage);
        QTest::qWait(50);
        uitest::grabAndKeep(wizard, QStringLiteral("import-errors"));
    }
    language.apply(QStringLiteral("en"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}
