// The audit's integer programs on tables small enough to work out by hand.
#include "core/disclosure/IntervalAudit.h"
#include "core/disclosure/SecondarySuppression.h"

#include <catch2/catch.hpp>

using km::IntervalAudit;
using km::LinearSystem;

namespace {

// A 2 × 2 table x11 x12 / x21 x22 with row totals 10, 12 and column totals 8, 14 published.
LinearSystem twoByTwo()
{
    LinearSystem s;
    for (const char* name : {"x11", "x12", "x21", "x22"})
        s.addVariable(name);
    s.equal({{0, 1}, {1, 1}}, 10);
    s.equal({{2, 1}, {3, 1}}, 12);
    s.equal({{0, 1}, {2, 1}}, 8);
    s.equal({{1, 1}, {3, 1}}, 14);
    return s;
}

} // namespace

TEST_CASE("interval audit: a cell hidden alone is given back by its margins", "[disclosure][audit]")
{
    LinearSystem s = twoByTwo();
    // Only x11 hidden: x12 = 7 is published, so x11 = 10 - 7 = 3 exactly.
    s.equal({{1, 1}}, 7);
    const auto interval = IntervalAudit::range(s, {{0, 1}});
    REQUIRE(interval);
    CHECK(interval->lower == 3);
    CHECK(interval->upper == 3);
    CHECK_FALSE(km::SecondarySuppression::wideEnough(*interval, 5));
}

TEST_CASE("interval audit: all four cells hidden leave the interval the margins allow", "[disclosure][audit]")
{
    // x11 <= min(row 10, column 8) = 8; x11 >= 10 - 14 and >= 8 - 12, both negative, so 0:
    // x11 in [0, 8]. x22 = 12 - x21 = 12 - (8 - x11) = 4 + x11, in [4, 12].
    const LinearSystem s = twoByTwo();
    const auto x11 = IntervalAudit::range(s, {{0, 1}});
    REQUIRE(x11);
    CHECK(x11->lower == 0);
    CHECK(x11->upper == 8);
    const auto x22 = IntervalAudit::range(s, {{3, 1}});
    REQUIRE(x22);
    CHECK(x22->lower == 4);
    CHECK(x22->upper == 12);
    CHECK(km::SecondarySuppression::wideEnough(*x11, 5));
    // A published "<5" on x11 narrows it to [0, 4]: exactly the N values "<5" allows.
    LinearSystem small = twoByTwo();
    small.require({{0, 1}}, std::nullopt, 4);
    const auto below = IntervalAudit::range(small, {{0, 1}});
    REQUIRE(below);
    CHECK(below->lower == 0);
    CHECK(below->upper == 4);
    CHECK(km::SecondarySuppression::wideEnough(*below, 5));
}

TEST_CASE("interval audit: integer solutions, unbounded counts and contradictions", "[disclosure][audit]")
{
    // 2a + 2b = 7 has real solutions but no integer ones: the integer program says so.
    LinearSystem odd;
    odd.addVariable("a");
    odd.addVariable("b");
    odd.equal({{0, 2}, {1, 2}}, 7);
    CHECK_FALSE(IntervalAudit::range(odd, {{0, 1}}));
    // 3a = b, b <= 10: a in [0, 3] (a = 3.33 is not a count).
    LinearSystem third;
    third.addVariable("a");
    third.addVariable("b");
    third.equal({{0, 3}, {1, -1}}, 0);
    third.require({{1, 1}}, std::nullopt, 10);
    const auto a = IntervalAudit::range(third, {{0, 1}});
    REQUIRE(a);
    CHECK(a->lower == 0);
    CHECK(a->upper == 3);
    // Nothing bounds c from above.
    LinearSystem free;
    free.addVariable("c");
    free.require({{0, 1}}, 5, std::nullopt);
    const auto c = IntervalAudit::range(free, {{0, 1}});
    REQUIRE(c);
    CHECK(c->lower == 5);
    CHECK_FALSE(c->upper);
    CHECK(km::SecondarySuppression::wideEnough(*c, 5));
}
