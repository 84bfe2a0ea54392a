#include "core/util/Day.h"

#include <catch2/catch.hpp>

using km::Day;
namespace days = km::days;

// Expected day numbers computed independently with Python:
// (datetime.date(y, m, d) - datetime.date(1970, 1, 1)).days

namespace {

Day ymd(int y, int m, int d)
{
    const auto day = days::fromYmd(y, m, d);
    REQUIRE(day.has_value());
    return *day;
}

} // namespace

TEST_CASE("fromYmd gives days since 1970-01-01", "[day]")
{
    CHECK(days::fromYmd(1970, 1, 1) == 0);
    CHECK(days::fromYmd(1969, 12, 31) == -1);
    CHECK(days::fromYmd(2019, 1, 2) == 17898);
    CHECK(days::fromYmd(2020, 2, 29) == 18321);
    CHECK(days::fromYmd(2000, 2, 29) == 11016);   // divisible by 400: leap
    CHECK(days::fromYmd(1900, 1, 1) == -25567);
    CHECK(days::fromYmd(2100, 12, 31) == 47846);
}

TEST_CASE("fromYmd rejects dates that do not exist", "[day]")
{
    CHECK_FALSE(days::fromYmd(2019, 2, 31));
    CHECK_FALSE(days::fromYmd(2019, 2, 29));      // 2019 is not a leap year
    CHECK_FALSE(days::fromYmd(1900, 2, 29));      // divisible by 100, not 400: no leap year
    CHECK_FALSE(days::fromYmd(2019, 4, 31));
    CHECK_FALSE(days::fromYmd(2019, 13, 1));
    CHECK_FALSE(days::fromYmd(2019, 0, 1));
    CHECK_FALSE(days::fromYmd(2019, 1, 0));
    CHECK_FALSE(days::fromYmd(2019, 1, 32));
    CHECK_FALSE(days::fromYmd(20000, 1, 1));      // outside Boost's range, no exception
}

TEST_CASE("parse accepts ISO and Dutch dates", "[day]")
{
    CHECK(days::parse("2019-01-02") == 17898);
    CHECK(days::parse("02-01-2019") == 17898);
    CHECK(days::parse("2-1-2019") == 17898);
    CHECK(days::parse("02-1-2019") == 17898);
    CHECK(days::parse("2-01-2019") == 17898);
    CHECK(days::parse("  2019-01-02\t") == 17898);
    CHECK(days::parse(" 2-1-2019 ") == 17898);
    CHECK(days::parse("29-02-2020") == 18321);
    CHECK(days::parse("2020-02-29") == 18321);
    CHECK(days::parse("1900-01-01") == -25567);
    CHECK(days::parse("31-12-2100") == 47846);
}

TEST_CASE("parse rejects everything else", "[day]")
{
    CHECK_FALSE(days::parse(""));
    CHECK_FALSE(days::parse("   "));
    CHECK_FALSE(days::parse("31-02-2019"));
    CHECK_FALSE(days::parse("29-02-2019"));
    CHECK_FALSE(days::parse("2019-02-29"));
    CHECK_FALSE(days::parse("2019/01/02"));
    CHECK_FALSE(days::parse("02/01/2019"));
    CHECK_FALSE(days::parse("02.01.2019"));
    CHECK_FALSE(days::parse("1-1-19"));           // two-digit year
    CHECK_FALSE(days::parse("2019-1-2"));         // ISO needs two-digit month and day
    CHECK_FALSE(days::parse("2019-01-2"));
    CHECK_FALSE(days::parse("19-01-02"));
    CHECK_FALSE(days::parse("002-01-2019"));      // three-digit day
    CHECK_FALSE(days::parse("2019-01-02-"));
    CHECK_FALSE(days::parse("2019-01-02T00:00"));
    CHECK_FALSE(days::parse("2019-01-02 12:00"));
    CHECK_FALSE(days::parse("2019 -01-02"));
    CHECK_FALSE(days::parse("+2019-01-02"));
    CHECK_FALSE(days::parse("2019--01"));
    CHECK_FALSE(days::parse("1899-12-31"));       // outside the plausible years 1900..2100
    CHECK_FALSE(days::parse("01-01-2101"));
    CHECK_FALSE(days::parse("01-01-1019"));
    CHECK_FALSE(days::parse("13-13-2019"));
}

TEST_CASE("toIso writes YYYY-MM-DD and round-trips", "[day]")
{
    CHECK(days::toIso(0) == "1970-01-01");
    CHECK(days::toIso(17898) == "2019-01-02");
    CHECK(days::toIso(18321) == "2020-02-29");
    CHECK(days::toIso(-25567) == "1900-01-01");
    for (Day d = ymd(2019, 12, 25); d < ymd(2021, 1, 10); ++d)
        CHECK(days::parse(days::toIso(d)) == d);
}

TEST_CASE("addMonths keeps the day number or takes the month's last day", "[day]")
{
    // The codebook's examples, plus the ones the boost month iterator would get wrong.
    CHECK(days::addMonths(ymd(2019, 1, 31), 1) == ymd(2019, 2, 28));
    CHECK(days::addMonths(ymd(2020, 1, 31), 1) == ymd(2020, 2, 29));
    CHECK(days::addMonths(ymd(2020, 2, 29), 12) == ymd(2021, 2, 28));
    CHECK(days::addMonths(ymd(2019, 2, 28), 12) == ymd(2020, 2, 28));   // not snapped to the 29th
    CHECK(days::addMonths(ymd(2019, 4, 30), 1) == ymd(2019, 5, 30));    // not snapped to the 31st
    CHECK(days::addMonths(ymd(2019, 2, 28), 1) == ymd(2019, 3, 28));
    CHECK(days::addMonths(ymd(2019, 3, 15), 0) == ymd(2019, 3, 15));
    CHECK(days::addMonths(ymd(2019, 11, 30), 3) == ymd(2020, 2, 29));   // across a year end
    CHECK(days::addMonths(ymd(2019, 12, 31), 1) == ymd(2020, 1, 31));
    CHECK(days::addMonths(ymd(2019, 8, 31), 24) == ymd(2021, 8, 31));
    CHECK(days::addMonths(ymd(2019, 1, 15), 25) == ymd(2021, 2, 15));
    CHECK(days::addMonths(ymd(2020, 3, 31), -1) == ymd(2020, 2, 29));
    CHECK(days::addMonths(ymd(2020, 1, 15), -13) == ymd(2018, 12, 15));
}

TEST_CASE("monthsToReach is the shortest window whose end is on or after a day", "[day]")
{
    // By hand: 31 January + 1 month ends 28 February, so 1 March needs 2 months.
    CHECK(days::monthsToReach(ymd(2019, 1, 31), ymd(2019, 2, 28)) == 1);
    CHECK(days::monthsToReach(ymd(2019, 1, 31), ymd(2019, 3, 1)) == 2);
    CHECK(days::monthsToReach(ymd(2020, 1, 31), ymd(2020, 2, 29)) == 1);
    CHECK(days::monthsToReach(ymd(2019, 6, 10), ymd(2020, 6, 10)) == 12);   // the window's last day
    CHECK(days::monthsToReach(ymd(2019, 6, 10), ymd(2020, 6, 11)) == 13);
    CHECK(days::monthsToReach(ymd(2019, 6, 10), ymd(2019, 6, 11)) == 1);    // the same month
    CHECK(days::monthsToReach(ymd(2019, 12, 31), ymd(2020, 1, 1)) == 1);    // across a year end
    CHECK(days::monthsToReach(ymd(2019, 6, 10), ymd(2019, 6, 10)) == 0);    // not after: no window needed
    CHECK(days::monthsToReach(ymd(2019, 6, 10), ymd(2019, 1, 1)) == 0);

    // Against its definition, for every start in 2019-2020 and days up to three years on.
    for (Day from = ymd(2019, 1, 1); from <= ymd(2020, 12, 31); from += 3) {
        for (Day to = from + 1; to <= from + 1100; to += 7) {
            const int months = days::monthsToReach(from, to);
            REQUIRE(days::addMonths(from, months) >= to);
            REQUIRE(days::addMonths(from, months - 1) < to);
        }
    }
}
