#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace km {

/**
 * A calendar date as a day number (days since 1970-01-01), the form dates take in the study
 * database and in all arithmetic. Conversion and month arithmetic go through Boost.Date_Time.
 */
using Day = std::int32_t;

namespace days {

/**
 * Day number of a valid Gregorian date, or nullopt when the date does not exist (31-02-2019)
 * or lies outside Boost's years 1400..9999.
 */
std::optional<Day> fromYmd(int year, int month, int day);

/**
 * Parses the codebook's formats: YYYY-MM-DD (fixed width), DD-MM-YYYY, D-M-YYYY, surrounding
 * whitespace ignored. Anything else, and years outside 1900..2100 (typos), give nullopt.
 */
std::optional<Day> parse(std::string_view text);

/** ISO 8601 text, YYYY-MM-DD. */
std::string toIso(Day day);

/**
 * The same day number N months later, or that month's last day when it is shorter
 * (31 January + 1 month = 28/29 February), as the codebook's recidive window requires.
 * `months` may be negative; the result must stay within years 1400..9999.
 */
Day addMonths(Day day, int months);

/**
 * The fewest whole months N for which addMonths(from, N) is on or after `to` (0 when `to` is
 * not after `from`): the shortest recidive window that takes in a day.
 */
int monthsToReach(Day from, Day to);

} // namespace days
} // namespace km
