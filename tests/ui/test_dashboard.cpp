// The dashboard shows what the core computes, for the selection the user makes, and follows
// every change of selection (computed on a worker thread). The expected figures come from
// km::IndicatorEngine run directly on the same study and selection: the engine itself is
// checked against hand-computed values in tests/core.
#include <catch2/catch.hpp>

#include "IndicatorChecks.h"
#include "UiTestSupport.h"

#include "ui/StudySession.h"
#include "ui/models/ComparisonTableModel.h"
#include "ui/models/DistributionTableModel.h"
#include "ui/models/IndicatorTableModel.h"
#include "ui/models/SmallCellMark.h"
#include "ui/charts/ChartPanel.h"
#include "ui/charts/ProportionChartBuilder.h"
#include "ui/views/DashboardView.h"
#include "ui/views/IndicatorGroupPage.h"
#include "ui/widgets/SelectionPanel.h"

#include "core/codebook/IndicatorLabels.h"
#include "core/import/Importer.h"
#include "core/indicators/IndicatorEngine.h"

#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>

namespace {

km::IndicatorSet engineFigures(const StudySession& session, const km::Selection& selection)
{
    return km::IndicatorEngine(*session.study()).compute(selection);
}

// The model's row for `id`, as numerator / denominator / unknown read back through the
// model's ValueRole (what the table shows, unformatted).
struct Row
{
    qlonglong numerator = -1, denominator = -1, unknown = -1;
};

Row modelRow(const IndicatorTableModel& model, const std::string& id)
{
    const int row = model.rowOf(id);
    REQUIRE(row >= 0);
    auto value = [&](int column) {
        return model.data(model.index(row, column), IndicatorTableModel::ValueRole).toLongLong();
    };
    return {value(IndicatorTableModel::Numerator), value(IndicatorTableModel::Denominator),
            value(IndicatorTableModel::Unknown)};
}

void requireSameAsEngine(const IndicatorTableModel& model, const km::IndicatorSet& expected, const std::string& id)
{
    const km::Proportion* p = expected.proportion(id);
    REQUIRE(p != nullptr);
    const Row row = modelRow(model, id);
    INFO(id);
    CHECK(row.numerator == p->numerator);
    CHECK(row.denominator == p->denominator);
    CHECK(row.unknown == p->unknown);
}

} // namespace

TEST_CASE("dashboard tables hold the engine's figures for the demo study", "[ui][dashboard]")
{
    StudySession session;
    REQUIRE(session.openDemo());
    DashboardView view(&session);
    REQUIRE(uitest::waitForDashboard(view));

    // No cohort ticked, all regions, whole follow-up: the engine's default selection.
    const km::IndicatorSet expected = engineFigures(session, km::Selection{});
    REQUIRE(view.indicators());
    CHECK(view.indicators()->cases == expected.cases);
    CHECK(expected.cases == session.study()->caseCount());

    const IndicatorTableModel& recidive = *view.page("recidive")->proportionModel();
    CHECK(recidive.rowCount() == 3);
    for (const char* id : {"recidive.nieuw_geweld", "recidive.nieuwe_zorgen", "recidive.bekend_bij_een_partij"})
        requireSameAsEngine(recidive, expected, id);

    // Every group's table has exactly the group's proportions, in codebook order.
    int rows = 0;
    for (const std::string& group : km::IndicatorLabels::groups())
        rows += view.page(group)->proportionModel()->rowCount();
    CHECK(rows == static_cast<int>(expected.proportions.size()));
    const IndicatorTableModel& kenmerken = *view.page("kenmerken")->proportionModel();
    CHECK(kenmerken.proportions().front().id == "kenmerken.minderjarigen");

    // The distributions: snelheid has two (days), kenmerken one (years).
    const DistributionTableModel& snelheid = *view.page("snelheid")->distributionModel();
    REQUIRE(snelheid.rowCount() == 2);
    const km::Distribution* hulp = expected.distribution("snelheid.melding_tot_hulp");
    REQUIRE(hulp != nullptr);
    CHECK(snelheid.data(snelheid.index(1, DistributionTableModel::N), DistributionTableModel::ValueRole).toDouble()
          == static_cast<double>(hulp->n));
    CHECK(snelheid.data(snelheid.index(1, DistributionTableModel::Mean), DistributionTableModel::ValueRole).toDouble()
          == Approx(hulp->mean.value()));

    // The percent column shows the engine's percent with one decimal.
    const int row = recidive.rowOf("recidive.nieuw_geweld");
    const km::Proportion* geweld = expected.proportion("recidive.nieuw_geweld");
    CHECK(recidive.data(recidive.index(row, IndicatorTableModel::Percent)).toString()
          == QLocale().toString(geweld->percent.value(), 'f', 1) + QLatin1Char('%'));
}

TEST_CASE("changing the selection recomputes off the UI thread and shows the new figures", "[ui][dashboard]")
{
    StudySession session;
    REQUIRE(session.openDemo());
    DashboardView view(&session);
    REQUIRE(uitest::waitForDashboard(view));
    const IndicatorTableModel& recidive = *view.page("recidive")->proportionModel();
    const Row before = modelRow(recidive, "recidive.nieuw_geweld");
    const QStringList cohorts = session.cohortNames();
    REQUIRE(cohorts.size() >= 2);

    SECTION("a 6-month window")
    {
        view.selectionPanel()->setWindowMonths(6);
        CHECK(view.isComputing());
        REQUIRE(uitest::waitForDashboard(view));
        km::Selection selection;
        selection.windowMonths = 6;
        const km::IndicatorSet expected = engineFigures(session, selection);
        for (const char* id : {"recidive.nieuw_geweld", "recidive.nieuwe_zorgen", "recidive.bekend_bij_een_partij"})
            requireSameAsEngine(recidive, expected, id);
        // A shorter window can only lose events: fewer or as many cases with new violence, and
        // in the demo data some violence happens after six months.
        CHECK(modelRow(recidive, "recidive.nieuw_geweld").numerator < before.numerator);
        CHECK(view.indicators()->selection.windowMonths == 6);
    }

    SECTION("one cohort")
    {
        view.selectionPanel()->setCohorts({cohorts.front()});
        REQUIRE(uitest::waitForDashboard(view));
        km::Selection selection;
        selection.cohorts = {cohorts.front().toStdString()};
        const km::IndicatorSet expected = engineFigures(session, selection);
        CHECK(view.indicators()->cases == expected.cases);
        CHECK(expected.cases < session.study()->caseCount());
        requireSameAsEngine(recidive, expected, "recidive.nieuw_geweld");
        requireSameAsEngine(*view.page("uitval")->proportionModel(), expected, "uitval.trajecten");
        CHECK(modelRow(recidive, "recidive.nieuw_geweld").denominator == expected.cases);
        CHECK(modelRow(recidive, "recidive.nieuw_geweld").denominator < before.denominator);
    }

    SECTION("quick successive changes: only the last selection ends up on screen")
    {
        view.selectionPanel()->setWindowMonths(3);
        view.selectionPanel()->setCohorts({cohorts.back()});
        view.selectionPanel()->setWindowMonths(24);
        REQUIRE(uitest::waitForDashboard(view));
        km::Selection selection;
        selection.cohorts = {cohorts.back().toStdString()};
        selection.windowMonths = 24;
        const km::IndicatorSet expected = engineFigures(session, selection);
        CHECK(view.indicators()->selection.windowMonths == 24);
        CHECK(view.indicators()->selection.cohorts == selection.cohorts);
        requireSameAsEngine(recidive, expected, "recidive.nieuw_geweld");
    }
}

TEST_CASE("once the whole study is shown, every selection is added up from the cube", "[ui][dashboard][cube]")
{
    StudySession session;
    REQUIRE(session.openDemo());
    DashboardView view(&session);
    REQUIRE(uitest::waitForDashboard(view));
    // The whole study's own pass built the cube: there is nothing left to build ahead.
    CHECK_FALSE(view.isComputingAhead());
    const QStringList cohorts = session.cohortNames();
    const QStringList regions = session.regions();
    REQUIRE(cohorts.size() == 2);
    REQUIRE(regions.size() == 3);

    const auto requireEngineFigures = [&] {
        REQUIRE(uitest::waitForDashboard(view));
        km::test::requireIdentical(*view.indicators(), engineFigures(session, view.selectionPanel()->selection()));
    };
    view.selectionPanel()->setCohorts(cohorts);
    view.selectionPanel()->setRegio(regions.back());
    requireEngineFigures();
    view.selectionPanel()->setCohorts({cohorts.front()});
    requireEngineFigures();
    view.selectionPanel()->setRegio(QString());
    requireEngineFigures();
    CHECK_FALSE(view.isComputingAhead());

    // The cube holds the recidive counts of every window.
    view.selectionPanel()->setWindowMonths(6);
    requireEngineFigures();
    view.selectionPanel()->setCohorts({cohorts.back()});
    view.selectionPanel()->setRegio(regions.front());
    requireEngineFigures();
    view.selectionPanel()->setWindowMonths(1);
    requireEngineFigures();
    CHECK_FALSE(view.isComputingAhead());

    // New data: the cube of the old data must not answer any more.
    session.study()->db().exec("DELETE FROM events");
    session.notifyDataChanged();
    requireEngineFigures();
    CHECK(view.indicators()->proportion("recidive.nieuw_geweld")->numerator == 0);
}

TEST_CASE("a result that arrives after a newer request is dropped", "[ui][dashboard]")
{
    StudySession session;
    REQUIRE(session.openDemo());
    DashboardView view(&session);
    REQUIRE(uitest::waitForDashboard(view));

    // Two immediate recomputations (no debounce on a data change): the second waits for the
    // first, whose result is dropped; only the second reaches the screen.
    QSignalSpy ready(&view, &DashboardView::indicatorsReady);
    session.notifyDataChanged();
    session.notifyDataChanged();
    REQUIRE(uitest::waitForDashboard(view));
    QCoreApplication::processEvents();   // a stray finished signal would arrive now
    CHECK(ready.count() == 1);
    CHECK_FALSE(view.isComputing());
}

TEST_CASE("the dashboard follows the session to another study", "[ui][dashboard]")
{
    StudySession session;
    REQUIRE(session.openDemo());
    DashboardView view(&session);
    REQUIRE(uitest::waitForDashboard(view));
    REQUIRE(view.indicators()->cases > 0);

    const QTemporaryDir dir;
    QString error;
    REQUIRE(session.openFile(dir.filePath(QStringLiteral("leeg.kmstudy")), true, &error));
    REQUIRE(uitest::waitForDashboard(view));
    // A new study has no cases: every denominator is 0 and no percentage exists.
    CHECK(view.indicators()->cases == 0);
    const Row row = modelRow(*view.page("recidive")->proportionModel(), "recidive.nieuw_geweld");
    CHECK(row.denominator == 0);
}

TEST_CASE("small-cell marks: the dashboard marks rows below the threshold, not at it", "[ui][dashboard][disclosure]")
{
    // Ten cases, counted by hand from the rows below:
    //   minderjarigen ja 4 of 10          -> numerator 4 = N-1: marked
    //   vt_eerder_betrokken ja 5 of 10    -> numerator 5 = N, complement 5: not marked
    //   geweldsgeschiedenis ja 6 of 10    -> complement 4 = N-1: marked
    //   geschiedenis_jaren on 4 cases     -> n 4: marked
    //   datum_overdracht on 5 cases       -> melding_tot_overdracht n 5: not marked
    const QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("casussen.csv"));
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("casus_id,cohort,melddatum,einde_followup,minderjarigen,vt_eerder_betrokken,geweldsgeschiedenis,"
                   "geschiedenis_jaren,datum_overdracht\n"
                   "c01,A,2020-01-01,2021-01-01,ja,ja,ja,1,2020-01-11\n"
                   "c02,A,2020-01-01,2021-01-01,ja,ja,ja,2,2020-01-21\n"
                   "c03,A,2020-01-01,2021-01-01,ja,ja,ja,3,2020-01-31\n"
                   "c04,A,2020-01-01,2021-01-01,ja,ja,ja,4,2020-02-10\n"
                   "c05,A,2020-01-01,2021-01-01,nee,ja,ja,,2020-02-20\n"
                   "c06,A,2020-01-01,2021-01-01,nee,nee,ja,,\n"
                   "c07,A,2020-01-01,2021-01-01,nee,nee,nee,,\n"
                   "c08,A,2020-01-01,2021-01-01,nee,nee,nee,,\n"
                   "c09,A,2020-01-01,2021-01-01,nee,nee,nee,,\n"
                   "c10,A,2020-01-01,2021-01-01,nee,nee,nee,,\n");
    }
    StudySession session;
    QString error;
    REQUIRE(session.openFile(dir.filePath(QStringLiteral("klein.kmstudy")), true, &error));
    REQUIRE(km::Importer(*session.study()).run({{km::TableKind::Casussen, csv.toStdString()}}).committed);
    SmallCellMark::storeMinCell(5);
    DashboardView view(&session);
    session.notifyDataChanged();
    REQUIRE(uitest::waitForDashboard(view));
    REQUIRE(view.indicators()->cases == 10);

    IndicatorGroupPage& page = *view.page("kenmerken");
    const IndicatorTableModel& model = *page.proportionModel();
    const auto marked = [&](const std::string& id) {
        const int row = model.rowOf(id);
        REQUIRE(row >= 0);
        return model.data(model.index(row, IndicatorTableModel::Percent), IndicatorTableModel::SmallCellRole).toBool();
    };
    CHECK(modelRow(model, "kenmerken.minderjarigen").numerator == 4);
    CHECK(marked("kenmerken.minderjarigen"));
    CHECK(modelRow(model, "kenmerken.vt_eerder_betrokken").numerator == 5);
    CHECK_FALSE(marked("kenmerken.vt_eerder_betrokken"));
    CHECK(modelRow(model, "kenmerken.geweldsgeschiedenis").numerator == 6);
    CHECK(marked("kenmerken.geweldsgeschiedenis"));

    // A marked row: the symbol after its label, the tooltip and the light background on every
    // cell; the researcher still sees the count itself.
    const int small = model.rowOf("kenmerken.minderjarigen");
    CHECK(model.data(model.index(small, IndicatorTableModel::Label)).toString().endsWith(SmallCellMark::symbol()));
    CHECK(model.data(model.index(small, IndicatorTableModel::Numerator)).toString() == QStringLiteral("4"));
    CHECK(model.data(model.index(small, IndicatorTableModel::Interval), Qt::ToolTipRole).toString()
          == QStringLiteral("Small numbers: fewer than 5; suppressed in exports"));
    CHECK(model.data(model.index(small, IndicatorTableModel::Numerator), Qt::BackgroundRole).value<QColor>()
          == SmallCellMark::background());
    const int shown = model.rowOf("kenmerken.vt_eerder_betrokken");
    CHECK_FALSE(model.data(model.index(shown, IndicatorTableModel::Label)).toString().contains(SmallCellMark::symbol()));
    CHECK(model.data(model.index(shown, IndicatorTableModel::Numerator), Qt::ToolTipRole).toString()
          == QStringLiteral("kenmerken.vt_eerder_betrokken"));
    CHECK_FALSE(model.data(model.index(shown, IndicatorTableModel::Numerator), Qt::BackgroundRole).isValid());

    // The chart marks the same bars; the legend line is shown under the group.
    const auto* bars = dynamic_cast<const ProportionChartBuilder*>(page.proportionChart()->builder());
    REQUIRE(bars != nullptr);
    CHECK(bars->isMarked(0, small));
    CHECK_FALSE(bars->isMarked(0, shown));
    CHECK(bars->isMarked(0, model.rowOf("kenmerken.geweldsgeschiedenis")));
    CHECK_FALSE(page.smallCellLegend()->isHidden());
    CHECK(page.smallCellLegend()->text().contains(QStringLiteral("fewer than 5")));

    // Distributions: 4 years-values are marked, 5 handover durations are not.
    const DistributionTableModel& years = *page.distributionModel();
    REQUIRE(years.rowCount() == 1);
    CHECK(years.data(years.index(0, DistributionTableModel::N), DistributionTableModel::ValueRole).toDouble() == 4);
    CHECK(years.data(years.index(0, DistributionTableModel::N), DistributionTableModel::SmallCellRole).toBool());
    const DistributionTableModel& speed = *view.page("snelheid")->distributionModel();
    REQUIRE(speed.rowCount() == 2);
    CHECK(speed.data(speed.index(0, DistributionTableModel::N), DistributionTableModel::ValueRole).toDouble() == 5);
    CHECK_FALSE(speed.data(speed.index(0, DistributionTableModel::N), DistributionTableModel::SmallCellRole).toBool());

    // A higher threshold in the settings applies from the next result: 5 of 10 is then marked.
    SmallCellMark::storeMinCell(6);
    session.notifyDataChanged();
    REQUIRE(uitest::waitForDashboard(view));
    CHECK(marked("kenmerken.vt_eerder_betrokken"));
    SmallCellMark::storeMinCell(5);
}

TEST_CASE("small-cell marks in the comparison table: a side below the threshold, not at it", "[ui][compare][disclosure]")
{
    // A: 4 of 20 (numerator N-1) is marked; B: 5 of 20 (numerator N, complement 15) is not.
    ComparisonTableModel model;
    model.setPolicy(km::SmallCellPolicy{5});
    model.setComparison(km::CohortComparison::compare(
        [] { km::IndicatorSet a; a.proportions = {km::Proportion::make("regie.casusregie", 4, 20, 0)}; return a; }(),
        [] { km::IndicatorSet b; b.proportions = {km::Proportion::make("regie.casusregie", 5, 20, 0)}; return b; }()),
        QStringLiteral("A"), QStringLiteral("B"));
    REQUIRE(model.rowCount() == 1);
    const QModelIndex a = model.index(0, ComparisonTableModel::PercentA);
    const QModelIndex b = model.index(0, ComparisonTableModel::PercentB);
    CHECK(model.data(a, ComparisonTableModel::SmallCellRole).toBool());
    CHECK(model.data(a).toString().endsWith(SmallCellMark::symbol()));
    CHECK(model.data(a, Qt::ToolTipRole).toString() == QStringLiteral("Small numbers: fewer than 5; suppressed in exports"));
    CHECK(model.data(a, Qt::BackgroundRole).value<QColor>() == SmallCellMark::background());
    CHECK_FALSE(model.data(b, ComparisonTableModel::SmallCellRole).toBool());
    CHECK_FALSE(model.data(b).toString().contains(SmallCellMark::symbol()));
    CHECK_FALSE(model.data(b, Qt::BackgroundRole).isValid());
}
