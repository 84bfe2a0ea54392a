#pragma once

#include "core/util/Day.h"

class QPainter;

/**
 * The time axis of a case chain: maps day numbers to x between two pixel positions and draws
 * the axis with month ticks and year labels (month names too when there is room), plus faint
 * year lines up through the chart so bars and events can be read against the calendar.
 */
class ChainTimeAxis
{
public:
    ChainTimeAxis(km::Day first, km::Day last, double left, double right);

    double x(km::Day day) const;
    km::Day first() const { return first_; }
    km::Day last() const { return last_; }
    double left() const { return left_; }
    double right() const { return right_; }

    /** Draws the axis line at `y` and the year lines from `gridTop` down to it. */
    void draw(QPainter& painter, double y, double gridTop) const;
    /** Height the axis needs below `y` for its labels. */
    static double height();

private:
    km::Day first_;
    km::Day last_;
    double left_;
    double right_;
};
