#include "IndicatorFixture.h"

#include "core/indicators/RecidiveTally.h"
#include "core/util/Day.h"

#include <catch2/catch.hpp>

#include <random>

using namespace km;
using km::test::Counts;
using km::test::IndicatorFixture;

namespace {

Selection window(int months)
{
    Selection s;
    s.windowMonths = months;
    return s;
}

// Nine cases around the edges of the recidive window; every event known to vt.
IndicatorFixture windowStudy()
{
    IndicatorFixture f;
    const test::IndicatorFixture::Fields ng{{"soort", "nieuw_geweld"}, {"bekend_bij", "vt"}};
    const test::IndicatorFixture::Fields nz{{"soort", "nieuwe_zorgen"}, {"bekend_bij", "vt"}};
    // 1, 2: reported 31 Jan 2019; + 1 month is 28 Feb 2019 (clamped to the month's end).
    f.addEvent(f.addCase("2019-01-31", "2021-01-31"), "2019-02-28", ng);
    f.addEvent(f.addCase("2019-01-31", "2021-01-31"), "2019-03-01", ng);
    // 3, 4: reported 31 Jan 2020; + 1 month is 29 Feb 2020 (leap year).
    f.addEvent(f.addCase("2020-01-31", "2022-01-31"), "2020-02-29", nz);
    f.addEvent(f.addCase("2020-01-31", "2022-01-31"), "2020-03-01", nz);
    // 5: events before and on melddatum (never count) and one exactly on einde_followup.
    const auto c5 = f.addCase("2019-03-15", "2020-03-15");
    f.addEvent(c5, "2020-03-15", nz);
    f.addEvent(c5, "2019-03-10", ng);
    f.addEvent(c5, "2019-03-15", ng);
    // 6: follow-up of three months, shorter than a 12-month window; one event after einde_followup.
    const auto c6 = f.addCase("2019-05-01", "2019-08-01");
    f.addEvent(c6, "2019-08-02", nz);
    f.addEvent(c6, "2019-07-01", ng);
    // 7: no events.
    f.addCase("2019-05-01", "2021-05-01");
    // 8, 9: melddatum + 12 months = 10 Jun 2020 exactly (included) and one day later (excluded).
    f.addEvent(f.addCase("2019-06-10", "2021-06-10"), "2020-06-10", ng);
    f.addEvent(f.addCase("2019-06-10", "2021-06-10"), "2020-06-11", ng);
    return f;
}

} // namespace

TEST_CASE("recidive window edges", "[indicators][recidive]")
{
    const IndicatorFixture f = windowStudy();

    SECTION("no window: (melddatum, einde_followup]")
    {
        const IndicatorSet set = f.compute();
        // nieuw_geweld: 1, 2, 6 (7 Jul), 8, 9; case 5's events are before/on melddatum.
        CHECK(test::counts(set, "recidive.nieuw_geweld") == Counts{5, 9, 0});
        // nieuwe_zorgen: 3, 4, 5 (on einde_followup); case 6's is after einde_followup.
        CHECK(test::counts(set, "recidive.nieuwe_zorgen") == Counts{3, 9, 0});
        // Cases with an event in the window: all but 7, every event vt: 8 of 8.
        CHECK(test::counts(set, "recidive.bekend_bij_een_partij") == Counts{8, 8, 0});
    }
    SECTION("1 month: clamped to the end of February")
    {
        const IndicatorSet set = f.compute(window(1));
        // Ends: 1, 2 -> 2019-02-28; 3, 4 -> 2020-02-29; 5 -> 2019-04-15; 6 -> 2019-06-01;
        // 8, 9 -> 2019-07-10. Only case 1 (28 Feb) has nieuw_geweld, only 3 (29 Feb) nieuwe_zorgen.
        CHECK(test::counts(set, "recidive.nieuw_geweld") == Counts{1, 9, 0});
        CHECK(test::counts(set, "recidive.nieuwe_zorgen") == Counts{1, 9, 0});
        CHECK(test::counts(set, "recidive.bekend_bij_een_partij") == Counts{2, 2, 0});
    }
    SECTION("12 months: window end included, the day after not; longer than follow-up")
    {
        const IndicatorSet set = f.compute(window(12));
        // Ends: 1, 2 -> 2020-01-31; 3, 4 -> 2021-01-31; 5 -> min(2020-03-15, 2020-03-15);
        // 6 -> min(2019-08-01, 2020-05-01) = einde_followup; 8, 9 -> 2020-06-10.
        // nieuw_geweld: 1, 2, 6, 8 (on the window end); not 9 (one day after).
        CHECK(test::counts(set, "recidive.nieuw_geweld") == Counts{4, 9, 0});
        // nieuwe_zorgen: 3, 4, 5 (on window end = einde_followup); 6's stays outside.
        CHECK(test::counts(set, "recidive.nieuwe_zorgen") == Counts{3, 9, 0});
    }
    SECTION("11 months")
    {
        const IndicatorSet set = f.compute(window(11));
        // Ends: 1, 2 -> 2019-12-31; 3, 4 -> 2020-12-31; 5 -> 2020-02-15; 6 -> 2019-08-01;
        // 8, 9 -> 2020-05-10. nieuw_geweld: 1, 2, 6. nieuwe_zorgen: 3, 4 (5's is 15 Mar 2020).
        CHECK(test::counts(set, "recidive.nieuw_geweld") == Counts{3, 9, 0});
        CHECK(test::counts(set, "recidive.nieuwe_zorgen") == Counts{2, 9, 0});
    }
}

TEST_CASE("recidive.bekend_bij_een_partij: every branch", "[indicators][recidive]")
{
    IndicatorFixture f;
    auto event = [&](std::int64_t c, const char* datum, const char* bekendBij, const char* soort = "nieuw_geweld") {
        f.addEvent(c, datum, {{"soort", soort}, {"bekend_bij", bekendBij}});
    };
    // All reported 10 Jan 2019; 1 month ends 10 Feb 2019.
    const auto c1 = f.addCase("2019-01-10", "2021-01-10");   // all vt -> one party
    event(c1, "2019-01-20", "vt");
    event(c1, "2019-01-25", "vt", "nieuwe_zorgen");
    const auto c2 = f.addCase("2019-01-10", "2021-01-10");   // all hulpverlening -> one party
    event(c2, "2019-01-20", "hulpverlening");
    const auto c3 = f.addCase("2019-01-10", "2021-01-10");   // vt + hulpverlening -> not one party
    event(c3, "2019-01-20", "vt");
    event(c3, "2019-06-01", "hulpverlening");                // outside a 1-month window
    const auto c4 = f.addCase("2019-01-10", "2021-01-10");   // a beide event -> not one party
    event(c4, "2019-01-20", "vt");
    event(c4, "2019-01-21", "beide");
    const auto c5 = f.addCase("2019-01-10", "2021-01-10");   // beide settles it despite an unknown
    event(c5, "2019-01-20", "beide");
    event(c5, "2019-01-21", "");
    const auto c6 = f.addCase("2019-01-10", "2021-01-10");   // vt + unknown -> unknown
    event(c6, "2019-01-20", "vt");
    event(c6, "2019-01-21", "");
    const auto c7 = f.addCase("2019-01-10", "2021-01-10");   // only unknown -> unknown
    event(c7, "2019-01-20", "");
    f.addCase("2019-01-10", "2021-01-10");                    // 8: no events -> not counted
    const auto c9 = f.addCase("2019-01-10", "2019-03-10");   // vt after einde_followup is ignored
    event(c9, "2019-01-20", "hulpverlening");
    event(c9, "2019-04-01", "vt");
    const auto c10 = f.addCase("2019-01-10", "2021-01-10");  // empty soort still counts here
    event(c10, "2019-01-20", "vt", "");

    SECTION("whole follow-up")
    {
        const IndicatorSet set = f.compute();
        // Numerator 1, 2, 9, 10; unknown 6, 7; denominator = 9 cases with events - 2 unknown.
        CHECK(test::counts(set, "recidive.bekend_bij_een_partij") == Counts{4, 7, 2});
        // Python3 Wilson 4/7: 25.046 .. 84.178 percent.
        const Proportion& p = *set.proportion("recidive.bekend_bij_een_partij");
        CHECK(*p.percent == Approx(400.0 / 7));
        CHECK(p.ci95->lower == Approx(25.0458364527657222));
        CHECK(p.ci95->upper == Approx(84.1780144748530292));
        // Case 10's event has no soort: it counts for neither soort. nieuw_geweld: 1..7, 9.
        CHECK(test::counts(set, "recidive.nieuw_geweld") == Counts{8, 10, 0});
        CHECK(test::counts(set, "recidive.nieuwe_zorgen") == Counts{1, 10, 0});
    }
    SECTION("1-month window drops case 3's hulpverlening event")
    {
        // Case 3 becomes all vt: numerator 1, 2, 3, 9, 10.
        Selection s;
        s.windowMonths = 1;
        CHECK(test::counts(f.compute(s), "recidive.bekend_bij_een_partij") == Counts{5, 7, 2});
    }
}

namespace {

// The codebook's definition for one window, case by case: which events lie in (melddatum, end]
// and what they say. The tally keeps its counts for every window at once; this is the plain
// reading it must agree with.
struct PlainRecidive
{
    Counts geweld, zorgen, oneParty;

    void add(const CaseScan::Case& c, const std::vector<CaseScan::Event>& events, std::optional<int> window)
    {
        const Day end = window ? std::min(c.eindeFollowup, days::addMonths(c.melddatum, *window)) : c.eindeFollowup;
        bool any = false, soorten[2] = {false, false}, vt = false, hulp = false, beide = false, unknown = false;
        for (const CaseScan::Event& e : events) {
            if (e.datum <= c.melddatum || e.datum > end)
                continue;
            any = true;
            if (e.soort)
                soorten[*e.soort] = true;
            if (!e.bekendBij)
                unknown = true;
            else
                (*e.bekendBij == 0 ? vt : *e.bekendBij == 1 ? hulp : beide) = true;
        }
        geweld.denominator += 1;
        geweld.numerator += soorten[0];
        zorgen.denominator += 1;
        zorgen.numerator += soorten[1];
        if (!any)
            return;
        if (beide || (vt && hulp)) {
            oneParty.denominator += 1;
        } else if (unknown) {
            oneParty.unknown += 1;
        } else {
            oneParty.denominator += 1;
            oneParty.numerator += 1;
        }
    }
};

Counts countsOf(const Proportion& p)
{
    return {p.numerator, p.denominator, p.unknown};
}

} // namespace

TEST_CASE("recidive counts for every window agree with the definition read window by window", "[indicators][recidive]")
{
    // 2,000 random cases around month ends and leap days, with up to four events each, some on
    // melddatum or after einde_followup, soort and party sometimes unknown.
    std::mt19937 random(20261203);
    const auto pick = [&](int low, int high) { return std::uniform_int_distribution<int>(low, high)(random); };
    std::vector<std::pair<CaseScan::Case, std::vector<CaseScan::Event>>> cases;
    RecidiveTally tally;
    for (int i = 0; i < 2000; ++i) {
        CaseScan::Case c;
        c.melddatum = days::addMonths(*days::fromYmd(2019, 1, 28 + pick(0, 3) % 4), pick(0, 24)) - pick(0, 1);
        c.eindeFollowup = c.melddatum + pick(30, 900);
        std::vector<CaseScan::Event> events(static_cast<std::size_t>(pick(0, 4)));
        for (CaseScan::Event& e : events) {
            e.datum = c.melddatum + pick(-10, 950);
            if (pick(0, 9) > 0)
                e.soort = pick(0, 1);
            if (pick(0, 5) > 0)
                e.bekendBij = pick(0, 2);
        }
        tally.add(c, events);
        cases.emplace_back(c, std::move(events));
    }
    for (std::optional<int> window : {std::optional<int>(), std::optional<int>(-1), std::optional<int>(0)}) {
        INFO("window " << window.value_or(999));
        PlainRecidive plain;
        for (const auto& [c, events] : cases)
            plain.add(c, events, window);
        std::vector<Proportion> out;
        tally.appendTo(out, window);
        REQUIRE(out.size() == 3);
        CHECK(countsOf(out[0]) == plain.geweld);
        CHECK(countsOf(out[1]) == plain.zorgen);
        CHECK(countsOf(out[2]) == plain.oneParty);
    }
    for (int window = 1; window <= 40; ++window) {
        INFO("window " << window);
        PlainRecidive plain;
        for (const auto& [c, events] : cases)
            plain.add(c, events, window);
        std::vector<Proportion> out;
        tally.appendTo(out, window);
        CHECK(countsOf(out[0]) == plain.geweld);
        CHECK(countsOf(out[1]) == plain.zorgen);
        CHECK(countsOf(out[2]) == plain.oneParty);
        if (window == 12) {   // the random study must exercise every outcome
            CHECK(plain.oneParty.numerator > 0);
            CHECK(plain.oneParty.unknown > 0);
            CHECK(plain.oneParty.denominator > plain.oneParty.numerator);
        }
    }
}
