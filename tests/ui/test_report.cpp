// The report, the figure export and their small-number protection, on the offscreen platform.
#include "ui/charts/DistributionChartBuilder.h"
#include "ui/report/FigureExporter.h"
#include "ui/report/GroupCharts.h"
#include "ui/report/ReportData.h"
#include "ui/report/ReportDocument.h"
#include "ui/report/ReportWriter.h"
#include "ui/report/XlsxWorkbook.h"

#include "core/db/Study.h"
#include "core/disclosure/Publication.h"
#include "core/provenance/ContentHash.h"

#include <catch2/catch.hpp>

#include <QChart>
#include <QDir>
#include <QValueAxis>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>

namespace {

// One selection "A" of 21 cases: casusregie 4/20 and 1 unknown (below 5: suppressed), afstemming 10/20.
ReportData handmade(const km::SmallCellPolicy& policy)
{
    km::IndicatorSet set;
    set.selection = km::Selection{{"A"}, std::nullopt, std::nullopt};
    set.cases = 21;
    set.proportions = {km::Proportion::make("regie.casusregie", 4, 20, 1),
                       km::Proportion::make("regie.afstemming", 10, 20, 0)};
    ReportData data;
    data.sets = {set};
    data.published = km::Publication::of(data.sets, policy).selections;
    data.policy = policy;
    data.studyName = QStringLiteral("test.db");
    data.importLog = {km::ImportLogEntry{1, "2026-01-02T03:04:05Z", "0.1.0", "casussen", "casussen.csv",
                                         std::string(64, 'a'), "UTF-8", 20}};
    data.contentHash = QString::fromStdString(km::ContentHash::of(data.importLog));
    return data;
}

QString plainText(const ReportData& data)
{
    return ReportDocument(data, QDate(2026, 11, 24)).document()->toPlainText();
}

QByteArray unzip(const QString& archive, const QString& member)
{
    QProcess process;
    process.start(QStringLiteral("unzip"), {QStringLiteral("-p"), archive, member});
    process.waitForFinished(30000);
    return process.readAllStandardOutput();
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST_CASE("report text: suppressed count reads <5 with a footnote, shown count has percent and interval", "[report]")
{
    const QString text = plainText(handmade(km::SmallCellPolicy{5}));
    CHECK(text.contains(QStringLiteral("Ketenmonitor: kengetallen van de keten")));
    CHECK(text.contains(QStringLiteral("2026-11-24")));
    CHECK(text.contains(QStringLiteral("Methode")));
    CHECK(text.contains(QStringLiteral("Wilson")));
    CHECK(text.contains(QStringLiteral("<5/20")));
    // 10/20 = 50,0%; Wilson 95% for 10/20 = [29,9 – 70,1] (R: prop.test(10, 20, correct = FALSE)).
    CHECK(text.contains(QStringLiteral("10/20")));
    CHECK(text.contains(QStringLiteral("50,0%")));
    CHECK(text.contains(QStringLiteral("29,9 – 70,1")));
    CHECK_FALSE(text.contains(QStringLiteral("4/20")));
    CHECK_FALSE(text.contains(QStringLiteral("20,0%")));   // 4/20 must not leak through its percent
    CHECK(text.contains(QStringLiteral("Afgeschermd: aantallen kleiner dan 5")));
    CHECK(text.contains(QStringLiteral("casussen.csv")));
    CHECK(text.contains(handmade(km::SmallCellPolicy{5}).contentHash));
    CHECK_FALSE(text.contains(QStringLiteral("INTERN")));
}

TEST_CASE("report text: without protection every count is shown and the report says INTERN", "[report]")
{
    const QString text = plainText(handmade(km::SmallCellPolicy::none()));
    CHECK(text.contains(QStringLiteral("4/20")));
    CHECK(text.contains(QStringLiteral("20,0%")));   // 4/20 = 20%
    CHECK(text.contains(QStringLiteral("INTERN")));
    ReportData english = handmade(km::SmallCellPolicy{5});
    english.language = km::Language::English;
    const QString en = plainText(english);
    CHECK(en.contains(QStringLiteral("Method")));
    CHECK(en.contains(QStringLiteral("50.0%")));
    CHECK(en.contains(QStringLiteral("Suppressed: counts below 5")));
}

TEST_CASE("report text: a selection below N cases says so and publishes neither its count nor its figures", "[report][disclosure]")
{
    // Before: "regio Klein (2 casussen)" with its table. 2 cases, casusregie 1 of 2.
    ReportData data = handmade(km::SmallCellPolicy{5});
    data.sets[0].selection = km::Selection{{"A"}, std::string("Klein"), std::nullopt};
    data.sets[0].cases = 2;
    data.sets[0].proportions = {km::Proportion::make("regie.casusregie", 1, 2, 0)};
    data.published = km::Publication::of(data.sets, data.policy).selections;
    const QString text = plainText(data);
    CHECK(text.contains(QStringLiteral("A, regio Klein (minder dan 5 casussen, geen cijfers)")));
    CHECK_FALSE(text.contains(QStringLiteral("2 casussen")));
    CHECK_FALSE(text.contains(QStringLiteral("1/2")));
    CHECK_FALSE(text.contains(QStringLiteral("Casusregie belegd")));
}

TEST_CASE("xlsx: one sheet per group, numbers as numbers, suppressed count as <5 with a footnote", "[report][xlsx]")
{
    const QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.xlsx"));
    QString error;
    REQUIRE(XlsxWorkbook::write(handmade(km::SmallCellPolicy{5}), path, &error));
    CHECK(unzip(path, QStringLiteral("xl/workbook.xml")).contains("name=\"regie\""));
    const QByteArray sheet = unzip(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    const QByteArray strings = unzip(path, QStringLiteral("xl/sharedStrings.xml"));
    CHECK(sheet.contains("<v>10</v>"));     // afstemming numerator
    CHECK(sheet.contains("<v>0.5</v>"));    // 10/20 as a fraction, shown with the 0.0% format
    CHECK(strings.contains("&lt;5"));
    CHECK(strings.contains("Afgeschermd"));
    CHECK_FALSE(strings.contains("INTERN"));

    const QString internal = dir.filePath(QStringLiteral("intern.xlsx"));
    REQUIRE(XlsxWorkbook::write(handmade(km::SmallCellPolicy::none()), internal, &error));
    CHECK(unzip(internal, QStringLiteral("xl/sharedStrings.xml")).contains("INTERN"));
    CHECK(unzip(internal, QStringLiteral("xl/worksheets/sheet1.xml")).contains("<v>4</v>"));
}

TEST_CASE("xlsx: two exports of the same data are byte-identical, created at the newest import", "[report][xlsx]")
{
    const QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("a.xlsx"));
    const QString second = dir.filePath(QStringLiteral("b.xlsx"));
    ReportData data = handmade(km::SmallCellPolicy{5});
    // A second, later import: the workbook takes the newest one.
    data.importLog.push_back(km::ImportLogEntry{2, "2026-03-04T05:06:07Z", "0.1.0", "trajecten", "trajecten.csv",
                                                std::string(64, 'b'), "UTF-8", 30});
    QString error;
    REQUIRE(XlsxWorkbook::write(data, first, &error));
    REQUIRE(XlsxWorkbook::write(data, second, &error));
    const QByteArray bytes = readAll(first);
    CHECK_FALSE(bytes.isEmpty());
    CHECK(bytes == readAll(second));
    CHECK(unzip(first, QStringLiteral("docProps/core.xml")).contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-03-04T05:06:07Z"));
    // 2026-03-04T05:06:07Z = 1772600767 s since 1970 (date -u -d 2026-03-04T05:06:07Z +%s).
    CHECK(XlsxWorkbook::createdTime(data.importLog) == 1772600767);
    CHECK(XlsxWorkbook::createdTime({}) == 315532800);   // no imports: 1980-01-01, the zip epoch
}

TEST_CASE("distributions: no min or max in protected tables and charts, boxes of N-1 values left out", "[report][disclosure]")
{
    // Days to handover of 4 cases (N-1: suppressed) and days to help of 20 cases (4N: box shown);
    // 199 days is one person's wait, the maximum. 10, 11, ..., 28 and 199: sum 560, mean 28
    // (199 is 36% of the sum: no dominance); R type 7: Q1 14.75, median 19.5, Q3 24.25.
    std::vector<double> four{3, 5, 7, 9};
    std::vector<double> twenty;
    for (int v = 10; v <= 28; ++v)
        twenty.push_back(v);
    twenty.push_back(199);
    const auto data = [&](const km::SmallCellPolicy& policy) {
        ReportData d = handmade(policy);
        d.sets[0].distributions = {km::Distribution::make("snelheid.melding_tot_overdracht", "dagen", four),
                                   km::Distribution::make("snelheid.melding_tot_hulp", "dagen", twenty)};
        d.published = km::Publication::of(d.sets, policy).selections;
        return d;
    };
    const ReportData protectedData = data(km::SmallCellPolicy{5});
    QSize size;
    const std::unique_ptr<ChartBuilder> chart = GroupCharts::distributions(protectedData, "snelheid", &size);
    const auto* boxes = dynamic_cast<const DistributionChartBuilder*>(chart.get());
    REQUIRE(boxes != nullptr);
    CHECK(boxes->showsRange(0, 0) == false);      // the one row left: days to help, without whiskers
    CHECK_FALSE(boxes->showsRange(0, 1));         // no second row: the 4-value box is left out
    CHECK(boxes->footnote().contains(QStringLiteral("minimum and maximum")));
    // The value axis follows the box (Q3 24.25, mean 28), not the hidden maximum of 199.
    const std::unique_ptr<QChart> built(chart->build());
    const auto axes = built->axes(Qt::Horizontal);
    REQUIRE(axes.size() == 1);
    CHECK(qobject_cast<QValueAxis*>(axes.front())->max() < 199);

    const QString text = plainText(protectedData);
    CHECK(text.contains(QStringLiteral("28,0")));   // the mean is published
    CHECK(text.contains(QStringLiteral("19,5")));   // the median of 20 values too
    CHECK_FALSE(text.contains(QStringLiteral("199")));
    const QTemporaryDir dir;
    QString error;
    const QString path = dir.filePath(QStringLiteral("t.xlsx"));
    REQUIRE(XlsxWorkbook::write(protectedData, path, &error));
    const QByteArray snelheid = unzip(path, QStringLiteral("xl/worksheets/sheet2.xml"));
    CHECK(snelheid.contains("<v>28</v>"));
    CHECK_FALSE(snelheid.contains("<v>199</v>"));

    // Internal output keeps the whiskers of both boxes and needs no footnote.
    const ReportData internal = data(km::SmallCellPolicy::none());
    const std::unique_ptr<ChartBuilder> full = GroupCharts::distributions(internal, "snelheid", &size);
    const auto* fullBoxes = dynamic_cast<const DistributionChartBuilder*>(full.get());
    REQUIRE(fullBoxes != nullptr);
    CHECK(fullBoxes->showsRange(0, 0));
    CHECK(fullBoxes->showsRange(0, 1));
    CHECK(fullBoxes->footnote().isEmpty());
}

TEST_CASE("export of the demo study: charts, CSV byte-identical across runs, workbook", "[report][export]")
{
    const auto study = km::Study::openDemo();
    const std::vector<km::Selection> selections = ReportData::perCohort(km::Selection{}, {"NHN-2019", "NHN-2023"});
    const ReportData data = ReportData::collect(*study, selections, km::SmallCellPolicy{5}, km::Language::Dutch,
                                                QStringLiteral("demo"), true);
    const QTemporaryDir first;
    const QTemporaryDir second;
    QString error;
    const QStringList files = FigureExporter::exportAll(data, first.path(), km::CsvConvention::SemicolonDecimalComma, &error);
    INFO(error.toStdString());
    REQUIRE_FALSE(files.isEmpty());
    REQUIRE(FigureExporter::exportAll(data, second.path(), km::CsvConvention::SemicolonDecimalComma, &error) == files);
    for (const QString& name : {QStringLiteral("recidive.png"), QStringLiteral("recidive.svg"),
                               QStringLiteral("snelheid-verdeling.png"), QStringLiteral("recidive.csv"),
                               QStringLiteral("ketenmonitor.xlsx"), QStringLiteral("toelichting.txt")})
        CHECK(files.contains(name));
    CHECK(readAll(first.filePath(QStringLiteral("recidive.png"))).startsWith("\x89PNG"));
    CHECK(readAll(first.filePath(QStringLiteral("recidive.svg"))).contains("<svg"));
    int csvFiles = 0;
    for (const QString& name : files) {
        if (!name.endsWith(QStringLiteral(".csv")))
            continue;
        ++csvFiles;
        const QByteArray a = readAll(first.filePath(name));
        CHECK_FALSE(a.isEmpty());
        CHECK(a == readAll(second.filePath(name)));
    }
    CHECK(readAll(first.filePath(QStringLiteral("ketenmonitor.xlsx"))) == readAll(second.filePath(QStringLiteral("ketenmonitor.xlsx"))));
    CHECK(csvFiles == 7);   // one per group: kenmerken, recidive, uitval, regie, plannen, hulp, snelheid
    // Excel NL: BOM, the selection and the protection as header rows, then the ';' table.
    const QByteArray recidive = readAll(first.filePath(QStringLiteral("recidive.csv")));
    CHECK(recidive.startsWith("\xEF\xBB\xBFselectie;\"cohorten NHN-2019, NHN-2023; regio alle; venster hele follow-up\"\r\n"
                              "afscherming;kleine aantallen afgeschermd (onder 5)\r\n\r\n"
                              "selectie;groep;id;indicator;teller;noemer"));
}

TEST_CASE("PDF report of the demo study: text layer has the sections, comparison and content hash", "[report][pdf]")
{
    const auto study = km::Study::openDemo();
    const ReportData data = ReportData::collect(*study, ReportData::perCohort(km::Selection{}, {"NHN-2019", "NHN-2023"}),
                                                km::SmallCellPolicy{5}, km::Language::Dutch, QStringLiteral("demo"), true);
    const QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
    QString error;
    REQUIRE(ReportWriter::write(ReportDocument(data, QDate(2026, 11, 24)), pdf, &error));
    CHECK(readAll(pdf).startsWith("%PDF"));
    REQUIRE(ReportWriter::write(ReportDocument(data, QDate(2026, 11, 24)), dir.filePath(QStringLiteral("r.odt")), &error));
    REQUIRE(ReportWriter::write(ReportDocument(data, QDate(2026, 11, 24)), dir.filePath(QStringLiteral("r.html")), &error));
    CHECK(readAll(dir.filePath(QStringLiteral("r.html"))).contains("data:image/png;base64,"));
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        return;
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    CHECK(text.contains(QStringLiteral("Methode")));
    CHECK(text.contains(QStringLiteral("Vergelijking")));
    CHECK(text.contains(QStringLiteral("NHN-2019")));
    CHECK(text.contains(QStringLiteral("Herkomst van de gegevens")));
    CHECK(text.contains(data.contentHash.left(32)));
}

TEST_CASE("ketenmonitor-cli report and export run without a display", "[report][cli]")
{
    const QTemporaryDir dir;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    const auto run = [&](const QStringList& args) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(KM_CLI), args);
        process.waitForFinished(120000);
        INFO(process.readAllStandardError().toStdString());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    };
    const QString pdf = dir.filePath(QStringLiteral("rapport.pdf"));
    CHECK(run({QStringLiteral("report"), QStringLiteral("--out"), pdf}) == 0);
    CHECK(readAll(pdf).startsWith("%PDF"));
    const QString figures = dir.filePath(QStringLiteral("figuren"));
    CHECK(run({QStringLiteral("export"), QStringLiteral("--out"), figures, QStringLiteral("--cohort"),
               QStringLiteral("NHN-2019"), QStringLiteral("--no-suppression")}) == 0);
    CHECK(QFile::exists(figures + QStringLiteral("/recidive.svg")));
    CHECK(readAll(figures + QStringLiteral("/toelichting.txt")).startsWith("INTERN"));
}
