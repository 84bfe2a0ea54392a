// File > Audit log…: the study's audit trail in a read-only table, with what the desktop's own
// export added to it (RecordedExport, the path File > Export report takes).
#include <catch2/catch.hpp>

#include "ScreenshotSupport.h"
#include "WindowDriver.h"

#include "ui/MainWindow.h"
#include "ui/StudySession.h"
#include "ui/dialogs/AuditLogDialog.h"
#include "ui/models/AuditLogModel.h"
#include "ui/report/RecordedExport.h"
#include "ui/report/ReportData.h"

#include "core/db/LoginName.h"
#include "core/util/Sha256.h"

#include <QFile>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdlib>
#include <ctime>

namespace {

QString cell(const AuditLogModel& model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

QByteArray demoFile(const char* name)
{
    QFile file(QStringLiteral(KM_DEMO_DIR "/") + QLatin1String(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QString shortHash(const QByteArray& bytes)
{
    return QString::fromStdString(km::Sha256::of(std::string_view(bytes.constData(), bytes.size()))).left(8);
}

} // namespace

TEST_CASE("the audit log dialog lists an import, a deleted cohort and a report", "[ui][audit]")
{
    StudySession session;
    REQUIRE(session.openDemo());
    km::Study& study = *session.study();
    // Cases of NHN-2023 in the demo's casussen.csv, counted from the file itself.
    const QByteArray casussen = demoFile("casussen.csv");
    const int cases2023 = static_cast<int>(casussen.count(";NHN-2023;"));
    REQUIRE(study.deleteCohort("NHN-2023").cases == cases2023);

    const QTemporaryDir dir;
    const QString report = dir.filePath(QStringLiteral("rapport.html"));
    const km::Selection selection{{"NHN-2019"}, std::nullopt, std::nullopt};
    const ReportData data = ReportData::collect(study, {selection}, km::SmallCellPolicy{}, km::Language::Dutch,
                                                session.displayName(), true);
    QString error;
    REQUIRE(RecordedExport::writeReport(study, data, report, &error));

    AuditLogDialog dialog(study.auditLog());
    const AuditLogModel& model = *dialog.model();
    REQUIRE(model.rowCount() == 3);
    REQUIRE(model.columnCount() == 7);
    CHECK(model.headerData(AuditLogModel::Who, Qt::Horizontal).toString() == QStringLiteral("Who"));
    const QString me = QString::fromStdString(km::LoginName::current());
    const QRegularExpression localTime(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d$"));

    CHECK(localTime.match(cell(model, 0, AuditLogModel::When)).hasMatch());
    CHECK(cell(model, 0, AuditLogModel::Action) == QStringLiteral("import"));
    CHECK(cell(model, 0, AuditLogModel::Who) == me);
    CHECK(cell(model, 0, AuditLogModel::Files)
          == QStringLiteral("casussen.csv (%1), trajecten.csv (%2), gebeurtenissen.csv (%3)")
                 .arg(shortHash(casussen), shortHash(demoFile("trajecten.csv")), shortHash(demoFile("gebeurtenissen.csv"))));
    CHECK(cell(model, 0, AuditLogModel::Suppressed).isEmpty());

    CHECK(cell(model, 1, AuditLogModel::Action) == QStringLiteral("cohort deleted"));
    CHECK(cell(model, 1, AuditLogModel::Who) == me);
    CHECK(cell(model, 1, AuditLogModel::Selection) == QStringLiteral("cohort NHN-2023"));
    CHECK(cell(model, 1, AuditLogModel::Details) == QStringLiteral("%1 casussen verwijderd").arg(cases2023));
    CHECK(cell(model, 1, AuditLogModel::Files).isEmpty());

    QFile written(report);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(cell(model, 2, AuditLogModel::Action) == QStringLiteral("report"));
    CHECK(cell(model, 2, AuditLogModel::Files) == QStringLiteral("rapport.html (%1)").arg(shortHash(written.readAll())));
    // The tooltip as shown (plain text wrapped in HTML, so a file name is never read as markup).
    CHECK(uitest::shownText(model.data(model.index(2, AuditLogModel::Files), Qt::ToolTipRole).toString())
              .startsWith(report + QLatin1Char(' ')));
    CHECK(cell(model, 2, AuditLogModel::Selection) == QStringLiteral("cohort NHN-2019; regio alle; venster hele follow-up"));
    CHECK(cell(model, 2, AuditLogModel::Suppressed) == QStringLiteral("yes"));
    CHECK(cell(model, 2, AuditLogModel::Details) == QStringLiteral("1 bestand; kleine aantallen afgeschermd (onder 5); taal nl"));

    dialog.resize(1300, 360);
    const QImage shot = uitest::grabAndKeep(dialog, QStringLiteral("audit-log"));
    CHECK_FALSE(shot.isNull());
}

TEST_CASE("the audit log shows UTC times as local time", "[ui][audit]")
{
    // A fixed zone (UTC+1, as in Dutch winter) without relying on the machine's tz database.
    const QByteArray previous = qgetenv("TZ");
    qputenv("TZ", "CET-1");
    ::tzset();
    const QString shown = AuditLogModel::localTime("2026-11-25T01:27:06Z");
    if (previous.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", previous);
    ::tzset();
    CHECK(shown == QStringLiteral("2026-11-25 02:27:06"));
    CHECK(AuditLogModel::localTime("geen tijd") == QStringLiteral("geen tijd"));
}

TEST_CASE("the audit log's files column: name and short hash, full text in the tooltip", "[ui][audit]")
{
    const std::string hash(64, 'a');
    CHECK(AuditLogModel::filesText("/tmp/map met spatie/r.pdf " + hash + "\nb.csv", false)
          == QStringLiteral("r.pdf (aaaaaaaa), b.csv"));
    CHECK(AuditLogModel::filesText("/tmp/a.pdf " + hash, true) == QStringLiteral("/tmp/a.pdf ") + QString::fromStdString(hash));
    CHECK(AuditLogModel::actionText("migratie") == QStringLiteral("study file upgraded"));
    CHECK(AuditLogModel::actionText("iets-nieuws") == QStringLiteral("iets-nieuws"));
}

TEST_CASE("the File menu opens the audit log", "[ui][audit]")
{
    StudySession session;
    MainWindow window(&session);
    QStringList texts;
    for (QAction* menu : window.menuBar()->actions())
        if (menu->menu())
            for (QAction* action : menu->menu()->actions())
                texts << action->text();
    CHECK(texts.contains(QStringLiteral("Audit &log…")));
}
