// The comparison and survival views on the demo study. The expected figures are computed by
// the core directly (IndicatorEngine, CohortComparison, SurvivalAnalysis: tested against hand
// calculations in tests/core); here the views must show exactly those figures, for the right
// selections, after computing them on a worker thread.
#include <catch2/catch.hpp>

#include "ScreenshotSupport.h"

#include "ui/StudySession.h"
#include "ui/charts/ChartPanel.h"
#include "ui/charts/ComparisonChartBuilder.h"
#include "ui/charts/SurvivalChartBuilder.h"
#include "ui/models/ComparisonTableModel.h"
#include "ui/views/CompareView.h"
#include "ui/views/SurvivalView.h"

#include "core/indicators/IndicatorCube.h"
#include "core/indicators/IndicatorEngine.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QComboBox>
#include <QChart>
#include <QFont>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QTest>

namespace {

km::Selection cohort(const std::string& name)
{
    km::Selection s;
    s.cohorts = {name};
    return s;
}

std::vector<km::ProportionDifference> expectedComparison(const km::Study& study)
{
    const km::IndicatorEngine engine(study);
    return km::CohortComparison::compare(engine.compute(cohort("NHN-2019")), engine.compute(cohort("NHN-2023")));
}

} // namespace

TEST_CASE("the comparison table shows the core's comparison of two cohorts", "[ui][compare]")
{
    StudySession session;
    REQUIRE(session.openDemo());
    SECTION("before the dashboard has built a cube: one pass for both sides") {}
    SECTION("added up from the cube the dashboard left in the session")
    {
        session.keepCube(std::make_shared<const km::IndicatorCube>(*session.study()), session.dataVersion());
        REQUIRE(session.cube());
    }
    CompareView view(&session);
    view.show();   // a hidden view computes only when shown
    view.setSelections(QStringLiteral("NHN-2019"), {}, QStringLiteral("NHN-2023"), {});
    REQUIRE(QTest::qWaitFor([&] { return !view.isComputing(); }, 60000));

    const std::vector<km::ProportionDifference> expected = expectedComparison(*session.study());
    const ComparisonTableModel& model = *view.model();
    REQUIRE(model.rowCount() == static_cast<int>(expected.size()));
    REQUIRE(model.rowCount() == static_cast<int>(km::IndicatorEngine::proportionIds().size()));
    int significant = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const km::ProportionDifference& d = expected[static_cast<std::size_t>(row)];
        INFO(d.id);
        REQUIRE(model.differences()[static_cast<std::size_t>(row)].id == d.id);
        auto value = [&](int column) { return model.data(model.index(row, column), ComparisonTableModel::ValueRole); };
        CHECK(value(ComparisonTableModel::PercentA).isValid() == d.a.percent.has_value());
        if (d.a.percent)
            CHECK(value(ComparisonTableModel::PercentA).toDouble() == Approx(*d.a.percent));
        if (d.b.percent)
            CHECK(value(ComparisonTableModel::PercentB).toDouble() == Approx(*d.b.percent));
        if (d.difference)
            CHECK(value(ComparisonTableModel::Difference).toDouble() == Approx(*d.difference));
        if (d.pFisher)
            CHECK(value(ComparisonTableModel::PFisher).toDouble() == Approx(*d.pFisher));
        if (d.ci95) {
            const QVariantList ci = value(ComparisonTableModel::Interval).toList();
            REQUIRE(ci.size() == 2);
            CHECK(ci[0].toDouble() == Approx(d.ci95->lower));
            CHECK(ci[1].toDouble() == Approx(d.ci95->upper));
        }
        // "21.2% (21/99)": percent with one decimal and n/N (English locale in the tests), and
        // the small-cell mark when exports would suppress it (tested in test_dashboard.cpp).
        const bool small = model.data(model.index(row, ComparisonTableModel::PercentA), ComparisonTableModel::SmallCellRole).toBool();
        CHECK(model.data(model.index(row, ComparisonTableModel::PercentA)).toString()
              == (d.a.percent ? QString::number(*d.a.percent, 'f', 1) + QStringLiteral("%") : QStringLiteral("–"))
                     + QStringLiteral(" (%1/%2)").arg(d.a.numerator).arg(d.a.denominator)
                     + (small ? QStringLiteral(" ⚠") : QString()));
        // Marked: bold and with the marker exactly when the interval excludes zero.
        const QString difference = model.data(model.index(row, ComparisonTableModel::Difference)).toString();
        CHECK(difference.contains(ComparisonTableModel::significanceMarker()) == d.significant());
        CHECK(model.data(model.index(row, ComparisonTableModel::Difference), Qt::FontRole).value<QFont>().bold() == d.significant());
        significant += d.significant();
    }
    // The demo's cohorts differ in drop-out (uitval), as the screenshot of this view shows.
    CHECK(significant > 0);
    CHECK(model.headerData(ComparisonTableModel::PercentA, Qt::Horizontal).toString().contains(QStringLiteral("NHN-2019")));
    CHECK(model.headerData(ComparisonTableModel::PercentB, Qt::Horizontal).toString().contains(QStringLiteral("NHN-2023")));

    // The chart of one group marks the same rows as the table.
    auto* group = view.findChild<QComboBox*>();
    REQUIRE(group);
    group->setCurrentIndex(group->findData(QStringLiteral("uitval")));
    QChart* chart = view.findChild<ChartPanel*>()->chart();
    REQUIRE(chart);
    auto* axis = qobject_cast<QBarCategoryAxis*>(chart->axes(Qt::Vertical).first());
    REQUIRE(axis);
    const auto marked = std::count_if(expected.begin(), expected.end(), [](const km::ProportionDifference& d) {
        return d.id.rfind("uitval.", 0) == 0 && d.significant();
    });
    CHECK(axis->count() == 4);   // uitval.trajecten, .casussen, .voldoende_doorlopen, .niet_gestart
    CHECK(axis->categories().filter(ComparisonTableModel::significanceMarker()).size() == marked);
    view.resize(1300, 900);
    uitest::grabAndKeep(view, QStringLiteral("compare-uitval"));
}

TEST_CASE("the comparison chart has two bar sets with the cohorts' percentages", "[ui][compare]")
{
    StudySession session;
    REQUIRE(session.openDemo());
    std::vector<km::ProportionDifference> recidive;
    for (const km::ProportionDifference& d : expectedComparison(*session.study()))
        if (d.id.rfind("recidive.", 0) == 0)
            recidive.push_back(d);
    REQUIRE(recidive.size() == 3);
    const ComparisonChartBuilder builder(QStringLiteral("Recidive"), QStringLiteral("A"), QStringLiteral("B"), recidive);
    std::unique_ptr<QChart> chart(builder.build());
    REQUIRE(chart->series().size() == 1);
    auto* bars = qobject_cast<QHorizontalBarSeries*>(chart->series().first());
    REQUIRE(bars);
    REQUIRE(bars->count() == 2);
    // ProportionChartBuilder adds the sets and rows bottom-up: set 0 is B, row 0 the last indicator.
    for (int row = 0; row < 3; ++row) {
        const km::ProportionDifference& d = recidive[static_cast<std::size_t>(2 - row)];
        CHECK(bars->barSets().at(1)->at(row) == Approx(d.a.percent.value_or(0)));
        CHECK(bars->barSets().at(0)->at(row) == Approx(d.b.percent.value_or(0)));
    }
}

TEST_CASE("the survival view draws the Kaplan-Meier curve of each cohort", "[ui][survival]")
{
    StudySession session;
    REQUIRE(session.openDemo());
    SurvivalView view(&session);
    view.show();
    REQUIRE(QTest::qWaitFor([&] { return !view.isComputing(); }, 60000));
    REQUIRE(view.curves().size() == 2);   // NHN-2019 and NHN-2023

    const km::SurvivalAnalysis analysis(*session.study());
    for (km::EventSoort soort : {km::EventSoort::NieuwGeweld, km::EventSoort::NieuweZorgen}) {
        view.setSoort(soort);
        REQUIRE(QTest::qWaitFor([&] { return !view.isComputing(); }, 60000));
        const std::string names[] = {"NHN-2019", "NHN-2023"};
        QChart* chart = view.findChild<ChartPanel*>()->chart();
        REQUIRE(chart);
        REQUIRE(chart->series().size() == 2);
        for (int i = 0; i < 2; ++i) {
            const km::SurvivalCurve expected = analysis.compute(cohort(names[i]), soort);
            const km::SurvivalCurve& shown = view.curves()[static_cast<std::size_t>(i)];
            CHECK(shown.cases == expected.cases);
            CHECK(shown.events == expected.events);
            CHECK(shown.atRisk(0) == expected.cases);   // everyone is at risk at the report
            REQUIRE(shown.steps.size() == expected.steps.size());
            // The step line: (0, 100%), then for every event day a vertical drop to S(t).
            auto* line = qobject_cast<QLineSeries*>(chart->series().at(i));
            REQUIRE(line);
            const QList<QPointF> points = line->points();
            REQUIRE(points.size() >= 1 + 2 * static_cast<int>(expected.steps.size()));
            CHECK(points.front() == QPointF(0, 100));
            for (std::size_t s = 0; s < expected.steps.size(); ++s) {
                const QPointF drop = points[static_cast<int>(1 + 2 * s + 1)];
                CHECK(drop.x() == Approx(static_cast<double>(expected.steps[s].day)));
                CHECK(drop.y() == Approx(expected.steps[s].survival * 100));
            }
            CHECK(points.back().x() == Approx(static_cast<double>(expected.followUpDays.back())));
        }
    }
}
