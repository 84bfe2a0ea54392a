// The dashboard shows what the core computes, for the selection the user makes, and follows
// every change of selection (computed on a worker thread). The expected figures come from
// km::IndicatorEngine run directly on the same study and selection: the engine itself is
// checked against hand-computed values in tests/core.
#include <catch2/catch.hpp>

#include "UiTestSupport.h"

#include "ui/StudySession.h"
#include "ui/models/DistributionTableModel.h"
#include "ui/models/IndicatorTableModel.h"
#include "ui/views/DashboardView.h"
#include "ui/views/IndicatorGroupPage.h"
#include "ui/widgets/SelectionPanel.h"

#include "core/codebook/IndicatorLabels.h"
#include "core/indicators/IndicatorEngine.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSignalSpy>
#include <QThreadPool>
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

TEST_CASE("a result that arrives after a newer request is dropped", "[ui][dashboard]")
{
    StudySession session;
    REQUIRE(session.openDemo());
    DashboardView view(&session);
    REQUIRE(uitest::waitForDashboard(view));

    // Two immediate recomputations (no debounce on a data change): both workers run, but only
    // the second result may reach the screen, whichever finishes first.
    QSignalSpy ready(&view, &DashboardView::indicatorsReady);
    session.notifyDataChanged();
    session.notifyDataChanged();
    REQUIRE(uitest::waitForDashboard(view));
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();   // deliver the other worker's finished signal too
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
