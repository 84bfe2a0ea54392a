// The dashboard's cache of computed figures: which selections are computed ahead, and that a
// selection finds its own figures whatever the order of its cohorts, and nobody else's.
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

TEST_CASE("after the whole study, each cohort alone is computed ahead, unless cached", "[ui][cache]")
{
    IndicatorCache cache;
    km::Selection all;
    all.regio = "Alkmaar";
    all.windowMonths = 12;
    const std::vector<km::Selection> ahead = cache.ahead(all, {"A", "B", "C"});
    REQUIRE(ahead.size() == 3);
    for (std::size_t i = 0; i < ahead.size(); ++i) {
        CHECK(ahead[i].cohorts == std::vector<std::string>{std::string(1, static_cast<char>('A' + i))});
        CHECK(ahead[i].regio == all.regio);
        CHECK(ahead[i].windowMonths == all.windowMonths);
    }

    cache.store(figuresFor(ahead[1], 5));
    const std::vector<km::Selection> rest = cache.ahead(all, {"A", "B", "C"});
    REQUIRE(rest.size() == 2);
    CHECK(rest[0].cohorts.front() == "A");
    CHECK(rest[1].cohorts.front() == "C");

    km::Selection one;
    one.cohorts = {"B"};
    CHECK(cache.ahead(one, {"A", "B", "C"}).empty());   // already a choice of cohort
    CHECK(cache.ahead(all, {"A"}).empty());             // the one cohort is the whole study
}

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

TEST_CASE("without a regio, each cohort with each region is computed ahead when it all fits one pass", "[ui][cache]")
{
    IndicatorCache cache;
    const km::Selection all;
    const std::vector<km::Selection> ahead = cache.ahead(all, {"A", "B"}, {"Alkmaar", "Den Helder"});
    // A, A+Alkmaar, A+Den Helder, B, B+Alkmaar, B+Den Helder: cohort order, each alone first.
    REQUIRE(ahead.size() == 6);
    CHECK(ahead[0].cohorts == std::vector<std::string>{"A"});
    CHECK_FALSE(ahead[0].regio);
    CHECK(ahead[2].cohorts == std::vector<std::string>{"A"});
    CHECK(ahead[2].regio == std::optional<std::string>("Den Helder"));
    CHECK(ahead[4].cohorts == std::vector<std::string>{"B"});
    CHECK(ahead[4].regio == std::optional<std::string>("Alkmaar"));

    // With a regio chosen, only the cohorts within it.
    km::Selection alkmaar;
    alkmaar.regio = "Alkmaar";
    CHECK(cache.ahead(alkmaar, {"A", "B"}, {"Alkmaar", "Den Helder"}).size() == 2);

    // 8 cohorts with 7 regions would be 64 selections: more than one pass and the cache hold
    // next to the figures on screen, so the cohorts alone.
    const std::vector<std::string> eight{"1", "2", "3", "4", "5", "6", "7", "8"};
    const std::vector<std::string> seven{"a", "b", "c", "d", "e", "f", "g"};
    CHECK(cache.ahead(all, eight, seven).size() == 8);
    CHECK(cache.ahead(all, eight, {"a", "b", "c", "d", "e", "f"}).size() == 56);
}
