// Every way a figure leaves the desktop program goes through RecordedExport: the chart's
// "Export chart…" and "Copy chart" and the table's "Save as CSV…" and copy write the published
// figures (a count below the threshold reads "<5" or "> 38", never itself), stamp unprotected
// output "INTERN", and are recorded in the study's log with the file's SHA-256. Driven as a user
// does: the visible buttons of a dashboard card, the dialog that opens, its Save button.
#include <catch2/catch.hpp>

#include "UiTestSupport.h"

#include "ui/StudySession.h"
#include "ui/charts/ChartPanel.h"
#include "ui/dialogs/ChartExportDialog.h"
#include "ui/views/CompareView.h"
#include "ui/views/DashboardView.h"
#include "ui/views/IndicatorGroupPage.h"
#include "ui/views/SurvivalView.h"
#include "ui/models/ComparisonTableModel.h"
#include "ui/widgets/SelectionPanel.h"
#include "ui/widgets/TablePanel.h"

#include "core/codebook/IndicatorLabels.h"
#include "core/disclosure/PublishedCurve.h"
#include "core/disclosure/SmallCellPolicy.h"
#include "core/indicators/CohortComparison.h"
#include "core/indicators/IndicatorEngine.h"
#include "core/util/Sha256.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

std::string sha256(const QByteArray& bytes)
{
    km::Sha256 hash;
    hash.update(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    return hash.hexDigest();
}

// Clicks a visible, enabled button.
void click(QAbstractButton* button)
{
    REQUIRE(button->isVisible());
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

// Fills in the chart export dialog that the click opens (modal), then presses its Save button.
// Runs inside the dialog's event loop, where a failed REQUIRE must not throw: it only stops.
void answerChartDialog(const QString& path, int format, bool internal)
{
    QTimer::singleShot(100, [=] {
        auto* dialog = qobject_cast<ChartExportDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->findChild<QComboBox*>()->setCurrentIndex(format);
        dialog->findChild<QLineEdit*>()->setText(path);
        if (internal)
            QTest::mouseClick(dialog->findChild<QCheckBox*>(), Qt::LeftButton);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    });
}

void answerFileDialog(const QString& path)
{
    QTimer::singleShot(100, [=] {
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->selectFile(path);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    });
}

struct Fixture
{
    StudySession session;
    QTemporaryDir dir;
    std::unique_ptr<DashboardView> view;
    km::IndicatorSet expected;
    km::SmallCellPolicy policy{km::SmallCellPolicy::defaultMinCell};

    Fixture()
    {
        QSettings().remove("export");
        QSettings().setValue("export/csv", QStringLiteral("nl"));
        REQUIRE(session.openDemo());
        view = std::make_unique<DashboardView>(&session);
        view->resize(1024, 700);
        view->show();
        REQUIRE(uitest::waitForDashboard(*view));
        // The selection of the walkthrough: NHN-2019, regio Alkmaar, 6-month window.
        // One change at a time, each shown before the next.
        view->selectionPanel()->setCohorts({QStringLiteral("NHN-2019")});
        REQUIRE(uitest::waitForDashboard(*view));
        view->selectionPanel()->setRegio(QStringLiteral("Alkmaar"));
        REQUIRE(uitest::waitForDashboard(*view));
        view->selectionPanel()->setWindowMonths(6);
        REQUIRE(uitest::waitForDashboard(*view));
        REQUIRE(view->indicators());
        REQUIRE(view->indicators()->selection.windowMonths == 6);
        expected = km::IndicatorEngine(*session.study()).compute(view->selectionPanel()->selection());
        // The user picks the recidive group in the list.
        auto* groups = view->findChild<QListWidget*>();
        REQUIRE(groups != nullptr);
        const auto items = groups->findItems(QString::fromStdString(km::IndicatorLabels::groupLabel("recidive", km::Language::English)),
                                             Qt::MatchExactly);
        REQUIRE(items.size() == 1);
        QTest::mouseClick(groups->viewport(), Qt::LeftButton, {}, groups->visualItemRect(items.front()).center());
        REQUIRE(recidive().isVisible());
    }

    IndicatorGroupPage& recidive() const { return *view->page("recidive"); }

    // The recidive figures the policy withholds: there must be one for the test to mean anything.
    std::vector<km::Proportion> small() const
    {
        std::vector<km::Proportion> list;
        for (const km::Proportion& p : expected.proportions)
            if (p.id.rfind("recidive.", 0) == 0 && policy.suppresses(p))
                list.push_back(p);
        REQUIRE_FALSE(list.empty());
        return list;
    }

    km::AuditEntry lastEvent() const
    {
        const auto log = session.study()->auditLog();
        REQUIRE_FALSE(log.empty());
        return log.back();
    }
};

} // namespace

TEST_CASE("export gate: a card's table saved as CSV holds the suppression mark, not the small count", "[ui][export][gate]")
{
    Fixture f;
    const QString path = f.dir.filePath("recidive.csv");
    answerFileDialog(path);
    click(f.recidive().proportionTable()->saveButton());
    const QByteArray bytes = readAll(path);
    REQUIRE_FALSE(bytes.isEmpty());
    const QString csv = QString::fromUtf8(bytes);
    INFO(csv.toStdString());
    // The selection and the protection in the header rows, numbers in their own cells.
    CHECK(csv.contains(QStringLiteral("selection;\"cohort NHN-2019; regio Alkmaar; venster 6 maanden\"\r\n")));
    CHECK(csv.contains(QStringLiteral("protection;kleine aantallen afgeschermd (onder 5)\r\n")));
    for (const km::Proportion& p : f.small()) {
        const QString count = QStringLiteral(";%1;%2;").arg(p.numerator).arg(p.denominator);
        CHECK_FALSE(csv.contains(count));
        CHECK(csv.contains(QStringLiteral(";%1;").arg(QString::fromStdString(p.id))
                           + QString::fromStdString(km::IndicatorLabels::label(p.id, km::Language::English)) + QLatin1Char(';')
                           + QString::fromStdString(f.policy.numeratorText(p)) + QLatin1Char(';')));
    }
    CHECK_FALSE(csv.contains(QStringLiteral("⚠")));
    CHECK_FALSE(csv.contains(QStringLiteral("intern")));
    // In the log: an export with the file and the SHA-256 of what was written.
    const km::AuditEntry event = f.lastEvent();
    CHECK(event.action == "export");
    CHECK(event.files == QFileInfo(path).absoluteFilePath().toStdString() + " " + sha256(bytes));
    CHECK(event.selection == "cohort NHN-2019; regio Alkmaar; venster 6 maanden");
    CHECK(event.suppressed == true);
    CHECK(event.details.find("tabel recidive") != std::string::npos);
}

TEST_CASE("export gate: a card's chart exported as SVG reads the mark, and is in the log", "[ui][export][gate]")
{
    Fixture f;
    const QString path = f.dir.filePath("recidive.svg");
    answerChartDialog(path, 1, false);
    click(f.recidive().proportionChart()->exportButton());
    const QByteArray svg = readAll(path);
    REQUIRE(svg.contains("<svg"));
    for (const km::Proportion& p : f.small()) {
        // The suppressed bar reads its count as the table does ("<5/44"), escaped in the SVG.
        const std::string mark = km::SmallCellPolicy{5}.numeratorText(p) + "/" + std::to_string(p.denominator);
        QString escaped = QString::fromStdString(mark).toHtmlEscaped();
        CHECK(svg.contains(escaped.toUtf8()));
        CHECK_FALSE(svg.contains(QStringLiteral("%1/%2").arg(p.numerator).arg(p.denominator).toUtf8()));
    }
    CHECK_FALSE(svg.contains("INTERN"));
    const km::AuditEntry event = f.lastEvent();
    CHECK(event.action == "export");
    CHECK(event.files == QFileInfo(path).absoluteFilePath().toStdString() + " " + sha256(svg));
    CHECK(event.details.find("grafiek recidive") != std::string::npos);
}

TEST_CASE("export gate: without protection the chart and the CSV say INTERN and show the counts", "[ui][export][gate]")
{
    Fixture f;
    const QString path = f.dir.filePath("recidive-intern.svg");
    answerChartDialog(path, 1, true);
    click(f.recidive().proportionChart()->exportButton());
    const QByteArray svg = readAll(path);
    REQUIRE(svg.contains("<svg"));
    CHECK(svg.contains("INTERNAL"));   // the UI of the tests is English
    const km::AuditEntry event = f.lastEvent();
    CHECK(event.suppressed == false);
    CHECK(event.details.find("intern: kleine aantallen niet afgeschermd") != std::string::npos);
}

TEST_CASE("export gate: copying a chart or a table is recorded, and the copied table is protected", "[ui][export][gate]")
{
    Fixture f;
    const std::size_t before = f.session.study()->auditLog().size();
    QApplication::clipboard()->clear();
    click(f.recidive().proportionChart()->copyButton());
    CHECK_FALSE(QApplication::clipboard()->image().isNull());
    CHECK(f.session.study()->auditLog().size() == before + 1);
    CHECK(f.lastEvent().action == "kopie");
    CHECK(f.lastEvent().files == "(klembord)");

    click(f.recidive().proportionTable()->copyButton());
    const QString text = QApplication::clipboard()->text();
    for (const km::Proportion& p : f.small()) {
        CHECK_FALSE(text.contains(QStringLiteral("\t%1\t%2\t").arg(p.numerator).arg(p.denominator)));
        CHECK(text.contains(QLatin1Char('\t') + QString::fromStdString(f.policy.numeratorText(p)) + QLatin1Char('\t')));
    }
    CHECK(f.session.study()->auditLog().size() == before + 2);
    CHECK(f.lastEvent().action == "kopie");
    CHECK(f.lastEvent().details.find("tabel recidive") != std::string::npos);
}

TEST_CASE("export gate: the Compare tab's table leaves protected and recorded", "[ui][export][gate]")
{
    QSettings().setValue("export/csv", QStringLiteral("nl"));
    StudySession session;
    REQUIRE(session.openDemo());
    CompareView view(&session);
    view.resize(1024, 700);
    view.show();
    view.setSelections(QStringLiteral("NHN-2019"), QStringLiteral("Alkmaar"), QStringLiteral("NHN-2023"),
                       QStringLiteral("Alkmaar"));
    REQUIRE(QTest::qWaitFor([&] { return !view.isComputing() && view.model()->rowCount() > 0; }, 60000));
    const km::IndicatorEngine engine(*session.study());
    const auto differences = km::CohortComparison::compare(
        engine.compute(km::Selection{{"NHN-2019"}, std::string("Alkmaar"), std::nullopt}),
        engine.compute(km::Selection{{"NHN-2023"}, std::string("Alkmaar"), std::nullopt}));
    const km::SmallCellPolicy policy{5};

    const QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vergelijking.csv"));
    answerFileDialog(path);
    click(view.findChild<TablePanel*>()->saveButton());
    const QString csv = QString::fromUtf8(readAll(path));
    INFO(csv.toStdString());
    REQUIRE_FALSE(csv.isEmpty());
    int suppressed = 0;
    for (const km::ProportionDifference& d : differences) {
        if (!policy.suppresses(d.a))
            continue;
        ++suppressed;
        // A's count reads as its mark, and the difference next to it is left out.
        CHECK(csv.contains(QString::fromStdString(d.id) + QLatin1Char(';')));
        CHECK_FALSE(csv.contains(QStringLiteral(";%1;%2;").arg(d.a.numerator).arg(d.a.denominator)
                                 + QString::number(*d.a.percent, 'f', 2).replace(QLatin1Char('.'), QLatin1Char(','))));
    }
    CHECK(suppressed > 0);
    const auto log = session.study()->auditLog();
    REQUIRE_FALSE(log.empty());
    CHECK(log.back().action == "export");
    CHECK(log.back().selection == "cohorten NHN-2019, NHN-2023; regio Alkmaar; venster hele follow-up");
    CHECK(log.back().details.find("tabel vergelijking") != std::string::npos);
}

TEST_CASE("export gate: the Survival tab's chart copy is recorded", "[ui][export][gate]")
{
    StudySession session;
    REQUIRE(session.openDemo());
    SurvivalView view(&session);
    view.resize(1024, 700);
    view.show();
    REQUIRE(QTest::qWaitFor([&] { return !view.curves().empty(); }, 60000));
    QApplication::clipboard()->clear();
    auto* chart = view.findChild<ChartPanel*>();
    REQUIRE(QTest::qWaitFor([&] { return chart->copyButton()->isEnabled(); }, 10000));
    click(chart->copyButton());
    CHECK_FALSE(QApplication::clipboard()->image().isNull());
    const auto log = session.study()->auditLog();
    REQUIRE_FALSE(log.empty());
    CHECK(log.back().action == "kopie");
    CHECK(log.back().details.find("overleving") != std::string::npos);
}

TEST_CASE("published survival curve: cut where fewer than N are at risk, too few events not at all", "[disclosure]")
{
    km::SurvivalCurve curve;
    // Ten cases, events on days 10, 20, 30, 40 and 70, five without.
    curve.cases = 10;
    curve.events = 5;
    curve.followUpDays = {10, 20, 30, 40, 50, 60, 70, 80, 90, 400};
    for (std::int64_t day : {10, 20, 30, 40, 70})
        curve.steps.push_back({day, curve.atRisk(day), 1, 0});
    // Still 5 at risk on day 60 (60, 70, 80, 90, 400): the cut; the step on day 70 goes, and so
    // does the longest follow-up, 400 days.
    const km::SurvivalCurve published = km::PublishedCurve::of(curve, km::SmallCellPolicy{5});
    CHECK(published.steps.size() == 4);
    CHECK(published.followUpDays.back() == 60);
    CHECK(published.atRisk(60) == 5);
    CHECK(published.atRisk(30) == 8);
    curve.events = 4;   // fewer than 5 with the event: every step would be one person
    CHECK(km::PublishedCurve::of(curve, km::SmallCellPolicy{5}).followUpDays.empty());
    CHECK(km::PublishedCurve::of(curve, km::SmallCellPolicy::none()).followUpDays.size() == 10);
}
