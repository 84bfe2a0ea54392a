#pragma once

namespace km {

/** A confidence interval [lower, upper], in the unit of the estimate it belongs to. */
struct Interval
{
    double lower = 0;
    double upper = 0;
};

} // namespace km
