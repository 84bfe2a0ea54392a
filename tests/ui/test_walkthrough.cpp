// A new user's first import, end to end, through what is on screen only: File > Import in the
// main window's menu, a messy CSV file with one impossible date typed into the wizard, the
// visible Next buttons through preview, mapping and values, the error row read off the errors
// page, the file corrected, imported again, the new figures on the dashboard, and a chart
// exported with the chart's own export button. Modal windows (the wizard, message boxes, file
// dialogs) block the test while they are open, so they are driven by ModalSteps as they appear.
// Also: starting an import in the demo study offers a new study first.
#include <catch2/catch.hpp>

#include "ModalSteps.h"
#include "ScreenshotSupport.h"
#include "UiTestSupport.h"

#include "ui/MainWindow.h"
#include "ui/StudySession.h"
#include "ui/charts/ChartPanel.h"
#include "ui/models/ImportErrorModel.h"
#include "ui/models/IndicatorTableModel.h"
#include "ui/views/DashboardView.h"
#include "ui/views/IndicatorGroupPage.h"
#include "ui/widgets/TablePanel.h"
#include "ui/wizard/ImportErrorsPage.h"
#include "ui/wizard/ImportFilesPage.h"
#include "ui/wizard/ImportMappingPage.h"
#include "ui/wizard/ImportRecodingPage.h"
#include "ui/wizard/ImportRunPage.h"
#include "ui/wizard/ImportWizard.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCompleter>
#include <QDeadlineTimer>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <functional>

namespace {

// Clicks a button the user can see and use; false (and a failed check) otherwise.
bool click(QAbstractButton* button)
{
    CHECK(button != nullptr);
    if (!button)
        return false;
    CHECK(button->isVisible());
    CHECK(button->isEnabled());
    if (!button->isVisible() || !button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

// Clicks the dialog's accepting button (Save, OK) in its button box.
void clickAccept(QDialog* dialog)
{
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    CHECK(buttons);
    if (!buttons)
        return;
    for (QAbstractButton* button : buttons->buttons())
        if (buttons->buttonRole(button) == QDialogButtonBox::AcceptRole) {
            // A file dialog takes Save only once it has looked at the folder typed: as a user
            // would, wait for the button and click again while the dialog stays.
            for (int attempt = 0; attempt < 20 && dialog->isVisible(); ++attempt) {
                QTest::qWaitFor([&] { return button->isEnabled(); }, 5000);
                QTest::mouseClick(button, Qt::LeftButton);
                QTest::qWaitFor([&] { return !dialog->isVisible(); }, 250);
            }
            CHECK_FALSE(dialog->isVisible());
            return;
        }
    FAIL_CHECK("no accepting button");
}

QPushButton* buttonWithText(QWidget* window, const QString& text)
{
    for (QPushButton* button : window->findChildren<QPushButton*>())
        if (button->isVisible() && button->text().remove(QLatin1Char('&')) == text)
            return button;
    return nullptr;
}

// Opens a menu of the menu bar and clicks one of its items, with the mouse.
void chooseMenu(QMainWindow& window, const QString& menuText, const QString& itemText)
{
    QMenuBar* bar = window.menuBar();
    QAction* menuAction = nullptr;
    for (QAction* action : bar->actions())
        if (action->text() == menuText)
            menuAction = action;
    REQUIRE(menuAction);
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(menuAction).center());
    QMenu* menu = menuAction->menu();
    REQUIRE(QTest::qWaitFor([&] { return menu->isVisible(); }, 5000));
    QAction* item = nullptr;
    for (QAction* action : menu->actions())
        if (action->text() == itemText)
            item = action;
    REQUIRE(item);
    REQUIRE(item->isEnabled());
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(item).center());
}

// Types a path into the files page's field for casussen.
void typeCasussen(ImportWizard* wizard, const QString& path)
{
    auto* edit = wizard->filesPage()->findChild<QLineEdit*>(QStringLiteral("casussen"));
    CHECK(edit);
    if (!edit)
        return;
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, path);
}

// From the files page to the end of the run, pressing Next on each page (waiting where the
// wizard reads the files); false if a button was not there to press.
bool runToEnd(ImportWizard* wizard, const std::function<void(ImportWizard*)>& onMapping)
{
    while (wizard->currentId() != ImportWizard::RunPage) {
        if (wizard->currentId() == ImportWizard::RecodingPage
            && !QTest::qWaitFor([&] { return !wizard->recodingPage()->isScanning(); }, 60000))
            return false;
        if (wizard->currentId() == ImportWizard::MappingPage)
            onMapping(wizard);
        const int before = wizard->currentId();
        if (!click(wizard->button(QWizard::NextButton)) || wizard->currentId() == before)
            return false;
    }
    return QTest::qWaitFor([&] { return wizard->runPage()->result().has_value() && !wizard->runPage()->isRunning(); }, 60000);
}

QString write(const QString& path, const QByteArray& text)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
    return path;
}

// A registration system's export as it comes: a BOM, CRLF, its own capitals and spaces in the
// headers ("Einde follow-up" for einde_followup), Dutch and ISO dates mixed, Ja/nee, a value
// with spaces around it; and one impossible date, on line 4 (W-3).
QByteArray messyCases(const QByteArray& w3Date)
{
    return "\xEF\xBB\xBF" "casus_id;Cohort;Melddatum;Einde follow-up;Minderjarigen;regio\r\n"
           "W-1; NHN-2024 ;15-01-2024;15-01-2025;Ja;Alkmaar\r\n"
           "W-2;NHN-2024;2024-02-01;2025-02-01;nee;Alkmaar\r\n"
           "W-3;NHN-2024;" + w3Date + ";2025-03-01;ja;Den Helder\r\n"
           "W-4;NHN-2024;2024-03-10;2025-03-10;;Alkmaar\r\n";
}

// What a row of the errors page shows, column by column.
struct ShownError
{
    QString file, line, column, value, problem, expected;
};

} // namespace

TEST_CASE("walkthrough: a messy file with one error, corrected, imported, and a chart exported", "[ui][walkthrough]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    StudySession session;
    QString error;
    REQUIRE(session.openFile(dir.filePath(QStringLiteral("eigen.kmstudy")), true, &error));
    MainWindow window(&session);
    window.resize(1024, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const QString file = write(dir.filePath(QStringLiteral("casussen.csv")), messyCases("31-02-2024"));

    // The first import: the error reaches the errors page.
    std::vector<ShownError> shown;
    std::optional<std::string> followupChoice;
    QString copied;
    bool finishHiddenAfterFailure = false;
    uitest::ModalSteps first;
    first.then<ImportWizard>([&](ImportWizard* wizard) {
        typeCasussen(wizard, file);
        const bool ran = runToEnd(wizard, [&](ImportWizard* w) {
            followupChoice = w->mappingPage()->choice(km::TableKind::Casussen, "Einde follow-up");
        });
        CHECK(ran);
        if (ran) {
            finishHiddenAfterFailure = !wizard->button(QWizard::FinishButton)->isVisible();
            if (click(wizard->button(QWizard::NextButton))) {
                CHECK(wizard->currentId() == ImportWizard::ErrorsPage);
                QTableView* table = wizard->errorsPage()->tablePanel()->view();
                const QAbstractItemModel& m = *table->model();
                const auto text = [&](int row, int column) { return m.data(m.index(row, column)).toString(); };
                for (int row = 0; row < m.rowCount(); ++row)
                    shown.push_back({text(row, ImportErrorModel::File), text(row, ImportErrorModel::Line),
                                     text(row, ImportErrorModel::ColumnName), text(row, ImportErrorModel::Value),
                                     text(row, ImportErrorModel::Message), text(row, ImportErrorModel::Expected)});
                wizard->resize(1024, 700);
                uitest::grabAndKeep(*wizard, QStringLiteral("walkthrough-errors"));
                // Ctrl+C in the table copies it as tab-separated text.
                table->setFocus();
                QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
                copied = QApplication::clipboard()->text();
            }
        }
        click(wizard->button(QWizard::FinishButton));
    });
    first.start();
    chooseMenu(window, QStringLiteral("&File"), QStringLiteral("&Import…"));
    REQUIRE(QTest::qWaitFor([&] { return first.allDone() && !QApplication::activeModalWidget(); }, 120000));
    REQUIRE_FALSE(first.timedOut());

    CHECK(followupChoice == std::optional<std::string>("einde_followup"));   // "bedoelde u ...?" preselected
    CHECK(finishHiddenAfterFailure);
    REQUIRE(shown.size() == 1);
    CHECK(shown[0].file == QStringLiteral("casussen.csv"));
    CHECK(shown[0].line == QStringLiteral("4"));
    CHECK(shown[0].column == QStringLiteral("Melddatum"));
    CHECK(shown[0].value == QStringLiteral("31-02-2024"));
    CHECK(shown[0].problem == QStringLiteral("deze datum bestaat niet"));
    CHECK(shown[0].expected == QStringLiteral("verwacht een datum (JJJJ-MM-DD of DD-MM-JJJJ)"));
    INFO(copied.toStdString());
    CHECK(copied.split(QLatin1Char('\n')).value(1)
          == QStringLiteral("casussen.csv\t4\tMelddatum\t31-02-2024\tdeze datum bestaat niet\t"
                            "verwacht een datum (JJJJ-MM-DD of DD-MM-JJJJ)\terror"));
    CHECK(session.study()->caseCount() == 0);

    // Corrected (29 February 2024 exists) and imported again.
    write(file, messyCases("29-02-2024"));
    bool committed = false;
    uitest::ModalSteps second;
    second.then<ImportWizard>([&](ImportWizard* wizard) {
        typeCasussen(wizard, file);
        if (runToEnd(wizard, [](ImportWizard*) {})) {
            committed = wizard->runPage()->result()->committed;
            CHECK_FALSE(wizard->button(QWizard::NextButton)->isVisible());
        }
        click(wizard->button(QWizard::FinishButton));
    });
    second.start();
    chooseMenu(window, QStringLiteral("&File"), QStringLiteral("&Import…"));
    REQUIRE(QTest::qWaitFor([&] { return second.allDone() && !QApplication::activeModalWidget(); }, 120000));
    REQUIRE(committed);
    CHECK(session.study()->caseCount() == 4);

    // The dashboard shows the new figures: minderjarigen ja for W-1 and W-3, nee for W-2,
    // unknown for W-4: 2 of 3 known.
    DashboardView& dashboard = *window.dashboard();
    REQUIRE(uitest::waitForDashboard(dashboard));
    REQUIRE(dashboard.indicators());
    CHECK(dashboard.indicators()->cases == 4);
    const IndicatorTableModel& kenmerken = *dashboard.page("kenmerken")->proportionModel();
    const int row = kenmerken.rowOf("kenmerken.minderjarigen");
    REQUIRE(row >= 0);
    CHECK(kenmerken.data(kenmerken.index(row, IndicatorTableModel::Numerator), IndicatorTableModel::ValueRole).toInt() == 2);
    CHECK(kenmerken.data(kenmerken.index(row, IndicatorTableModel::Denominator), IndicatorTableModel::ValueRole).toInt() == 3);

    // A chart through its own export button and dialog. Four cases are too few to publish:
    // the protected export says so and writes nothing; ticked "no protection", the file appears.
    ChartPanel* chart = dashboard.page("kenmerken")->proportionChart();
    QToolButton* exportButton = nullptr;
    for (QToolButton* button : chart->findChildren<QToolButton*>())
        if (button->defaultAction() && button->defaultAction()->text() == QStringLiteral("Export chart…"))
            exportButton = button;
    REQUIRE(exportButton);
    const QString png = dir.filePath(QStringLiteral("kenmerken.png"));
    const auto exportChart = [&](bool unprotected) {
        QString message;
        uitest::ModalSteps exporting;
        exporting.then<QDialog>([&](QDialog* dialog) {
            QLineEdit* path = nullptr;
            for (QLineEdit* edit : dialog->findChildren<QLineEdit*>())
                if (!path && edit->isVisible() && !qobject_cast<QAbstractSpinBox*>(edit->parentWidget()))
                    path = edit;
            CHECK(path);
            if (path) {
                path->setFocus();
                path->selectAll();
                QTest::keyClicks(path, png);
            }
            if (unprotected)
                for (QCheckBox* box : dialog->findChildren<QCheckBox*>())
                    if (box->text().startsWith(QStringLiteral("No protection")))
                        click(box);
            clickAccept(dialog);
            if (dialog->isVisible())
                dialog->reject();   // the step failed; do not hang
        });
        if (!unprotected)
            exporting.then<QMessageBox>([&](QMessageBox* box) {
                message = box->text();
                click(box->button(QMessageBox::Ok));
            });
        exporting.start();
        REQUIRE(click(exportButton));
        REQUIRE(QTest::qWaitFor([&] { return exporting.allDone() && !QApplication::activeModalWidget(); }, 60000));
        return message;
    };
    CHECK(exportChart(false) == QStringLiteral("Every figure of this chart is suppressed: there is nothing to export."));
    CHECK_FALSE(QFileInfo::exists(png));
    CHECK(exportChart(true).isEmpty());
    CHECK(QFileInfo(png).size() > 0);
}

TEST_CASE("an import started in the demo study offers a new study first", "[ui][walkthrough][demo]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    StudySession session;
    REQUIRE(session.openDemo());
    MainWindow window(&session);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    SECTION("Cancel leaves the demo open and starts no import")
    {
        QString question;
        uitest::ModalSteps steps;
        steps.then<QMessageBox>([&](QMessageBox* box) {
            question = box->text();
            click(box->button(QMessageBox::Cancel));
        });
        steps.start();
        chooseMenu(window, QStringLiteral("&File"), QStringLiteral("&Import…"));
        REQUIRE(QTest::qWaitFor([&] { return steps.allDone() && !QApplication::activeModalWidget(); }, 60000));
        CHECK(question.contains(QStringLiteral("synthetic")));
        CHECK(session.isDemo());
    }
    SECTION("New study… creates the study and the wizard imports into it")
    {
        const QString path = dir.filePath(QStringLiteral("echt.kmstudy"));
        bool wizardOnNewStudy = false;
        uitest::ModalSteps steps;
        steps.then<QMessageBox>([&](QMessageBox* box) { click(buttonWithText(box, QStringLiteral("New study…"))); })
            .then<QFileDialog>([&](QFileDialog* dialog) {
                auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
                CHECK(name);
                if (!name) {
                    dialog->reject();
                    return;
                }
                name->setFocus();
                QTest::keyClicks(name, path);
                // The completer's list may be open over the dialog: a click outside would only close it.
                if (QCompleter* completer = name->completer(); completer && completer->popup()->isVisible())
                    QTest::keyClick(completer->popup(), Qt::Key_Escape);
                CHECK(QTest::qWaitFor([&] { return !name->completer() || !name->completer()->popup()->isVisible(); }, 5000));
                clickAccept(dialog);
            })
            .then<ImportWizard>([&](ImportWizard* wizard) {
                wizardOnNewStudy = !session.isDemo() && session.path() == path;
                click(wizard->button(QWizard::CancelButton));
            });
        steps.start();
        chooseMenu(window, QStringLiteral("&File"), QStringLiteral("&Import…"));
        REQUIRE(QTest::qWaitFor([&] { return steps.allDone() && !QApplication::activeModalWidget(); }, 60000));
        CHECK(wizardOnNewStudy);
        CHECK(QFileInfo::exists(path));
        CHECK_FALSE(session.isDemo());
    }
}
