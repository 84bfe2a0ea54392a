// The cases view and its case chain on the demo study. Expected counts come from the demo CSV
// files: DEMO19-001 has 3 trajectecten rows (lokaal_team voortijdig_client, 2x afgerond) and 1
// gebeurtenissen row (2020-07-17, soort empty, bekend_bij vt); DEMO19-021 has a trajectory
// that never started (niet_gestart, no dates).
#include <catch2/catch.hpp>

#include "UiTestSupport.h"

#include "ScreenshotSupport.h"

#include "ui/StudySession.h"
#include "ui/charts/ChartStyle.h"
#include "ui/models/CaseTableModel.h"
#include "ui/views/CaseChainView.h"
#include "ui/views/CasesView.h"

#include <QImage>
#include <QLineEdit>
#include <QSet>
#include <QTableView>
#include <QTest>

namespace {

// Every distinct tooltip of the chain, found by probing the widget on a 3-pixel grid.
QSet<QString> toolTips(const CaseChainView& view)
{
    QSet<QString> texts;
    for (int y = 0; y < view.height(); y += 3)
        for (int x = 0; x < view.width(); x += 3)
            if (const QString text = view.toolTipAt(QPointF(x, y)); !text.isEmpty())
                texts.insert(text);
    return texts;
}

int countContaining(const QSet<QString>& texts, const QString& part)
{
    return static_cast<int>(std::count_if(texts.begin(), texts.end(), [&](const QString& t) { return t.contains(part); }));
}

} // namespace

TEST_CASE("the case chain of a known demo case", "[ui][cases]")
{
    StudySession session;
    REQUIRE(session.openDemo());
    CasesView view(&session);
    view.resize(1300, 900);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));

    // The first case is selected when the table is filled.
    REQUIRE(view.chainView()->chain().has_value());
    CHECK(view.chainView()->chain()->casusId == "DEMO19-001");

    REQUIRE(view.selectCase(QStringLiteral("DEMO19-001")));
    CaseChainView& chain = *view.chainView();
    REQUIRE(chain.chain().has_value());
    CHECK(chain.chain()->trajectories.size() == 3);
    CHECK(chain.chain()->events.size() == 1);
    CHECK(chain.trajectoryMarks() == 3);
    CHECK(chain.eventMarks() == 1);

    const QSet<QString> texts = toolTips(chain);
    CHECK(countContaining(texts, QStringLiteral("Outcome:")) == 3);
    CHECK(countContaining(texts, QStringLiteral("after the report")) == 1);
    CHECK(countContaining(texts, QStringLiteral("Local team")) == 3);
    CHECK(countContaining(texts, QStringLiteral("stopped early by client")) == 1);
    CHECK(countContaining(texts, QStringLiteral("Report to Veilig Thuis: 2 Jan 2019")) == 1);
    CHECK(countContaining(texts, QStringLiteral("Handover: 7 Jan 2019")) == 1);

    // Completed bars in the palette's bluish green, the early stop in orange.
    const QImage image = uitest::grabAndKeep(chain, QStringLiteral("chain-DEMO19-001"));
    CHECK(uitest::pixelsNear(image, ChartStyle::seriesColor(2)) > 1000);
    CHECK(uitest::pixelsNear(image, ChartStyle::seriesColor(1)) > 500);
}

TEST_CASE("the chain shows a trajectory that never started", "[ui][cases]")
{
    StudySession session;
    REQUIRE(session.openDemo());
    CasesView view(&session);
    view.resize(1300, 900);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    REQUIRE(view.selectCase(QStringLiteral("DEMO19-021")));
    const CaseChainView& chain = *view.chainView();
    REQUIRE(chain.chain().has_value());
    const auto& trajectories = chain.chain()->trajectories;
    const auto notStarted = std::count_if(trajectories.begin(), trajectories.end(),
                                          [](const km::ChainTrajectory& t) { return t.afloop == "niet_gestart"; });
    CHECK(notStarted >= 1);
    CHECK(chain.trajectoryMarks() == static_cast<int>(trajectories.size()));
    CHECK(countContaining(toolTips(chain), QStringLiteral("never started")) == notStarted);
    uitest::grabAndKeep(view, QStringLiteral("cases-DEMO19-021"));
}

TEST_CASE("filtering the cases view selects the first match", "[ui][cases]")
{
    StudySession session;
    REQUIRE(session.openDemo());
    CasesView view(&session);
    view.show();   // a hidden view reads the study only when shown
    view.findChild<QLineEdit*>()->setText(QStringLiteral("DEMO23-08"));
    // The filter is applied after a short pause in typing.
    REQUIRE(QTest::qWaitFor([&] { return view.model()->filterText() == QStringLiteral("DEMO23-08"); }, 5000));
    CHECK(view.model()->rowCount() == 10);   // DEMO23-080 .. DEMO23-089
    REQUIRE(view.chainView()->chain().has_value());
    CHECK(view.chainView()->chain()->casusId == "DEMO23-080");
    CHECK_FALSE(view.selectCase(QStringLiteral("DEMO19-001")));   // filtered out
}
