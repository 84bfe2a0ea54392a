// The optional second policy: counts rounded to multiples of 5.
#include "DisclosureTestSupport.h"

#include "core/disclosure/CountRounding.h"
#include "core/disclosure/Publication.h"

#include <catch2/catch.hpp>

TEST_CASE("rounding to fives: nearest multiple, and how far the true count may lie", "[disclosure][rounding]")
{
    const km::CountRounding fives = km::CountRounding::toFives();
    CHECK(fives.active());
    CHECK(fives.round(0) == 0);
    CHECK(fives.round(2) == 0);
    CHECK(fives.round(3) == 5);
    CHECK(fives.round(7) == 5);
    CHECK(fives.round(8) == 10);
    CHECK(fives.round(149) == 150);
    CHECK(fives.below() == 2);
    CHECK(fives.above() == 2);
    CHECK_FALSE(km::CountRounding{}.active());
    CHECK(km::CountRounding{}.round(7) == 7);
    // Tens: 15 is half way and goes up; 14 down.
    CHECK(km::CountRounding{10}.round(15) == 20);
    CHECK(km::CountRounding{10}.round(14) == 10);
}

TEST_CASE("rounding policy: counts and percentages from rounded counts, suppression as before", "[disclosure][rounding]")
{
    km::IndicatorSet set;
    set.selection = km::Selection{{"A"}, std::nullopt, std::nullopt};
    set.cases = 99;
    // Recidive 21/99: shown as 20/100, 20.0% (not 21.2%, which with a denominator of 98..102 would give 21 back).
    set.proportions.push_back(km::Proportion::make("recidive.nieuw_geweld", 21, 99, 0));
    // 3/99 stays suppressed: "<5" of 100.
    set.proportions.push_back(km::Proportion::make("recidive.nieuwe_zorgen", 3, 99, 0));
    km::SmallCellPolicy policy{5};
    policy.rounding = km::CountRounding::toFives();
    const km::PublishedSelection s = km::Publication::of({set}, policy).selections.front();
    CHECK(s.casesText == "100");
    const auto* shown = km::test::publishedRow(s, "recidive.nieuw_geweld");
    REQUIRE(shown);
    CHECK(shown->numeratorText == "20");
    CHECK(shown->denominatorText == "100");
    REQUIRE(shown->value.percent);
    CHECK(*shown->value.percent == Approx(20.0));
    const auto* small = km::test::publishedRow(s, "recidive.nieuwe_zorgen");
    REQUIRE(small);
    CHECK(small->numeratorText == "<5");
    CHECK(small->denominatorText == "100");
    CHECK_FALSE(small->value.percent);
    // Two denominators 26 and 24 both read 25: their difference says nothing.
    CHECK(policy.rounding.round(26) == policy.rounding.round(24));
}
