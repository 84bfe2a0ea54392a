// What reports and exports print: a suppressed bar reads as its table row, every indicator the
// engine computes reaches the CLI, the report and the export, the desktop reports the selection
// as shown (cohorts pooled), and p-values follow one rule.
#include "ui/StudySession.h"
#include "ui/charts/ChartBuilder.h"
#include "ui/charts/ChartExporter.h"
#include "ui/report/FigureExporter.h"
#include "ui/report/GroupCharts.h"
#include "ui/report/ReportData.h"
#include "ui/report/ReportDocument.h"
#include "ui/report/ReportExportDialog.h"
#include "ui/report/ReportFormat.h"
#include "ui/report/ReportTables.h"

#include "core/codebook/IndicatorLabels.h"
#include "core/db/Study.h"
#include "core/indicators/IndicatorEngine.h"
#include "core/util/NumberFormat.h"

#include <catch2/catch.hpp>

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSvgGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray svgOf(const ChartBuilder& builder, const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("chart.svg"));
    QString error;
    REQUIRE(ChartExporter::toFile(builder, ChartFile{ChartFile::Format::Svg, path, QSize(660, 300), 96}, &error));
    return readAll(path);
}

} // namespace

TEST_CASE("report chart: a suppressed bar reads the same count as its table row", "[report][disclosure]")
{
    // 40 of 43 (3 without: the complement is small) and 2 of 44 (the count is small): primary.
    // Bekend bij één partij 10 of 44: its denominator is the cases with an event, so next to the
    // 44 cases it would give the 0 without one away; it is hidden whole to protect that ("x").
    km::IndicatorSet set;
    set.selection = km::Selection{{"A"}, std::nullopt, std::nullopt};
    set.cases = 44;
    set.proportions = {km::Proportion::make("recidive.nieuw_geweld", 2, 44, 0),
                       km::Proportion::make("recidive.nieuwe_zorgen", 40, 43, 1),
                       km::Proportion::make("recidive.bekend_bij_een_partij", 10, 44, 0)};
    ReportData data;
    data.sets = {set};
    data.policy = km::SmallCellPolicy{5};
    data.published = km::Publication::of(data.sets, data.policy).selections;
    const QString table = ReportTables::group(data, "recidive");
    CHECK(table.contains(QStringLiteral("&lt;5/44")));
    CHECK(table.contains(QStringLiteral("&gt; 38/43")));
    CHECK(table.contains(QStringLiteral("x/x")));
    QSize size;
    const auto chart = GroupCharts::proportions(data, "recidive", &size);
    REQUIRE(chart);
    const QTemporaryDir dir;
    const QByteArray svg = svgOf(*chart, dir);
    CHECK(svg.contains("&lt;5/44"));
    CHECK(svg.contains("&gt; 38/43"));   // not "<5": the small number is the 3 without
    CHECK(svg.contains(">x/x<"));         // the secondary suppression as the table writes it
    CHECK_FALSE(svg.contains("&lt;5</"));
}

TEST_CASE("every indicator the engine computes appears in the CLI table, the report and the export", "[report][export]")
{
    const auto study = km::Study::openDemo();
    const km::IndicatorSet set = km::IndicatorEngine(*study).compute(km::Selection{});
    std::vector<std::string> ids;
    for (const km::Proportion& p : set.proportions)
        ids.push_back(p.id);
    for (const km::Distribution& d : set.distributions)
        ids.push_back(d.id);
    REQUIRE(ids.size() > 20);

    QProcess cli;
    cli.start(QStringLiteral(KM_CLI), {QStringLiteral("indicators"), QStringLiteral("--cohort"), QStringLiteral("NHN-2019"),
                                       QStringLiteral("--cohort"), QStringLiteral("NHN-2023")});
    REQUIRE(cli.waitForFinished(60000));
    const QString table = QString::fromUtf8(cli.readAllStandardOutput());

    const ReportData data = ReportData::collect(*study, {km::Selection{}}, km::SmallCellPolicy{5}, km::Language::Dutch,
                                                QStringLiteral("demo"), true);
    const QString report = ReportDocument(data, QDate(2026, 11, 24)).document()->toPlainText();
    const QTemporaryDir dir;
    QString error;
    const QStringList files = FigureExporter::exportAll(data, dir.path(), km::CsvConvention::SemicolonDecimalComma, &error);
    REQUIRE_FALSE(files.isEmpty());
    QByteArray csv;
    for (const QString& name : files)
        if (name.endsWith(QStringLiteral(".csv")))
            csv += readAll(dir.filePath(name));

    for (const std::string& id : ids) {
        INFO(id);
        const QString label = QString::fromStdString(km::IndicatorLabels::label(id, km::Language::Dutch));
        CHECK(table.contains(label));
        CHECK(report.contains(label));
        CHECK(csv.contains((";" + id + ";").c_str()));
    }
}

TEST_CASE("desktop report: two ticked cohorts are reported pooled, as shown, and the report says so", "[report][ui]")
{
    StudySession session;
    REQUIRE(session.openDemo());
    const QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rapport.html"));
    ReportExportDialog dialog(ReportExportDialog::Mode::Report, &session,
                              km::Selection{{"NHN-2019", "NHN-2023"}, std::nullopt, std::nullopt});
    dialog.show();
    dialog.findChild<QLineEdit*>()->setText(path);
    QPushButton* save = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
    REQUIRE(save->isVisible());
    QTest::mouseClick(save, Qt::LeftButton);
    const QString html = QString::fromUtf8(readAll(path));
    REQUIRE_FALSE(html.isEmpty());
    const km::IndicatorSet pooled = km::IndicatorEngine(*session.study())
                                        .compute(km::Selection{{"NHN-2019", "NHN-2023"}, std::nullopt, std::nullopt});
    // One series: the pooled cases, not one per cohort, and no comparison section.
    CHECK(html.contains(QStringLiteral("NHN-2019 + NHN-2023 (%1 cases, the cohorts pooled").arg(pooled.cases)));
    CHECK_FALSE(html.contains(QStringLiteral("<h2>Comparison</h2>")));
    CHECK_FALSE(html.contains(QStringLiteral("<h2>Vergelijking</h2>")));
    const auto log = session.study()->auditLog();
    REQUIRE_FALSE(log.empty());
    CHECK(log.back().action == "rapport");
    CHECK(log.back().selection == "cohorten NHN-2019, NHN-2023 (samengenomen); regio alle; venster hele follow-up");
}

TEST_CASE("p-values: three decimals with the language's decimal mark, below 0.0005 as < 0,001", "[report]")
{
    CHECK(km::NumberFormat::pValue(0.0321, ',') == "0,032");
    CHECK(km::NumberFormat::pValue(0.0004, ',') == "< 0,001");
    CHECK(km::NumberFormat::pValue(0.0005, ',') == "0,001");
    CHECK(km::NumberFormat::pValue(1.0, '.') == "1.000");
    CHECK(ReportFormat(km::Language::Dutch).pValue(0.0321) == QStringLiteral("0,032"));
    CHECK(ReportFormat(km::Language::English).pValue(0.00001) == QStringLiteral("< 0.001"));
    CHECK(ReportFormat(km::Language::Dutch).pValue(std::nullopt) == QStringLiteral("–"));
    CHECK(ReportFormat(km::Language::Dutch).number(-0.04, 1) == QStringLiteral("0,0"));
}
