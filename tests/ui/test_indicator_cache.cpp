// The dashboard's cache of computed figures: a selection finds its own figures whatever the
// order of its cohorts, and nobody else's.
#include "ui/IndicatorCache.h"

#include <catch2/catch.hpp>

#include <memory>

namespace {

std::shared_ptr<const km::IndicatorSet> figuresFor(km::Selection selection, std::int64_t cases)
{
    auto set = std::make_shared<km::IndicatorSet>();
    set->selection = std::move(selection);
    set->cases = cases;
    return set;
}

} // namespace

TEST_CASE("cached figures are found by selection, cohorts in any order", "[ui][cache]")
{
    IndicatorCache cache;
    km::Selection ab;
    ab.cohorts = {"A", "B"};
    cache.store(figuresFor(ab, 7));

    km::Selection ba;
    ba.cohorts = {"B", "A"};
    REQUIRE(cache.find(ba));
    CHECK(cache.find(ba)->cases == 7);

    km::Selection windowed = ab;
    windowed.windowMonths = 6;
    CHECK_FALSE(cache.find(windowed));
    km::Selection regional = ab;
    regional.regio = "Den Helder";
    CHECK_FALSE(cache.find(regional));
    km::Selection unknownRegio = ab;
    unknownRegio.regio = "";
    CHECK_FALSE(cache.find(unknownRegio));   // an empty regio name is not "all regions"
    CHECK_FALSE(cache.find(km::Selection{}));

    cache.clear();
    CHECK_FALSE(cache.find(ab));
}
