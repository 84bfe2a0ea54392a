// The import wizard driven as a user would, page by page, on the demo CSV files, on files with
// errors, on a file with its own headers and values (mapped, converted, remembered, saved as a
// mapping file) and with a cancelled run. Expected row counts are the data lines of the files;
// expected errors and figures are read off the texts. Settings go to a temporary folder (main.cpp).
#include <catch2/catch.hpp>

#include "ModalSteps.h"
#include "ScreenshotSupport.h"

#include "ui/StudySession.h"
#include "ui/models/ImportErrorModel.h"
#include "ui/widgets/TablePanel.h"
#include "ui/wizard/ColumnMappingStore.h"
#include "ui/wizard/ImportErrorsPage.h"
#include "ui/wizard/ImportFilesPage.h"
#include "ui/wizard/ImportMappingPage.h"
#include "ui/wizard/ImportPlan.h"
#include "ui/wizard/ImportRecodingPage.h"
#include "ui/wizard/ImportRunPage.h"
#include "ui/wizard/ImportWizard.h"
#include "ui/wizard/ValueRecodingStore.h"

#include "core/db/Statement.h"
#include "core/indicators/IndicatorEngine.h"

#include <QAbstractButton>
#include <QFile>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
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

// Presses the wizard's Next button as a user does: it must be shown and enabled.
void pressNext(ImportWizard& wizard)
{
    QAbstractButton* next = wizard.button(QWizard::NextButton);
    REQUIRE(next->isVisible());
    REQUIRE(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
}

// The wizard as the user meets it: on screen, at its first page.
void openWizard(ImportWizard& wizard)
{
    wizard.show();
    wizard.restart();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
}

// On the value page, waits until the files have been read for values to convert.
void waitForValues(ImportWizard& wizard)
{
    REQUIRE(wizard.currentId() == ImportWizard::RecodingPage);
    REQUIRE(QTest::qWaitFor([&] { return !wizard.recodingPage()->isScanning(); }, 60000));
}

// Goes to the run page and waits for the import to end there.
void runImport(ImportWizard& wizard)
{
    while (wizard.currentId() != ImportWizard::RunPage) {
        if (wizard.currentId() == ImportWizard::RecodingPage)
            waitForValues(wizard);
        const int before = wizard.currentId();
        pressNext(wizard);
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
    openWizard(wizard);
    CHECK_FALSE(wizard.filesPage()->isComplete());
    uitest::grabAndKeep(wizard, QStringLiteral("wizard-files-empty"));
    wizard.filesPage()->setPath(km::TableKind::Casussen, demo + QStringLiteral("casussen.csv"));
    wizard.filesPage()->setPath(km::TableKind::Trajecten, demo + QStringLiteral("trajecten.csv"));
    wizard.filesPage()->setPath(km::TableKind::Gebeurtenissen, demo + QStringLiteral("gebeurtenissen.csv"));
    CHECK(wizard.filesPage()->isComplete());

    pressNext(wizard);
    CHECK(wizard.currentId() == ImportWizard::PreviewPage);
    // The demo's headers and values are the codebook's: no mapping step, nothing to convert.
    CHECK(wizard.currentPage()->nextId() == ImportWizard::RecodingPage);
    pressNext(wizard);
    waitForValues(wizard);
    CHECK(wizard.recodingPage()->mapping().empty());
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
        openWizard(first);
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
    openWizard(wizard);
    wizard.filesPage()->setPath(km::TableKind::Casussen, cases);
    wizard.filesPage()->setPath(km::TableKind::Trajecten, trajectories);
    runImport(wizard);

    const km::ImportResult& result = *wizard.runPage()->result();
    CHECK_FALSE(result.committed);
    CHECK(result.errors.size() == 4);
    CHECK(wizard.runPage()->nextId() == ImportWizard::ErrorsPage);
    // The way on is Next, to the errors; Finish would close the wizard with them unseen.
    CHECK_FALSE(wizard.button(QWizard::FinishButton)->isVisible());
    pressNext(wizard);
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
    QHeaderView* header = table->horizontalHeader();
    const QPoint lineHeader(header->sectionViewportPosition(ImportErrorModel::Line) + header->sectionSize(ImportErrorModel::Line) / 2,
                            header->height() / 2);
    for (int clicks = 0; clicks < 2 && !(header->sortIndicatorSection() == ImportErrorModel::Line
                                         && header->sortIndicatorOrder() == Qt::DescendingOrder); ++clicks)
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, lineHeader);
    REQUIRE(header->sortIndicatorSection() == ImportErrorModel::Line);
    REQUIRE(header->sortIndicatorOrder() == Qt::DescendingOrder);
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
        openWizard(wizard);
        wizard.filesPage()->setPath(km::TableKind::Casussen, path);
        pressNext(wizard);
        REQUIRE(wizard.currentPage()->nextId() == ImportWizard::MappingPage);
        uitest::grabAndKeep(wizard, QStringLiteral("wizard-preview"));
        pressNext(wizard);
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
    openWizard(again);
    again.filesPage()->setPath(km::TableKind::Casussen, path);
    pressNext(again);
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
    openWizard(wizard);
    wizard.filesPage()->setPath(km::TableKind::Casussen, path);
    pressNext(wizard);
    pressNext(wizard);
    waitForValues(wizard);
    pressNext(wizard);
    REQUIRE(wizard.currentId() == ImportWizard::RunPage);
    REQUIRE(wizard.runPage()->isRunning());
    auto* stop = wizard.runPage()->findChild<QPushButton*>(QStringLiteral("stopImport"));
    REQUIRE(stop);
    REQUIRE(stop->isVisible());
    REQUIRE(stop->isEnabled());
    QTest::mouseClick(stop, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return wizard.runPage()->result().has_value(); }, 60000));
    CHECK(wizard.runPage()->result()->cancelled);
    CHECK_FALSE(wizard.runPage()->result()->committed);
    CHECK(f.session.study()->caseCount() == 0);
    CHECK(f.session.study()->importLog().empty());
}

TEST_CASE("Escape asks before it abandons a running import", "[ui][import][cancel]")
{
    Fixture f;
    // Large enough to be running still when the question has been answered twice, and past
    // the size from which the import rebuilds its indexes at the end.
    QByteArray text = "casus_id;cohort;melddatum;einde_followup\n";
    for (int i = 0; i < 200000; ++i)
        text += "E-" + QByteArray::number(i) + ";K;2019-01-01;2020-01-01\n";
    const QString path = write(f.dir, QStringLiteral("groot.csv"), text);
    ImportWizard wizard(&f.session);
    openWizard(wizard);
    wizard.filesPage()->setPath(km::TableKind::Casussen, path);
    pressNext(wizard);
    pressNext(wizard);
    waitForValues(wizard);
    pressNext(wizard);
    REQUIRE(wizard.currentId() == ImportWizard::RunPage);
    REQUIRE(wizard.runPage()->isRunning());

    // Escape, then No in the question: the import goes on, the wizard stays.
    QString question;
    uitest::ModalSteps keepGoing;
    keepGoing.then<QMessageBox>([&](QMessageBox* box) {
        question = box->text();
        QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton);
    });
    keepGoing.start();
    QTest::keyClick(&wizard, Qt::Key_Escape);
    REQUIRE(keepGoing.allDone());
    CHECK(question.contains(QStringLiteral("Nothing will be imported")));
    CHECK(wizard.isVisible());
    REQUIRE(wizard.runPage()->isRunning());

    // Escape, then Yes: stopped and rolled back; the wizard closes once the worker is done.
    uitest::ModalSteps stop;
    stop.then<QMessageBox>([&](QMessageBox* box) { QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton); });
    stop.start();
    QTest::keyClick(&wizard, Qt::Key_Escape);
    REQUIRE(stop.allDone());
    REQUIRE(QTest::qWaitFor([&] { return !wizard.isVisible(); }, 60000));
    REQUIRE(wizard.runPage()->result().has_value());
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
    openWizard(wizard);
    for (km::TableKind table : tables)
        wizard.filesPage()->setPath(table, book);
    pressNext(wizard);
    uitest::grabAndKeep(wizard, QStringLiteral("wizard-preview-ods"));
    // Extra columns (Notitie, Opmerking) are offered for mapping; keep them as they are.
    runImport(wizard);
    INFO(firstError(*wizard.runPage()->result()));
    REQUIRE(wizard.runPage()->result()->committed);
    CHECK(f.session.study()->caseCount() == 3);
    CHECK(rowsIn(*f.session.study(), "trajectories") == 3);
    CHECK(rowsIn(*f.session.study(), "events") == 2);
}

namespace {

// A registration system's export: its own headers (Dossiernummer, Kinderen) and its own values
// for minderjarigen (Wel/Niet; J is a yes the importer already reads) and richting (Man).
const QByteArray ownValues =
    "Dossiernummer;cohort;melddatum;einde_followup;Kinderen;richting\n"
    "D-1;K;2019-01-01;2020-01-01;Wel;kind|Man\n"
    "D-2;K;2019-01-01;2020-01-01;Niet;Man\n"
    "D-3;K;2019-01-01;2020-01-01;J;kind\n"
    "D-4;K;2019-01-01;2020-01-01;;\n"
    "D-5;K;2019-01-01;2020-01-01;WEL ;ouder\n";

void forgetRememberedMappings()
{
    QSettings settings;
    settings.remove(QStringLiteral("importMapping"));
    settings.remove(QStringLiteral("importRecoding"));
}

// From the files page to the value page, mapping Dossiernummer and Kinderen on the way.
void toValuePage(ImportWizard& wizard, const QString& path)
{
    openWizard(wizard);
    wizard.filesPage()->setPath(km::TableKind::Casussen, path);
    pressNext(wizard);
    if (wizard.currentPage()->nextId() == ImportWizard::MappingPage) {
        pressNext(wizard);
        REQUIRE(wizard.mappingPage()->setChoice(km::TableKind::Casussen, "Dossiernummer", "casus_id"));
        REQUIRE(wizard.mappingPage()->setChoice(km::TableKind::Casussen, "Kinderen", "minderjarigen"));
    }
    pressNext(wizard);
    waitForValues(wizard);
}

std::vector<std::pair<std::string, std::int64_t>> listed(const ImportRecodingPage& page, const std::string& field)
{
    std::vector<std::pair<std::string, std::int64_t>> result;
    for (const UnknownValue& value : page.listedValues(km::TableKind::Casussen, field))
        result.emplace_back(value.value, value.rows);
    return result;
}

QByteArray fileContent(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("the import wizard lists values that are not codes and converts them", "[ui][import][recoding]")
{
    forgetRememberedMappings();
    Fixture f;
    const QString path = write(f.dir, QStringLiteral("export.csv"), ownValues);
    ImportWizard wizard(&f.session);
    toValuePage(wizard, path);
    ImportRecodingPage& page = *wizard.recodingPage();

    // Counted by hand from ownValues: Wel in D-1 and D-5 ("WEL "), Niet in D-2, Man in D-1 and
    // D-2 (once as a part of kind|Man). J, kind and ouder are codes; empty cells are unknown.
    using Listed = std::vector<std::pair<std::string, std::int64_t>>;
    CHECK(listed(page, "minderjarigen") == Listed{{"Wel", 2}, {"Niet", 1}});
    CHECK(listed(page, "richting") == Listed{{"Man", 2}});
    CHECK(page.choice(km::TableKind::Casussen, "minderjarigen", "wel") == std::nullopt);   // nothing remembered
    CHECK_FALSE(page.setChoice(km::TableKind::Casussen, "minderjarigen", "Wel", std::string("partner")));
    REQUIRE(page.setChoice(km::TableKind::Casussen, "minderjarigen", "Wel", std::string("ja")));
    REQUIRE(page.setChoice(km::TableKind::Casussen, "minderjarigen", "Niet", std::string("nee")));
    REQUIRE(page.setChoice(km::TableKind::Casussen, "richting", "Man", std::string("partner")));
    wizard.resize(900, 640);
    uitest::grabAndKeep(wizard, QStringLiteral("wizard-recoding"));

    // The mapping file as written by hand from docs/import-mapping.md: columns in field order,
    // then values per field, sorted; kind|Man gets its own line since the CLI recodes whole cells.
    const QString mappingPath = f.dir.filePath(QStringLiteral("koppeling.csv"));
    REQUIRE(page.saveMapping(mappingPath).isEmpty());
    CHECK(fileContent(mappingPath) ==
          "tabel,kolom,veld,waarde,code\n"
          "casussen,Dossiernummer,casus_id,,\n"
          "casussen,Kinderen,minderjarigen,,\n"
          "casussen,,minderjarigen,Niet,nee\n"
          "casussen,,minderjarigen,Wel,ja\n"
          "casussen,,richting,Man,partner\n"
          "casussen,,richting,kind|Man,kind|partner\n");

    runImport(wizard);
    INFO(firstError(*wizard.runPage()->result()));
    REQUIRE(wizard.runPage()->result()->committed);
    // By hand: minderjarigen ja = D-1, D-3, D-5; nee = D-2; D-4 unknown -> 3/4 = 75%.
    // richting known for D-1, D-2, D-3, D-5; partner in D-1 (kind|partner) and D-2 -> 2/4 = 50%;
    // kind in D-1 and D-3 -> 2/4.
    const km::IndicatorSet figures = km::IndicatorEngine(*f.session.study()).compute({});
    CHECK(figures.cases == 5);
    const km::Proportion* minors = figures.proportion("kenmerken.minderjarigen");
    REQUIRE(minors);
    CHECK(minors->numerator == 3);
    CHECK(minors->denominator == 4);
    CHECK(minors->unknown == 1);
    REQUIRE(minors->percent);
    CHECK(*minors->percent == Approx(75.0));
    const km::Proportion* partner = figures.proportion("kenmerken.richting.partner");
    REQUIRE(partner);
    CHECK(partner->numerator == 2);
    CHECK(partner->denominator == 4);
    const km::Proportion* child = figures.proportion("kenmerken.richting.kind");
    REQUIRE(child);
    CHECK(child->numerator == 2);
    CHECK(child->denominator == 4);

    // Remembered: the next file from the same system is converted without asking.
    CHECK(ValueRecodingStore::code(km::TableKind::Casussen, "minderjarigen", " wEL") == std::optional<std::string>("ja"));
    Fixture other;
    ImportWizard again(&other.session);
    toValuePage(again, path);
    CHECK(again.plan().mapping(km::TableKind::Casussen).size() == 2);
    CHECK(again.recodingPage()->choice(km::TableKind::Casussen, "minderjarigen", "Wel") == std::optional<std::string>("ja"));
    CHECK(again.recodingPage()->choice(km::TableKind::Casussen, "richting", "Man") == std::optional<std::string>("partner"));

    // Without anything remembered, the saved mapping file gives the same mapping back.
    forgetRememberedMappings();
    Fixture third;
    ImportWizard loaded(&third.session);
    toValuePage(loaded, path);
    CHECK(loaded.recodingPage()->choice(km::TableKind::Casussen, "minderjarigen", "Wel") == std::nullopt);
    REQUIRE(loaded.recodingPage()->loadMapping(mappingPath).isEmpty());
    waitForValues(loaded);
    CHECK(loaded.recodingPage()->choice(km::TableKind::Casussen, "minderjarigen", "Niet") == std::optional<std::string>("nee"));
    CHECK(loaded.recodingPage()->choice(km::TableKind::Casussen, "richting", "Man") == std::optional<std::string>("partner"));
    const QString resaved = f.dir.filePath(QStringLiteral("koppeling-2.csv"));
    REQUIRE(loaded.recodingPage()->saveMapping(resaved).isEmpty());
    CHECK(fileContent(resaved) == fileContent(mappingPath));
}

TEST_CASE("a value left as it is is an error of the import", "[ui][import][recoding]")
{
    forgetRememberedMappings();
    Fixture f;
    const QString path = write(f.dir, QStringLiteral("export.csv"), ownValues);
    ImportWizard wizard(&f.session);
    toValuePage(wizard, path);
    REQUIRE(wizard.recodingPage()->setChoice(km::TableKind::Casussen, "minderjarigen", "Wel", std::string("ja")));
    REQUIRE(wizard.recodingPage()->setChoice(km::TableKind::Casussen, "minderjarigen", "Niet", std::nullopt));
    REQUIRE(wizard.recodingPage()->setChoice(km::TableKind::Casussen, "richting", "Man", std::string("partner")));
    runImport(wizard);
    const km::ImportResult& result = *wizard.runPage()->result();
    CHECK_FALSE(result.committed);
    // Niet is in line 3 of ownValues (D-2), in the column the file calls Kinderen.
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].line == 3);
    CHECK(result.errors[0].column == "Kinderen");
    CHECK(result.errors[0].value == "Niet");
    CHECK(f.session.study()->caseCount() == 0);
    // Left as it is is not remembered as a code.
    CHECK_FALSE(ValueRecodingStore::code(km::TableKind::Casussen, "minderjarigen", "Niet").has_value());
}
