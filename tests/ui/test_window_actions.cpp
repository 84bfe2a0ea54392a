// Issue 12, defect 10 (the desktop's part): what a user reaches from the main window with the
// mouse and the keyboard. Deleting a cohort from the File menu, shortcuts shown in the menus
// (Ctrl+P, Ctrl+E, Ctrl+L) and F1 for the manual, a visible focus frame and a Tab order that
// starts with the selection, a message instead of empty tables in a new study, thousands
// separators in the dashboard's header, "open the last study" on by default, a filterable and
// exportable log, and file choosers that start in the folder used last.
#include <catch2/catch.hpp>

#include "ScreenshotSupport.h"
#include "UiTestSupport.h"
#include "WindowDriver.h"

#include "ui/LastFolder.h"
#include "ui/MainWindow.h"
#include "ui/StudySession.h"
#include "ui/dialogs/AuditLogDialog.h"
#include "ui/dialogs/DeleteCohortDialog.h"
#include "ui/dialogs/HelpWindow.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/views/DashboardView.h"
#include "ui/views/IndicatorGroupPage.h"
#include "ui/widgets/ElidedCheckBox.h"
#include "ui/widgets/FocusFrame.h"
#include "ui/widgets/SelectionPanel.h"
#include "ui/widgets/TablePanel.h"

#include "core/db/Study.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

namespace {

QAction* menuEntry(MainWindow& window, const QString& text)
{
    for (QAction* menu : window.menuBar()->actions())
        for (QAction* action : menu->menu()->actions())
            if (action->text().remove(QLatin1Char('&')) == text)
                return action;
    return nullptr;
}

void activate(MainWindow& window)
{
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

// Picks an entry of a drop-down with the arrow keys, as a keyboard user does.
void chooseByKeys(QComboBox& box, int index)
{
    REQUIRE(index >= 0);
    REQUIRE(box.isVisible());
    box.setFocus();
    while (box.currentIndex() < index)
        QTest::keyClick(&box, Qt::Key_Down);
    while (box.currentIndex() > index)
        QTest::keyClick(&box, Qt::Key_Up);
}

// Types the path into the chooser's file name field and presses Enter, as a user would.
void chooseFile(QFileDialog& chooser, const QString& path)
{
    auto* name = chooser.findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
    REQUIRE(name);
    name->setText(path);
    QTest::keyClick(name, Qt::Key_Return);
}

} // namespace

TEST_CASE("report, export and log have shortcuts shown in the menu; Ctrl+L opens the log", "[ui][actions]")
{
    StudySession session;
    REQUIRE(session.openDemo());
    MainWindow window(&session);
    activate(window);
    CHECK(menuEntry(window, QStringLiteral("Export report…"))->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_P));
    CHECK(menuEntry(window, QStringLiteral("Export all figures…"))->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_E));
    CHECK(menuEntry(window, QStringLiteral("Audit log…"))->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_L));
    CHECK(menuEntry(window, QStringLiteral("Manual"))->shortcut() == QKeySequence(Qt::Key_F1));

    QString opened;
    uitest::whenModalOpens([&](QWidget* modal) {
        opened = QString::fromLatin1(modal->metaObject()->className());
        modal->close();
    });
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    CHECK(opened == QStringLiteral("AuditLogDialog"));
}

TEST_CASE("F1 and Help > Manual open the user guide", "[ui][actions]")
{
    StudySession session;
    REQUIRE(session.openDemo());
    MainWindow window(&session);
    activate(window);
    QTest::keyClick(&window, Qt::Key_F1);
    auto* help = window.findChild<HelpWindow*>();
    REQUIRE(help);
    CHECK(help->isVisible());
    // The tests run in English: the English guide, compiled into the program.
    CHECK(help->browser()->source() == QUrl(QStringLiteral("qrc:/help/manual.html")));
    CHECK(help->browser()->toPlainText().contains(QStringLiteral("Ketenmonitor manual")));
    CHECK(help->browser()->toPlainText().contains(QStringLiteral("Ctrl+L")));
    uitest::grabAndKeep(*help, QStringLiteral("help-manual"));
    help->close();
    uitest::clickMenu(window, QStringLiteral("Help"), QStringLiteral("Manual"));
    CHECK(help->isVisible());
    CHECK(window.findChildren<HelpWindow*>().size() == 1);
    QFile dutch(QStringLiteral(":/help/handleiding.html"));
    REQUIRE(dutch.open(QIODevice::ReadOnly));
    CHECK(dutch.readAll().contains("Bestand &gt; Importeren"));
}

TEST_CASE("File > Delete cohort asks, names the cohort and its cases, deletes and logs it", "[ui][actions]")
{
    StudySession session;
    REQUIRE(session.openDemo());
    const std::vector<km::CohortInfo> before = session.study()->cohorts();
    REQUIRE(before.size() == 2);
    const km::CohortInfo doomed = before[1];   // NHN-2023
    MainWindow window(&session);
    activate(window);
    REQUIRE(uitest::waitForCurrentView(window));

    QString question;
    uitest::clickMenu(window, QStringLiteral("File"), QStringLiteral("Delete cohort…"), [&](QWidget* modal) {
        auto* dialog = qobject_cast<DeleteCohortDialog*>(modal);
        REQUIRE(dialog);
        chooseByKeys(*dialog->cohorts(), dialog->cohorts()->findData(QString::fromStdString(doomed.name)));
        REQUIRE(dialog->deleteButton()->isVisible());
        // First refuse at the confirmation: nothing is deleted.
        uitest::whenModalOpens([&](QWidget* box) {
            question = qobject_cast<QMessageBox*>(box)->text();
            QTest::mouseClick(qobject_cast<QMessageBox*>(box)->button(QMessageBox::Cancel), Qt::LeftButton);
        });
        QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
        REQUIRE(session.study()->cohorts().size() == 2);
        uitest::whenModalOpens([&](QWidget* box) {
            auto* message = qobject_cast<QMessageBox*>(box);
            for (QAbstractButton* button : message->buttons())
                if (message->buttonRole(button) == QMessageBox::DestructiveRole)
                    QTest::mouseClick(button, Qt::LeftButton);
        });
        QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
    });
    // The tests load no translation: the plural reads "case(s)".
    CHECK(question.startsWith(QStringLiteral("Delete the cohort \"%1\" with its %2 case")
                                  .arg(QString::fromStdString(doomed.name)).arg(doomed.cases)));
    CHECK(question.endsWith(QStringLiteral("This cannot be undone.")));
    const std::vector<km::CohortInfo> after = session.study()->cohorts();
    REQUIRE(after.size() == 1);
    CHECK(after[0].name == before[0].name);
    // Logged as the command line logs it (Study::deleteCohort).
    const km::AuditEntry last = session.study()->auditLog().back();
    CHECK(last.action == "delete-cohort");
    CHECK(last.selection == "cohort " + doomed.name);
    CHECK(last.details == std::to_string(doomed.cases) + " casussen verwijderd");
    // The views follow: the dashboard offers only the remaining cohort.
    REQUIRE(uitest::waitForCurrentView(window));
    const QList<ElidedCheckBox*> boxes = window.dashboard()->selectionPanel()->findChildren<ElidedCheckBox*>();
    REQUIRE(boxes.size() == 1);
    CHECK(boxes[0]->fullText() == QString::fromStdString(before[0].name));
}

TEST_CASE("Tab goes through the selection before the indicator list, with a visible focus frame", "[ui][actions]")
{
    StudySession session;
    REQUIRE(session.openDemo());
    MainWindow window(&session);
    window.resize(1280, 800);
    activate(window);
    REQUIRE(uitest::waitForCurrentView(window));
    SelectionPanel* panel = window.dashboard()->selectionPanel();
    const QList<ElidedCheckBox*> boxes = panel->findChildren<ElidedCheckBox*>();
    REQUIRE(boxes.size() == 2);
    auto* regio = panel->findChild<QComboBox*>();
    auto* groups = window.dashboard()->findChild<QListWidget*>();

    // The user clicks the first cohort, then walks on with Tab.
    QTest::mouseClick(boxes[0], Qt::LeftButton, {}, QPoint(boxes[0]->height() / 2, boxes[0]->height() / 2));
    REQUIRE(boxes[0]->hasFocus());
    QList<QWidget*> visited;
    for (int step = 0; step < 5; ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited << QApplication::focusWidget();
    }
    REQUIRE(visited.size() == 5);
    CHECK(visited[0] == boxes[1]);
    CHECK(visited[1] == regio);
    CHECK(visited.indexOf(groups) > visited.indexOf(regio));

    // The focused box has a frame in the focus colour; the other none.
    const QColor frame(QLatin1String(FocusFrame::colour()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    while (QApplication::focusWidget() != boxes[1])
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    const QImage focused = boxes[1]->grab().toImage();
    const QImage unfocused = boxes[0]->grab().toImage();
    CHECK(uitest::pixelsNear(focused, frame) >= 2 * (focused.width() + focused.height()));
    CHECK(uitest::pixelsNear(unfocused, frame) == 0);
}

TEST_CASE("a study without data says how to import instead of showing empty tables", "[ui][actions]")
{
    const QTemporaryDir dir;
    StudySession session;
    QString error;
    REQUIRE(session.openFile(dir.filePath(QStringLiteral("leeg.kmstudy")), true, &error));
    MainWindow window(&session);
    activate(window);
    REQUIRE(uitest::waitForCurrentView(window));
    IndicatorGroupPage* page = window.dashboard()->page("recidive");
    REQUIRE(page);
    CHECK(page->message()->isVisibleTo(page));
    CHECK(page->message()->text() == QStringLiteral("This study has no data yet: import data via File > Import."));
    CHECK(!page->findChild<TablePanel*>()->isVisibleTo(page));
    uitest::grabAndKeep(window, QStringLiteral("empty-study"));
}

TEST_CASE("the dashboard's header writes the number of cases with thousands separators", "[ui][actions]")
{
    StudySession session;
    REQUIRE(session.openDemo());
    // Five more copies of the demo's cases: more than a thousand.
    session.study()->db().exec(
        "WITH RECURSIVE copy(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM copy WHERE n < 5) "
        "INSERT INTO cases(casus_id, cohort, regio, melddatum, einde_followup, import_id, source_line) "
        "SELECT casus_id || '-' || n, cohort, regio, melddatum, einde_followup, import_id, source_line FROM cases, copy");
    session.notifyDataChanged();
    const qint64 cases = session.caseCount();
    REQUIRE(cases > 1000);
    MainWindow window(&session);
    activate(window);
    REQUIRE(uitest::waitForCurrentView(window));
    QStringList shown;
    for (QLabel* label : window.dashboard()->findChildren<QLabel*>())
        shown << uitest::shownText(*label);
    // The tests' locale is English (UK): "1,314 case(s)" (no translation loaded for the plural).
    const QString expected = QLocale().toString(cases) + QStringLiteral(" case");
    INFO(shown.join(QStringLiteral(" | ")).toStdString());
    CHECK(!shown.filter(expected).isEmpty());
}

TEST_CASE("opening the last study is on by default", "[ui][actions]")
{
    QSettings().remove(QStringLiteral("reopenLastStudy"));
    CHECK(SettingsDialog::reopenLastStudySetting());
    SettingsDialog dialog;
    CHECK(dialog.reopenLastStudy());
}

TEST_CASE("the log filters on text and action and saves the rows shown", "[ui][actions]")
{
    StudySession session;
    REQUIRE(session.openDemo());
    km::Study& study = *session.study();
    REQUIRE(study.deleteCohort("NHN-2023").cases > 0);
    study.recordEvent({{}, "export", {}, "figuren.csv 0", "cohort NHN-2019", true, "3 bestanden"});
    AuditLogDialog dialog(study.auditLog());
    dialog.show();
    const QAbstractItemModel& shown = *dialog.table()->model();
    REQUIRE(shown.rowCount() == 3);   // import, delete, export

    QTest::keyClicks(dialog.filterField(), QStringLiteral("nhn-2023"));
    REQUIRE(shown.rowCount() == 1);
    CHECK(shown.index(0, 1).data().toString() == QStringLiteral("cohort deleted"));
    dialog.filterField()->clear();
    REQUIRE(shown.rowCount() == 3);

    QComboBox* action = dialog.actionFilter();
    REQUIRE(action->isVisible());
    chooseByKeys(*action, action->findText(QStringLiteral("figures exported")));
    REQUIRE(shown.rowCount() == 1);
    CHECK(shown.index(0, 4).data().toString() == QStringLiteral("cohort NHN-2019"));

    // "Save as CSV…" of the table writes the one row shown.
    const QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("logboek.csv"));
    QToolButton* save = nullptr;
    for (QToolButton* button : dialog.tablePanel()->findChildren<QToolButton*>())
        if (button->text().startsWith(QStringLiteral("Save as CSV")))
            save = button;
    REQUIRE(save);
    REQUIRE(save->isVisible());
    uitest::whenModalOpens([&](QWidget* modal) {
        auto* chooser = qobject_cast<QFileDialog*>(modal);
        REQUIRE(chooser);
        chooseFile(*chooser, path);
    });
    QTest::mouseClick(save, Qt::LeftButton);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    CHECK(csv.contains(QStringLiteral("cohort NHN-2019")));
    CHECK(!csv.contains(QStringLiteral("cohort deleted")));
    CHECK(!csv.contains(QStringLiteral("import")));
}

TEST_CASE("the study and report choosers start in the folder chosen last", "[ui][actions]")
{
    const QTemporaryDir dir;
    StudySession session;
    REQUIRE(session.openDemo());
    MainWindow window(&session);
    activate(window);
    const QString study = dir.filePath(QStringLiteral("nieuw.kmstudy"));
    uitest::clickMenu(window, QStringLiteral("File"), QStringLiteral("New study…"), [&](QWidget* modal) {
        auto* chooser = qobject_cast<QFileDialog*>(modal);
        REQUIRE(chooser);
        chooseFile(*chooser, study);
    });
    REQUIRE(session.path() == study);
    CHECK(LastFolder::get() == dir.path());
    QString startsIn;
    uitest::clickMenu(window, QStringLiteral("File"), QStringLiteral("Open study…"), [&](QWidget* modal) {
        auto* chooser = qobject_cast<QFileDialog*>(modal);
        REQUIRE(chooser);
        startsIn = chooser->directory().absolutePath();
        chooser->reject();
    });
    CHECK(startsIn == dir.path());
    QString reportPath;
    uitest::clickMenu(window, QStringLiteral("File"), QStringLiteral("Export report…"), [&](QWidget* modal) {
        reportPath = modal->findChild<QLineEdit*>()->text();
        modal->close();
    });
    CHECK(QFileInfo(reportPath).absolutePath() == dir.path());
}
