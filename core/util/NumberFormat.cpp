#include "core/util/NumberFormat.h"

#include <array>
#include <charconv>
#include <cmath>

namespace km {

double NumberFormat::roundDecimals(double value, int decimals)
{
    // Dividing the rounded integer by an exact power of ten gives the double nearest to the
    // decimal number, which prints back as exactly that number.
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

double NumberFormat::roundSignificant(double value, int digits)
{
    if (value == 0 || !std::isfinite(value))
        return value;
    const int exponent = static_cast<int>(std::floor(std::log10(std::fabs(value))));
    const int decimals = digits - 1 - exponent;
    if (decimals >= 0)
        return roundDecimals(value, decimals);
    const double scale = std::pow(10.0, -decimals);
    return std::round(value / scale) * scale;
}

std::string NumberFormat::shortest(double value)
{
    if (value == 0)
        value = 0;   // no "-0"
    std::array<char, 64> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return std::string(buffer.data(), result.ptr);
}

std::string NumberFormat::shortestOrEmpty(const std::optional<double>& value, int decimals)
{
    return value ? shortest(roundDecimals(*value, decimals)) : std::string();
}

std::string NumberFormat::fixed(double value, int decimals, char decimalMark)
{
    double rounded = roundDecimals(value, decimals);
    if (rounded == 0)
        rounded = 0;
    std::array<char, 64> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), rounded,
                                      std::chars_format::fixed, decimals);
    std::string text(buffer.data(), result.ptr);
    for (char& c : text)
        if (c == '.')
            c = decimalMark;
    return text;
}

std::string NumberFormat::dutchPercent(const std::optional<double>& percent)
{
    return percent ? dutch(*percent, 1) + "%" : "–";
}

std::string NumberFormat::dutchInterval(const std::optional<Interval>& interval)
{
    return interval ? "[" + dutch(interval->lower, 1) + " – " + dutch(interval->upper, 1) + "]" : "";
}

std::string NumberFormat::pValue(double p, char decimalMark)
{
    constexpr int decimals = 3;
    if (p < 0.0005)
        return "< " + fixed(0.001, decimals, decimalMark);
    return fixed(p, decimals, decimalMark);
}

} // namespace km
