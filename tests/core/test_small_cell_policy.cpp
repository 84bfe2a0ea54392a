#include "core/csv/CsvWriter.h"
#include "core/disclosure/GroupCsv.h"
#include "core/disclosure/GroupTable.h"
#include "core/disclosure/Publication.h"
#include "core/disclosure/SmallCellPolicy.h"
#include "core/util/NumberFormat.h"

#include <catch2/catch.hpp>

using km::Proportion;
using km::SmallCellPolicy;

TEST_CASE("small-cell policy: numerator at the boundary N-1 is suppressed, N is shown", "[disclosure]")
{
    const SmallCellPolicy policy{5};
    // 4 of 40: numerator 4 = N-1 -> suppressed, reads "<5", no percent or interval.
    const Proportion four = Proportion::make("x", 4, 40, 0);
    CHECK(policy.suppresses(four));
    CHECK(policy.numeratorText(four) == "<5");
    CHECK_FALSE(policy.masked(four).percent);
    CHECK_FALSE(policy.masked(four).ci95);
    // 5 of 40: numerator N, complement 35 -> shown, percent 12.5 (= 5/40 by hand).
    const Proportion five = Proportion::make("x", 5, 40, 0);
    CHECK_FALSE(policy.suppresses(five));
    CHECK(policy.numeratorText(five) == "5");
    REQUIRE(policy.masked(five).percent);
    CHECK(*policy.masked(five).percent == Approx(12.5));
}

TEST_CASE("small-cell policy: the complement at N-1 is suppressed too", "[disclosure]")
{
    const SmallCellPolicy policy{5};
    // 36 of 40: 4 without the characteristic -> suppressed; the count reads "> 35" (40 - 5).
    const Proportion high = Proportion::make("x", 36, 40, 0);
    CHECK(policy.suppresses(high));
    CHECK(policy.numeratorText(high) == "> 35");
    CHECK(policy.denominatorText(high) == "40");
    // 35 of 40: complement exactly 5 -> shown.
    CHECK_FALSE(policy.suppresses(Proportion::make("x", 35, 40, 0)));
    // A denominator below N reads "<5" as well.
    CHECK(policy.denominatorText(Proportion::make("x", 1, 4, 0)) == "<5");
}

TEST_CASE("small-cell policy: minCell 0 suppresses nothing, other N follow the same rule", "[disclosure]")
{
    CHECK_FALSE(SmallCellPolicy::none().active());
    CHECK_FALSE(SmallCellPolicy::none().suppresses(Proportion::make("x", 0, 1, 0)));
    const SmallCellPolicy ten{10};
    CHECK(ten.suppresses(Proportion::make("x", 9, 100, 0)));
    CHECK_FALSE(ten.suppresses(Proportion::make("x", 10, 100, 0)));
    CHECK(ten.below() == "<10");
    std::vector<double> four{1, 2, 3, 4};
    std::vector<double> five{1, 2, 3, 4, 5};
    CHECK(SmallCellPolicy{5}.suppresses(km::Distribution::make("d", "dagen", four)));
    CHECK_FALSE(SmallCellPolicy{5}.suppresses(km::Distribution::make("d", "dagen", five)));
}

TEST_CASE("group table and CSV: suppressed rows read <N with empty percent and interval", "[disclosure]")
{
    km::IndicatorSet set;
    set.cases = 21;   // casusregie: 20 known + 1 unknown
    set.proportions.push_back(Proportion::make("regie.casusregie", 4, 20, 1));
    set.proportions.push_back(Proportion::make("regie.afstemming", 10, 20, 0));
    const std::vector<km::GroupTable> tables = km::Publication::of({set}, SmallCellPolicy{5}).selections[0].tables;
    REQUIRE(tables.size() == 1);
    CHECK(tables[0].group == "regie");
    CHECK(tables[0].anySuppressed());
    const std::string csv = km::GroupCsv::write({{"A", &tables[0]}}, "A", "afgeschermd", km::Language::Dutch, km::CsvDialect::machine());
    // 10/20 = 50%; Wilson 95% for 10/20 = [29.93, 70.07] (R: prop.test(10, 20, correct = FALSE)).
    CHECK(csv.find("A,regie,regie.casusregie,Casusregie belegd,<5,20,1,,,,,,,,,,1\n") != std::string::npos);
    CHECK(csv.find("A,regie,regie.afstemming,Afstemming tussen trajecten (2 of meer),10,20,0,50.00,29.93,70.07,,,,,,,0\n")
          != std::string::npos);
}

TEST_CASE("CSV numbers: fixed decimals with a point, no negative zero", "[disclosure]")
{
    CHECK(km::NumberFormat::fixed(0.125, 2, '.') == "0.13");   // 0.125 is exact in binary: a true tie
    CHECK(km::NumberFormat::fixed(-0.001, 2, '.') == "0.00");
    CHECK(km::CsvWriter().number(std::nullopt, 2).endRow().str() == "\n");
    CHECK(km::CsvWriter().text("a,b").endRow().str() == "\"a,b\"\n");
}

TEST_CASE("distributions: N-1 values show only n, N values n and a mean that no value dominates, never min and max",
          "[disclosure]")
{
    const SmallCellPolicy policy{5};
    std::vector<double> four{2, 4, 6, 400};
    std::vector<double> five{2, 4, 6, 8, 400};
    std::vector<double> even{10, 12, 14, 16, 18};
    km::IndicatorSet set;
    set.cases = 20;
    set.distributions.push_back(km::Distribution::make("snelheid.melding_tot_overdracht", "dagen", four));
    set.distributions.push_back(km::Distribution::make("snelheid.melding_tot_hulp", "dagen", five));
    set.distributions.push_back(km::Distribution::make("kenmerken.geschiedenis_jaren", "jaren", even));
    const std::vector<km::GroupTable> tables = km::Publication::of({set}, policy).selections[0].tables;
    REQUIRE(tables.size() == 2);   // kenmerken, snelheid
    REQUIRE(tables[1].distributions.size() == 2);
    // 4 values (N-1): suppressed, n reads "<5", no statistic at all.
    const km::PublishedDistribution& small = tables[1].distributions[0];
    CHECK(small.suppressed);
    CHECK(small.nText == "<5");
    CHECK_FALSE(small.value.mean);
    CHECK_FALSE(small.value.min);
    CHECK_FALSE(small.value.max);
    // 5 values (N): n is shown, but 400 is 95% of the sum 420, so the mean (84) would give the
    // hidden maximum back almost exactly; the median and quartiles of 5 values are single values
    // (R type 7: Q1 = 4, median = 6, Q3 = 8), published from 10 and 20 values only.
    const km::PublishedDistribution& dominated = tables[1].distributions[1];
    CHECK_FALSE(dominated.suppressed);
    CHECK(dominated.nText == "5");
    CHECK_FALSE(dominated.value.mean);
    CHECK_FALSE(dominated.value.median);
    CHECK_FALSE(dominated.value.q1);
    CHECK_FALSE(dominated.value.q3);
    CHECK_FALSE(dominated.value.min);
    CHECK_FALSE(dominated.value.max);
    // 10..18: the largest (18) is 26% of the sum 70: the mean 14 is published, nothing else.
    const km::PublishedDistribution& shown = tables[0].distributions[0];
    CHECK(shown.nText == "5");
    REQUIRE(shown.value.mean);
    CHECK(*shown.value.mean == Approx(14));
    CHECK_FALSE(shown.value.median);
    CHECK_FALSE(shown.value.max);
    const std::string csv = km::GroupCsv::write({{"A", &tables[1]}}, "A", "afgeschermd", km::Language::Dutch, km::CsvDialect::machine());
    CHECK(csv.find("400") == std::string::npos);
    CHECK(csv.find("84") == std::string::npos);
    // Without protection (internal output) everything stays.
    const km::Distribution internal = SmallCellPolicy::none().masked(set.distributions[1]);
    REQUIRE(internal.min);
    REQUIRE(internal.max);
    CHECK(*internal.min == 2);
    CHECK(*internal.max == 400);
    CHECK(*internal.mean == Approx(84));
}
