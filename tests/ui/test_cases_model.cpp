// The case table model over the demo study. Expected values are read independently from the
// demo's CSV files (resources/demo, semicolon-separated, no quoting) in the test itself.
#include <catch2/catch.hpp>

#include "ui/StudySession.h"
#include "ui/models/CaseTableModel.h"

#include "core/util/Day.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <map>

namespace {

struct CsvCase
{
    QString casusId;
    QString cohort;
    QString regio;
    km::Day melddatum = 0;
};

QList<QStringList> demoRows(const QString& file)
{
    QFile f(QStringLiteral(KM_DEMO_DIR "/") + file);
    REQUIRE(f.open(QIODevice::ReadOnly | QIODevice::Text));
    QList<QStringList> rows;
    f.readLine();   // header
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (!line.isEmpty())
            rows << line.split(QLatin1Char(';'));
    }
    return rows;
}

std::vector<CsvCase> demoCases()
{
    std::vector<CsvCase> cases;
    for (const QStringList& r : demoRows(QStringLiteral("casussen.csv")))
        cases.push_back({r[0], r[1], r[2], *km::days::parse(r[3].toStdString())});
    return cases;
}

int countFor(const QString& file, const QString& casusId)
{
    const QList<QStringList> rows = demoRows(file);
    return static_cast<int>(std::count_if(rows.begin(), rows.end(), [&](const QStringList& r) { return r[0] == casusId; }));
}

QString cell(const CaseTableModel& model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

// Columns in CaseColumn order.
enum { Casus, Cohort, Regio, Meld, Overdracht, Einde, Trajecten, Gebeurtenissen, Regie };

} // namespace

TEST_CASE("the case table shows every demo case, sorted by casus_id", "[ui][cases]")
{
    StudySession session;
    REQUIRE(session.openDemo());
    CaseTableModel model;
    model.setStudy(session.studyHandle());

    const std::vector<CsvCase> cases = demoCases();
    CHECK(model.rowCount() == static_cast<int>(cases.size()));
    CHECK(model.columnCount() == 9);
    CHECK(model.totalCases() == static_cast<std::int64_t>(cases.size()));

    // First by casus_id: DEMO19-001; its row in casussen.csv: NHN-2019;Alkmaar;02-01-2019;30-06-2021;...;07-01-2019;ja.
    CHECK(cell(model, 0, Casus) == QStringLiteral("DEMO19-001"));
    CHECK(cell(model, 0, Cohort) == QStringLiteral("NHN-2019"));
    CHECK(cell(model, 0, Regio) == QStringLiteral("Alkmaar"));
    CHECK(cell(model, 0, Meld) == QStringLiteral("2019-01-02"));
    CHECK(cell(model, 0, Overdracht) == QStringLiteral("2019-01-07"));
    CHECK(cell(model, 0, Einde) == QStringLiteral("2021-06-30"));
    CHECK(cell(model, 0, Trajecten).toInt() == countFor(QStringLiteral("trajecten.csv"), QStringLiteral("DEMO19-001")));
    CHECK(cell(model, 0, Gebeurtenissen).toInt() == countFor(QStringLiteral("gebeurtenissen.csv"), QStringLiteral("DEMO19-001")));
    CHECK(cell(model, 0, Regie) == QStringLiteral("yes"));
    CHECK(model.data(model.index(0, 0), CaseTableModel::CaseIdRole).isValid());

    // The last row is the largest casus_id.
    const auto last = std::max_element(cases.begin(), cases.end(), [](const CsvCase& a, const CsvCase& b) { return a.casusId < b.casusId; });
    CHECK(cell(model, model.rowCount() - 1, Casus) == last->casusId);

    // Reading every row keeps only a bounded number of pages.
    for (int row = 0; row < model.rowCount(); ++row)
        REQUIRE_FALSE(cell(model, row, Casus).isEmpty());
    CHECK(model.cachedPages() <= CaseTableModel::maxCachedPages);
}

TEST_CASE("the case table sorts through the repository", "[ui][cases]")
{
    StudySession session;
    REQUIRE(session.openDemo());
    CaseTableModel model;
    model.setStudy(session.studyHandle());
    std::vector<CsvCase> cases = demoCases();

    // Latest melddatum first; equal dates by casus_id, also descending.
    model.sort(Meld, Qt::DescendingOrder);
    std::sort(cases.begin(), cases.end(), [](const CsvCase& a, const CsvCase& b) {
        return a.melddatum != b.melddatum ? a.melddatum > b.melddatum : a.casusId > b.casusId;
    });
    for (int row : {0, 1, 2, 100, static_cast<int>(cases.size()) - 1})
        CHECK(cell(model, row, Casus) == cases[static_cast<std::size_t>(row)].casusId);

    // By number of trajectories: the first row has the most.
    model.sort(Trajecten, Qt::DescendingOrder);
    std::map<QString, int> perCase;
    for (const QStringList& r : demoRows(QStringLiteral("trajecten.csv")))
        ++perCase[r[0]];
    int most = 0;
    for (const auto& [id, n] : perCase)
        most = std::max(most, n);
    CHECK(cell(model, 0, Trajecten).toInt() == most);
    CHECK(cell(model, model.rowCount() - 1, Trajecten).toInt() == 0);
}

TEST_CASE("the case table filters on casus_id, cohort and regio", "[ui][cases]")
{
    StudySession session;
    REQUIRE(session.openDemo());
    CaseTableModel model;
    model.setStudy(session.studyHandle());
    const std::vector<CsvCase> cases = demoCases();
    auto matching = [&](const QString& text) {
        return static_cast<int>(std::count_if(cases.begin(), cases.end(), [&](const CsvCase& c) {
            return c.casusId.contains(text, Qt::CaseInsensitive) || c.cohort.contains(text, Qt::CaseInsensitive)
                || c.regio.contains(text, Qt::CaseInsensitive);
        }));
    };

    QSignalSpy reloaded(&model, &CaseTableModel::rowsReloaded);
    model.setFilterText(QStringLiteral("kop van"));
    CHECK(reloaded.count() == 1);
    CHECK(model.rowCount() == matching(QStringLiteral("kop van")));
    CHECK(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row)
        REQUIRE(cell(model, row, Regio) == QStringLiteral("Kop van Noord-Holland"));

    model.setFilterText(QStringLiteral("NHN-2023"));
    CHECK(model.rowCount() == matching(QStringLiteral("NHN-2023")));
    model.setFilterText(QStringLiteral("demo19-00"));
    CHECK(model.rowCount() == 9);   // DEMO19-001 .. DEMO19-009
    model.setFilterText(QStringLiteral("geen casus"));
    CHECK(model.rowCount() == 0);
    model.setFilterText(QString());
    CHECK(model.rowCount() == static_cast<int>(cases.size()));
    CHECK(model.rowOfCase(model.data(model.index(5, 0), CaseTableModel::CaseIdRole).toLongLong()) == 5);
}

TEST_CASE("a large study is ordered on a worker thread", "[ui][cases]")
{
    StudySession session;
    REQUIRE(session.openDemo());
    CaseTableModel model;
    model.setSynchronousLimit(0);   // treat the demo as large
    QSignalSpy loading(&model, &CaseTableModel::loadingChanged);
    model.setStudy(session.studyHandle());
    CHECK(model.isLoading());
    CHECK(model.data(model.index(0, 0)).isNull());   // no page is read while the order is computed
    REQUIRE(QTest::qWaitFor([&] { return !model.isLoading(); }, 30000));
    CHECK(loading.count() == 2);
    CHECK(model.rowCount() == static_cast<int>(demoCases().size()));
    CHECK(cell(model, 0, Casus) == QStringLiteral("DEMO19-001"));

    // Two changes in a row: only the last one's order is shown.
    model.setFilterText(QStringLiteral("NHN-2023"));
    model.sort(Casus, Qt::DescendingOrder);
    REQUIRE(QTest::qWaitFor([&] { return !model.isLoading(); }, 30000));
    const std::vector<CsvCase> cases = demoCases();
    QString largest;
    for (const CsvCase& c : cases)
        if (c.cohort == QStringLiteral("NHN-2023"))
            largest = std::max(largest, c.casusId);
    CHECK(cell(model, 0, Casus) == largest);
    CHECK(cell(model, 0, Cohort) == QStringLiteral("NHN-2023"));
}
