// The import wizard driven as a user would, page by page, on the demo CSV files, on files with
// errors, on a file with its own headers (mapped, and remembered) and with a cancelled run.
// Expected row counts are the data lines of the files; expected errors are read off the texts.
#include <catch2/catch.hpp>

#include "ScreenshotSupport.h"

#include "ui/StudySession.h"
#include "ui/models/ImportErrorModel.h"
#include "ui/widgets/TablePanel.h"
#include "ui/wizard/ColumnMappingStore.h"
#include "ui/wizard/ImportErrorsPage.h"
#include "ui/wizard/ImportFilesPage.h"
#include "ui/wizard/ImportMappingPage.h"
#include "ui/wizard/ImportPlan.h"
#include "ui/wizard/ImportRunPage.h"
#include "ui/wizard/ImportWizard.h"

#include "core/db/Statement.h"

#include <QFile>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString demo = QStringLiteral(KM_DEMO_DIR "/");

int dataLines(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly | QIODevice::Text));
    int lines = -1;   // the header
    while (!f.atEnd())
        lines += f.readLine().trimmed().isEmpty() ? 0 : 1;
    return lines;
}

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& text)
{
    QFile f(dir.filePath(name));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text);
    return f.fileName();
}

std::int64_t rowsIn(const km::Study& study, const char* table)
{
    km::Statement st = study.db().prepare(std::string("SELECT count(*) FROM ") + table);
    st.step();
    return st.int64(0);
}

struct Fixture
{
    QTemporaryDir dir;
    StudySession session;

    Fixture()
    {
        REQUIRE(dir.isValid());
        QString error;
        REQUIRE(session.openFile(dir.filePath(QStringLiteral("study.km")), true, &error));
    }
};

std::string firstError(const km::ImportResult& result)
{
    return result.errors.empty() ? std::string() : result.errors.front().toString();
}

// Goes to the run page and waits for the import to end there.
void runImport(ImportWizard& wizard)
{
    while (wizard.currentId() != ImportWizard::RunPage) {
        const int before = wizard.currentId();
        wizard.next();
        REQUIRE(wizard.currentId() != before);
    }
    REQUIRE(QTest::qWaitFor([&] { return wizard.runPage()->result().has_value() && !wizard.runPage()->isRunning(); }, 60000));
}

} // namespace

TEST_CASE("the import wizard imports the demo files into a new study", "[ui][import]")
{
    Fixture f;
    QSignalSpy changed(&f.session, &StudySession::studyChanged);
    ImportWizard wizard(&f.session);
    wizard.restart();
    CHECK_FALSE(wizard.filesPage()->isComplete());
    uitest::grabAndKeep(wizard, QStringLiteral("wizard-files-empty"));
    wizard.filesPage()->setPath(km::TableKind::Casussen, demo + QStringLiteral("casussen.csv"));
    wizard.filesPage()->setPath(km::TableKind::Trajecten, demo + QStringLiteral("trajecten.csv"));
    wizard.filesPage()->setPath(km::TableKind::Gebeurtenissen, demo + QStringLiteral("gebeurtenissen.csv"));
    CHECK(wizard.filesPage()->isComplete());

    wizard.next();
    CHECK(wizard.currentId() == ImportWizard::PreviewPage);
    // The demo's headers are the codebook's: no mapping step.
    CHECK(wizard.currentPage()->nextId() == ImportWizard::RunPage);
    runImport(wizard);

    const km::ImportResult& result = *wizard.runPage()->result();
    INFO(firstError(result));
    REQUIRE(result.committed);
    uitest::grabAndKeep(wizard, QStringLiteral("wizard-done"));
    const km::Study& study = *f.session.study();
    CHECK(study.caseCount() == dataLines(demo + QStringLiteral("casussen.csv")));
    CHECK(rowsIn(study, "trajectories") == dataLines(demo + QStringLiteral("trajecten.csv")));
    CHECK(rowsIn(study, "events") == dataLines(demo + QStringLiteral("gebeurtenissen.csv")));
    CHECK(changed.count() == 1);   // the views reload
    CHECK(wizard.runPage()->isComplete());
}

TEST_CASE("the import wizard lists every error and leaves the study unchanged", "[ui][import]")
{
    Fixture f;
    // A first, valid import so there is something to keep unchanged.
    const QString good = write(f.dir, QStringLiteral("casussen-goed.csv"),
        "casus_id;cohort;melddatum;einde_followup\nA-1;K;2019-01-01;2020-01-01\n");
    {
        ImportWizard first(&f.session);
        first.restart();
        first.filesPage()->setPath(km::TableKind::Casussen, good);
        runImport(first);
        REQUIRE(first.runPage()->result()->committed);
    }
    const auto logBefore = f.session.study()->importLog().size();

    // Line 3: a date that does not exist; line 4: cohort empty; trajecten line 2: unknown case,
    // line 3: an afloop that is not a code.
    const QString cases = write(f.dir, QStringLiteral("casussen.csv"),
        "casus_id;cohort;melddatum;einde_followup\n"
        "B-1;K;2019-01-01;2020-01-01\n"
        "B-2;K;31-02-2019;2020-01-01\n"
        "B-3;;2019-01-01;2020-01-01\n");
    const QString trajectories = write(f.dir, QStringLiteral("trajecten.csv"),
        "casus_id;afloop\n"
        "X-9;afgerond\n"
        "B-1;klaar\n");
    ImportWizard wizard(&f.session);
    wizard.restart();
    wizard.filesPage()->setPath(km::TableKind::Casussen, cases);
    wizard.filesPage()->setPath(km::TableKind::Trajecten, trajectories);
    runImport(wizard);

    const km::ImportResult& result = *wizard.runPage()->result();
    CHECK_FALSE(result.committed);
    CHECK(result.errors.size() == 4);
    CHECK(wizard.runPage()->nextId() == ImportWizard::ErrorsPage);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::ErrorsPage);

    const ImportErrorModel& model = *wizard.errorsPage()->model();
    REQUIRE(model.errorCount() == 4);
    wizard.resize(900, 640);
    uitest::grabAndKeep(wizard, QStringLiteral("wizard-errors"));
    auto text = [&](int row, int column) { return model.data(model.index(row, column)).toString(); };
    // The importer reads casussen before trajecten, each from top to bottom.
    CHECK(text(0, ImportErrorModel::File) == QStringLiteral("casussen.csv"));
    CHECK(text(0, ImportErrorModel::Line) == QStringLiteral("3"));
    CHECK(text(0, ImportErrorModel::ColumnName) == QStringLiteral("melddatum"));
    CHECK(text(0, ImportErrorModel::Value) == QStringLiteral("31-02-2019"));
    CHECK_FALSE(text(0, ImportErrorModel::Message).isEmpty());
    CHECK(text(1, ImportErrorModel::Line) == QStringLiteral("4"));
    CHECK(text(1, ImportErrorModel::ColumnName) == QStringLiteral("cohort"));
    CHECK(text(2, ImportErrorModel::File) == QStringLiteral("trajecten.csv"));
    CHECK(text(2, ImportErrorModel::Line) == QStringLiteral("2"));
    CHECK(text(2, ImportErrorModel::ColumnName) == QStringLiteral("casus_id"));
    CHECK(text(2, ImportErrorModel::Value) == QStringLiteral("X-9"));
    CHECK(text(3, ImportErrorModel::Line) == QStringLiteral("3"));
    CHECK(text(3, ImportErrorModel::ColumnName) == QStringLiteral("afloop"));
    CHECK(text(3, ImportErrorModel::Value) == QStringLiteral("klaar"));
    CHECK(text(3, ImportErrorModel::Severity) == QStringLiteral("error"));

    // Sorting by line, descending, goes through the proxy and sorts numbers as numbers.
    QTableView* table = wizard.errorsPage()->tablePanel()->view();
    table->sortByColumn(ImportErrorModel::Line, Qt::DescendingOrder);
    CHECK(table->model()->data(table->model()->index(0, ImportErrorModel::Line)).toString() == QStringLiteral("4"));
    // Saved as CSV: a header and one line per error.
    const QString csv = wizard.errorsPage()->tablePanel()->toCsv();
    CHECK(csv.contains(QStringLiteral("31-02-2019")));
    CHECK(csv.trimmed().split(QLatin1Char('\n')).size() == 5);

    // Unchanged: still the one case and the one import of before.
    CHECK(f.session.study()->caseCount() == 1);
    CHECK(rowsIn(*f.session.study(), "trajectories") == 0);
    CHECK(f.session.study()->importLog().size() == logBefore);
}

TEST_CASE("the import wizard maps other headers and remembers the mapping", "[ui][import]")
{
    Fixture f;
    const QString path = write(f.dir, QStringLiteral("export.csv"),
        "Dossiernummer;Steekproef;Datum melding;Einde observatie;Gemeente\n"
        "D-1;NHN-2019;15-01-2019;15-01-2021;Alkmaar\n"
        "D-2;NHN-2019;2019-02-01;2021-02-01;Heerhugowaard\n");
    const std::map<std::string, std::string> mapping{{"Dossiernummer", "casus_id"}, {"Steekproef", "cohort"},
                                                     {"Datum melding", "melddatum"}, {"Einde observatie", "einde_followup"}};
    ColumnMappingStore::remember(km::TableKind::Casussen, "Dossiernummer", "");   // nothing remembered yet
    {
        ImportWizard wizard(&f.session);
        wizard.restart();
        wizard.filesPage()->setPath(km::TableKind::Casussen, path);
        wizard.next();
        REQUIRE(wizard.currentPage()->nextId() == ImportWizard::MappingPage);
        uitest::grabAndKeep(wizard, QStringLiteral("wizard-preview"));
        wizard.next();
        REQUIRE(wizard.currentId() == ImportWizard::MappingPage);
        for (const auto& [header, field] : mapping)
            REQUIRE(wizard.mappingPage()->setChoice(km::TableKind::Casussen, header, field));
        CHECK_FALSE(wizard.mappingPage()->setChoice(km::TableKind::Casussen, "Gemeente", "geen_veld"));
        uitest::grabAndKeep(wizard, QStringLiteral("wizard-mapping"));
        runImport(wizard);
        INFO(firstError(*wizard.runPage()->result()));
        REQUIRE(wizard.runPage()->result()->committed);
        CHECK(f.session.study()->caseCount() == 2);
    }
    CHECK(ColumnMappingStore::field(km::TableKind::Casussen, "datum MELDING ") == std::optional<std::string>("melddatum"));
    CHECK_FALSE(ColumnMappingStore::field(km::TableKind::Casussen, "Gemeente").has_value());

    // Next time the same headers are mapped without asking; only Gemeente is left to decide.
    ImportWizard again(&f.session);
    again.restart();
    again.filesPage()->setPath(km::TableKind::Casussen, path);
    again.next();
    CHECK(again.plan().mapping(km::TableKind::Casussen) == mapping);
}

TEST_CASE("cancelling an import leaves the study unchanged", "[ui][import]")
{
    Fixture f;
    // Enough rows that the import is still running when Cancel is pressed (the core checks for
    // a cancel every 4096 rows and at the end of each file).
    QByteArray text = "casus_id;cohort;melddatum;einde_followup\n";
    for (int i = 0; i < 40000; ++i)
        text += "C-" + QByteArray::number(i) + ";K;2019-01-01;2020-01-01\n";
    const QString path = write(f.dir, QStringLiteral("groot.csv"), text);
    ImportWizard wizard(&f.session);
    wizard.restart();
    wizard.filesPage()->setPath(km::TableKind::Casussen, path);
    wizard.next();
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::RunPage);
    REQUIRE(wizard.runPage()->isRunning());
    wizard.runPage()->cancel();
    REQUIRE(QTest::qWaitFor([&] { return wizard.runPage()->result().has_value(); }, 60000));
    CHECK(wizard.runPage()->result()->cancelled);
    CHECK_FALSE(wizard.runPage()->result()->committed);
    CHECK(f.session.study()->caseCount() == 0);
    CHECK(f.session.study()->importLog().empty());
}

TEST_CASE("the import wizard reads a LibreOffice workbook with one sheet per table", "[ui][import]")
{
    // tests/fixtures/study.ods (see make_study_ods.py): casussen 3 rows, trajecten 3, gebeurtenissen 2.
    const QString book = QStringLiteral(KM_TEST_DATA "/study.ods");
    const std::vector<km::TableKind> tables = ImportFilesPage::tablesInWorkbook(book);
    REQUIRE(tables == std::vector<km::TableKind>{km::TableKind::Casussen, km::TableKind::Trajecten, km::TableKind::Gebeurtenissen});
    CHECK(ImportFilesPage::tablesInWorkbook(demo + QStringLiteral("casussen.csv")).empty());

    Fixture f;
    ImportWizard wizard(&f.session);
    wizard.restart();
    for (km::TableKind table : tables)
        wizard.filesPage()->setPath(table, book);
    wizard.next();
    uitest::grabAndKeep(wizard, QStringLiteral("wizard-preview-ods"));
    // Extra columns (Notitie, Opmerking) are offered for mapping; keep them as they are.
    runImport(wizard);
    INFO(firstError(*wizard.runPage()->result()));
    REQUIRE(wizard.runPage()->result()->committed);
    CHECK(f.session.study()->caseCount() == 3);
    CHECK(rowsIn(*f.session.study(), "trajectories") == 3);
    CHECK(rowsIn(*f.session.study(), "events") == 2);
}
