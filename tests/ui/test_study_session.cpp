// Study handling: opening, creating, failing with a message (never a crash), the demo
// study, the recent-studies list, and the main window's title and views.
#include <catch2/catch.hpp>

#include "UiTestSupport.h"

#include "ui/MainWindow.h"
#include "ui/RecentStudies.h"
#include "ui/StudySession.h"
#include "ui/views/DashboardView.h"

#include "core/import/Importer.h"
#include "core/indicators/IndicatorCube.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>

#include <map>
#include <memory>
#include <set>

TEST_CASE("a study session opens, creates and reports errors", "[ui][session]")
{
    StudySession session;
    QSignalSpy changed(&session, &StudySession::studyChanged);
    CHECK(session.study() == nullptr);
    CHECK(session.displayName().isEmpty());

    const QTemporaryDir dir;
    QString error;
    const QString missing = dir.filePath(QStringLiteral("bestaat-niet.kmstudy"));
    CHECK_FALSE(session.openFile(missing, false, &error));
    CHECK(error.contains(QStringLiteral("bestaat-niet.kmstudy")));
    CHECK(changed.isEmpty());
    CHECK_FALSE(QFile::exists(missing));

    const QString path = dir.filePath(QStringLiteral("nieuw.kmstudy"));
    REQUIRE(session.openFile(path, true, &error));
    CHECK(changed.size() == 1);
    CHECK(QFile::exists(path));
    CHECK(session.path() == path);
    CHECK_FALSE(session.isDemo());
    CHECK(session.displayName() == QStringLiteral("nieuw"));
    CHECK(session.cohortNames().isEmpty());
    CHECK(session.studyHandle()->caseCount() == 0);

    // Not a SQLite database: a message, and the open study stays open.
    const QString garbage = dir.filePath(QStringLiteral("kapot.kmstudy"));
    QFile file(garbage);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    CHECK_FALSE(session.openFile(garbage, false, &error));
    CHECK(error.contains(QStringLiteral("kapot.kmstudy")));
    CHECK(session.path() == path);
}

TEST_CASE("the demo study has two cohorts and says it is synthetic", "[ui][session]")
{
    StudySession session;
    REQUIRE(session.openDemo());
    CHECK(session.isDemo());
    CHECK(session.path().isEmpty());
    CHECK(session.displayName() == QStringLiteral("demo (synthetic)"));
    // resources/demo/casussen.csv: cohorts NHN-2019 and NHN-2023.
    CHECK(session.cohortNames() == QStringList{QStringLiteral("NHN-2019"), QStringLiteral("NHN-2023")});
    CHECK_FALSE(session.regions().isEmpty());
}

TEST_CASE("recent studies keep the newest eight existing files", "[ui][session]")
{
    RecentStudies::clear();
    const QTemporaryDir dir;
    QStringList paths;
    for (int i = 0; i < 10; ++i) {
        paths << dir.filePath(QStringLiteral("studie%1.kmstudy").arg(i));
        QFile file(paths.back());
        REQUIRE(file.open(QIODevice::WriteOnly));
        RecentStudies::add(paths.back());
    }
    const QStringList recent = RecentStudies::list();
    REQUIRE(recent.size() == RecentStudies::maximum);
    CHECK(recent.front() == paths[9]);
    CHECK(recent.back() == paths[2]);
    RecentStudies::add(paths[5]);
    CHECK(RecentStudies::list().front() == paths[5]);
    QFile::remove(paths[9]);
    CHECK_FALSE(RecentStudies::list().contains(paths[9]));
    RecentStudies::clear();
    CHECK(RecentStudies::list().isEmpty());
}

TEST_CASE("the main window shows the study in its title and the four views", "[ui][session]")
{
    StudySession session;
    REQUIRE(session.openDemo());
    MainWindow window(&session);
    CHECK(window.windowTitle() == QStringLiteral("Ketenmonitor — demo (synthetic)"));
    auto* tabs = window.findChild<QTabWidget*>();
    REQUIRE(tabs != nullptr);
    REQUIRE(tabs->count() == 4);
    CHECK(tabs->tabText(0) == QStringLiteral("Dashboard"));
    window.showView(MainWindow::View::Survival);
    CHECK(window.currentView() == MainWindow::View::Survival);
    REQUIRE(uitest::waitForDashboard(*window.dashboard()));
    CHECK(window.dashboard()->indicators()->cases == session.study()->caseCount());

    const QTemporaryDir dir;
    QString error;
    REQUIRE(session.openFile(dir.filePath(QStringLiteral("regio-west.kmstudy")), true, &error));
    CHECK(window.windowTitle() == QStringLiteral("Ketenmonitor — regio-west"));
    REQUIRE(uitest::waitForDashboard(*window.dashboard()));
}

namespace {

// Cohorts with their number of cases and the distinct regions, read from the demo's casussen.csv
// (semicolon-separated, no quoting; cohort is the second column, regio the third).
struct DemoOverview
{
    std::map<QString, qint64> cohorts;
    std::set<QString> regions;
    qint64 cases = 0;
};

DemoOverview demoOverview()
{
    QFile file(QStringLiteral(KM_DEMO_DIR "/casussen.csv"));
    REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    file.readLine();   // header
    DemoOverview overview;
    while (!file.atEnd()) {
        const QStringList fields = QString::fromUtf8(file.readLine()).trimmed().split(QLatin1Char(';'));
        if (fields.size() < 3)
            continue;
        ++overview.cohorts[fields[1]];
        if (!fields[2].isEmpty())
            overview.regions.insert(fields[2]);
        ++overview.cases;
    }
    return overview;
}

} // namespace

TEST_CASE("a study session reads its cohorts, regions and size once and gives workers a connection of their own",
          "[ui][session]")
{
    const DemoOverview expected = demoOverview();
    QStringList cohortNames;
    for (const auto& [name, n] : expected.cohorts)
        cohortNames << name;
    const QStringList regions(expected.regions.begin(), expected.regions.end());

    StudySession demo;
    REQUIRE(demo.openDemo());
    CHECK(demo.cohortNames() == cohortNames);
    CHECK(demo.regions() == regions);
    CHECK(demo.caseCount() == expected.cases);
    CHECK(demo.readHandle() == demo.studyHandle());   // in memory: nothing to open a second time

    // A study file, filled by an import behind the session's back: the overview is read again
    // when the session is told the data changed.
    const QTemporaryDir dir;
    StudySession session;
    QString error;
    REQUIRE(session.openFile(dir.filePath(QStringLiteral("studie.kmstudy")), true, &error));
    CHECK(session.caseCount() == 0);
    std::vector<km::ImportSource> sources;
    for (auto [kind, file] : {std::pair{km::TableKind::Casussen, "casussen.csv"},
                              std::pair{km::TableKind::Trajecten, "trajecten.csv"},
                              std::pair{km::TableKind::Gebeurtenissen, "gebeurtenissen.csv"}})
        sources.push_back({kind, std::string(KM_DEMO_DIR "/") + file});
    REQUIRE(km::Importer(*session.study()).run(sources).committed);
    CHECK(session.caseCount() == 0);
    session.notifyDataChanged();
    CHECK(session.caseCount() == expected.cases);
    CHECK(session.cohortNames() == cohortNames);
    CHECK(session.regions() == regions);

    const std::shared_ptr<km::Study> reader = session.readHandle();
    REQUIRE(reader != nullptr);
    CHECK(reader != session.studyHandle());
    CHECK(reader->db().handle() != session.study()->db().handle());
    CHECK(reader->caseCount() == expected.cases);
}

TEST_CASE("the session keeps a cube only for the data it was built from", "[ui][session][cube]")
{
    StudySession session;
    REQUIRE(session.openDemo());
    CHECK_FALSE(session.cube());
    const quint64 version = session.dataVersion();
    auto cube = std::make_shared<const km::IndicatorCube>(*session.study());
    session.keepCube(cube, version);
    CHECK(session.cube() == cube);

    // A cube that was being built while the data changed belongs to the old data.
    session.notifyDataChanged();
    CHECK(session.dataVersion() != version);
    CHECK_FALSE(session.cube());
    session.keepCube(cube, version);
    CHECK_FALSE(session.cube());
    session.keepCube(cube, session.dataVersion());
    CHECK(session.cube() == cube);

    REQUIRE(session.openDemo());
    CHECK_FALSE(session.cube());
}

TEST_CASE("closing the desktop's study empties its WAL while another program still has it open", "[ui][session]")
{
    const QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("studie.kmstudy"));
    const std::string file = path.toStdString();
    auto session = std::make_unique<StudySession>();
    QString error;
    REQUIRE(session->openFile(path, true, &error));
    const std::vector<km::ImportSource> sources{{km::TableKind::Casussen, "casussen.csv",
        "casus_id,cohort,melddatum,einde_followup\nW1,WAL,2019-01-15,2021-01-15\n"}};
    REQUIRE(km::Importer(*session->study()).run(sources).committed);
    km::Database other(file, km::Database::Mode::ReadOnly);   // e.g. ketenmonitor-cli indicators
    REQUIRE(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
    session.reset();
    CHECK(QFileInfo(path + QStringLiteral("-wal")).size() == 0);
}

TEST_CASE("opening a study that others can read tightens it to 0600 and says so", "[ui][session]")
{
    const QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gedeeld.kmstudy"));
    km::Study::open(path.toStdString(), true).reset();
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    StudySession session;
    QString error;
    REQUIRE(session.openFile(path, false, &error));
    REQUIRE(session.openWarnings().size() == 1);
    CHECK(session.openWarnings().front().contains(QStringLiteral("had rechten 0644")));
    CHECK(QFile::permissions(path) == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
}
