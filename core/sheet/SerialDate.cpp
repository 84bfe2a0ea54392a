#include "core/sheet/SerialDate.h"

#include "core/util/Day.h"

#include <cmath>

namespace km {

namespace {

// Beyond the codebook's years 1900..2100 plus a margin; keeps the arithmetic in int range.
constexpr double maxSerial = 200.0 * 366.0 + 2.0;

} // namespace

std::string SerialDate::isoText(double serial, int originYear, int originMonth, int originDay, bool excel1900)
{
    if (!std::isfinite(serial) || serial < 1.0 || serial > maxSerial)
        return {};
    const auto whole = static_cast<int>(std::floor(serial));   // the time of day does not matter
    if (excel1900 && whole == 60)
        return "1900-02-29";
    const auto origin = days::fromYmd(originYear, originMonth, originDay);
    if (!origin)
        return {};
    // With the usual origin 1899-12-30, serial 61 is 1900-03-01; below 60 Excel counts one day
    // fewer because of the phantom 29 February.
    const int offset = excel1900 && whole < 60 ? whole + 1 : whole;
    return days::toIso(*origin + offset);
}

} // namespace km
