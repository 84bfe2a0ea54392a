// Issue 13, item 4: user-supplied names are shown as written, never as rich text. The demo's
// cohorts are renamed to HTML ("<b>VET</b>…", an <img> of a local file) and every view that
// shows a cohort must show that text literally: labels, chart titles, legends and axes (Qt
// Charts renders all of those as HTML), tooltips and check boxes.
#include <catch2/catch.hpp>

#include "WindowDriver.h"

#include "ui/MainWindow.h"
#include "ui/StudySession.h"
#include "ui/charts/ChartPanel.h"
#include "ui/dialogs/AuditLogDialog.h"
#include "ui/models/AuditLogModel.h"
#include "ui/views/DashboardView.h"
#include "ui/widgets/ElidedCheckBox.h"
#include "ui/widgets/SelectionPanel.h"

#include "core/db/Study.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QTableView>
#include <QTest>
#include <QTextDocument>

namespace {

const QString bold = QStringLiteral("<b>VET</b><font color=red size=7>ROOD</font>");
const QString image = QStringLiteral("<img src=\"/local/file\">B&B");

QString rendered(const QString& html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

// Every text of the view's charts that mentions a cohort, as Qt Charts renders it (HTML).
QStringList chartTexts(QWidget& view)
{
    QStringList texts;
    for (ChartPanel* panel : view.findChildren<ChartPanel*>()) {
        QChart* chart = panel->chart();
        if (!chart || !panel->isVisibleTo(&view))
            continue;
        texts << rendered(chart->title());
        for (QLegendMarker* marker : chart->legend()->markers())
            texts << rendered(marker->label());
        for (QAbstractAxis* axis : chart->axes())
            if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis))
                for (const QString& category : categories->categories())
                    texts << rendered(category);
    }
    return texts.filter(QStringLiteral("VET")) + texts.filter(QStringLiteral("B&B"));
}

// The labels of the view that mention a cohort, as the user reads them.
QStringList labelTexts(QWidget& view)
{
    QStringList texts;
    for (QLabel* label : view.findChildren<QLabel*>())
        if (label->isVisibleTo(&view))
            texts << uitest::shownText(*label);
    return texts.filter(QStringLiteral("VET")) + texts.filter(QStringLiteral("B&B"));
}

void requireLiteral(const QStringList& texts, const char* where)
{
    INFO(where << ": " << texts.join(QStringLiteral(" | ")).toStdString());
    REQUIRE(!texts.isEmpty());
    for (const QString& text : texts)
        CHECK((text.contains(bold) || text.contains(image)));
}

} // namespace

TEST_CASE("cohort names made of HTML are shown literally in every view", "[ui][plaintext]")
{
    StudySession session;
    REQUIRE(session.openDemo());
    km::Study& study = *session.study();
    study.db().exec("UPDATE cases SET cohort = '" + bold.toStdString() + "' WHERE cohort = 'NHN-2019'");
    study.db().exec("UPDATE cases SET cohort = '" + image.toStdString() + "' WHERE cohort = 'NHN-2023'");
    session.notifyDataChanged();
    MainWindow window(&session);
    window.resize(1280, 800);
    window.show();
    REQUIRE(uitest::waitForCurrentView(window));

    SECTION("dashboard: the check box, the header and the charts")
    {
        auto* panel = window.dashboard()->selectionPanel();
        const QList<ElidedCheckBox*> boxes = panel->findChildren<ElidedCheckBox*>();
        REQUIRE(boxes.size() == 2);
        ElidedCheckBox* box = boxes[0]->fullText() == bold ? boxes[0] : boxes[1];
        REQUIRE(box->fullText() == bold);
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(box->height() / 2, box->height() / 2));
        REQUIRE(box->isChecked());
        REQUIRE(uitest::waitForCurrentView(window));
        requireLiteral(labelTexts(*window.dashboard()), "dashboard labels");
        requireLiteral(chartTexts(*window.dashboard()), "dashboard charts");
        // The other box: "&" is no shortcut mark, the text reads as the name.
        ElidedCheckBox* other = box == boxes[0] ? boxes[1] : boxes[0];
        const QString shown = other->text().replace(QLatin1String("&&"), QLatin1String("&"));
        CHECK((shown == image || (shown.endsWith(QStringLiteral("…")) && image.startsWith(shown.chopped(1)))));
    }
    SECTION("the report dialog (Ctrl+P): the selection")
    {
        window.dashboard()->selectionPanel()->setCohorts({bold});
        REQUIRE(uitest::waitForCurrentView(window));
        QApplication::setActiveWindow(&window);
        REQUIRE(QTest::qWaitForWindowActive(&window));
        QStringList shown;
        uitest::whenModalOpens([&](QWidget* modal) {
            shown = labelTexts(*modal);
            modal->close();
        });
        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier);
        requireLiteral(shown, "report dialog");
    }
    SECTION("compare: the status line, the legend and the table header")
    {
        uitest::clickTab(window, 2);
        QWidget& view = *window.view(MainWindow::View::Compare);
        requireLiteral(labelTexts(view), "compare labels");
        requireLiteral(chartTexts(view), "compare chart");
        auto* table = view.findChild<QTableView*>();
        const QString header = table->model()->headerData(1, Qt::Horizontal).toString()
            + table->model()->headerData(2, Qt::Horizontal).toString();
        CHECK((header.contains(bold) || header.contains(image)));
    }
    SECTION("survival: the legend")
    {
        uitest::clickTab(window, 3);
        requireLiteral(chartTexts(*window.view(MainWindow::View::Survival)), "survival chart");
    }
    SECTION("cases: the table")
    {
        uitest::clickTab(window, 1);
        auto* table = window.view(MainWindow::View::Cases)->findChild<QTableView*>();
        QStringList cells;
        for (int column = 0; column < table->model()->columnCount(); ++column)
            cells << table->model()->index(0, column).data().toString();
        requireLiteral(cells.filter(QStringLiteral("VET")) + cells.filter(QStringLiteral("B&B")), "cases table");
    }
    SECTION("audit log: cell and tooltip")
    {
        study.recordEvent({{}, "export", {}, "/tmp/<b>x</b>.csv 0", "cohort " + bold.toStdString(), true, "ok"});
        AuditLogDialog dialog(study.auditLog());
        const QAbstractItemModel& model = *dialog.table()->model();
        const int last = model.rowCount() - 1;
        const QModelIndex selection = model.index(last, AuditLogModel::Selection);
        CHECK(selection.data().toString() == QStringLiteral("cohort ") + bold);
        CHECK(uitest::shownText(selection.data(Qt::ToolTipRole).toString()) == QStringLiteral("cohort ") + bold);
        CHECK(uitest::shownText(model.index(last, AuditLogModel::Files).data(Qt::ToolTipRole).toString())
              .contains(QStringLiteral("<b>x</b>.csv")));
    }
}
