#include "core/util/Day.h"

#include "core/util/ValueParser.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>

namespace km::days {

namespace {

namespace greg = boost::gregorian;

// Boost's representable years; outside them its constructors throw, so fromYmd checks first.
constexpr int boostMinYear = 1400;
constexpr int boostMaxYear = 9999;

// Years a date in a study file can plausibly have: `2109` or `1019` is a typo, not a date.
constexpr int parseMinYear = 1900;
constexpr int parseMaxYear = 2100;

const greg::date& epoch()
{
    static const greg::date value(1970, 1, 1);
    return value;
}

greg::date toDate(Day day)
{
    return epoch() + greg::days(day);
}

int lastDayOfMonth(int year, int month)
{
    return greg::gregorian_calendar::end_of_month_day(static_cast<unsigned short>(year),
                                                      static_cast<unsigned short>(month));
}

bool allDigits(std::string_view text)
{
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Callers have checked allDigits and a length of at most 4, so this cannot overflow.
int digitsValue(std::string_view text)
{
    int value = 0;
    for (char c : text)
        value = value * 10 + (c - '0');
    return value;
}

std::optional<Day> fromParts(std::string_view year, std::string_view month, std::string_view day)
{
    const int y = digitsValue(year);
    if (y < parseMinYear || y > parseMaxYear)
        return std::nullopt;
    return fromYmd(y, digitsValue(month), digitsValue(day));
}

} // namespace

std::optional<Day> fromYmd(int year, int month, int day)
{
    if (year < boostMinYear || year > boostMaxYear || month < 1 || month > 12)
        return std::nullopt;
    if (day < 1 || day > lastDayOfMonth(year, month))
        return std::nullopt;
    const greg::date date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                          static_cast<unsigned short>(day));
    return static_cast<Day>((date - epoch()).days());
}

// ISO needs its fixed width (YYYY-MM-DD): `2019-1-2` is rejected, because a four-digit first
// part with short parts after it is neither what a program writes nor the Dutch order, and
// accepting it would invite `2019-2-1` being read in whichever order the writer meant.
// The Dutch order allows one or two digits for day and month, as Excel writes them.
std::optional<Day> parse(std::string_view text)
{
    text = ValueParser::trim(text);
    const auto firstDash = text.find('-');
    if (firstDash == std::string_view::npos)
        return std::nullopt;
    const auto secondDash = text.find('-', firstDash + 1);
    if (secondDash == std::string_view::npos || text.find('-', secondDash + 1) != std::string_view::npos)
        return std::nullopt;

    const std::string_view first = text.substr(0, firstDash);
    const std::string_view second = text.substr(firstDash + 1, secondDash - firstDash - 1);
    const std::string_view third = text.substr(secondDash + 1);
    if (!allDigits(first) || !allDigits(second) || !allDigits(third))
        return std::nullopt;

    if (first.size() == 4 && second.size() == 2 && third.size() == 2)
        return fromParts(first, second, third);
    if (first.size() <= 2 && second.size() <= 2 && third.size() == 4)
        return fromParts(third, second, first);
    return std::nullopt;
}

// Precondition: `day` lies in Boost's range (years 1400..9999); every day read from a study
// does, and Boost throws std::out_of_range otherwise.
std::string toIso(Day day)
{
    return greg::to_iso_extended_string(toDate(day));
}

// Not Boost's month iterator: it snaps to the month's end when the start is a month's last
// day (28 February + 12 months would give 29 February 2020), which the codebook forbids.
Day addMonths(Day day, int months)
{
    const greg::date start = toDate(day);
    const int monthIndex = static_cast<int>(start.year()) * 12 + (static_cast<int>(start.month()) - 1) + months;
    const int year = monthIndex / 12;
    const int month = monthIndex % 12 + 1;
    const int dayOfMonth = std::min(static_cast<int>(start.day()), lastDayOfMonth(year, month));
    return *fromYmd(year, month, dayOfMonth);
}

// Within the month difference of the two days, or the month after it: N months after `from`
// lands in `to`'s month, on `from`'s day of the month or that month's last day.
int monthsToReach(Day from, Day to)
{
    if (to <= from)
        return 0;
    const greg::date::ymd_type start = toDate(from).year_month_day();
    const greg::date::ymd_type end = toDate(to).year_month_day();
    const int months = (static_cast<int>(end.year) - static_cast<int>(start.year)) * 12
        + (static_cast<int>(end.month) - static_cast<int>(start.month));
    const int landsOn = std::min(static_cast<int>(start.day), lastDayOfMonth(end.year, end.month));
    return landsOn >= static_cast<int>(end.day) ? months : months + 1;
}

} // namespace km::days
