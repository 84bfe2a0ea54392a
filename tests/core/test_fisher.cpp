#include "core/stats/FisherExact.h"

#include <catch2/catch.hpp>

using km::stats::fisherExactTwoSided;

// Expected values, unless noted: python3, exact integers. With margins fixed the weight of the
// table with top-left cell x is comb(col1, x) * comb(col2, row1 - x); p = the sum of the weights
// w(x) <= w(obs) * (1 + 1e-7) (R's fisher.test rule, compared as Fractions) / comb(N, row1).

TEST_CASE("Fisher exact test on small tables", "[stats][fisher]")
{
    // Fisher's tea-tasting table; R: fisher.test(matrix(c(3, 1, 1, 3), 2))$p.value = 0.4857 = 17/35
    CHECK(fisherExactTwoSided(3, 1, 1, 3) == Approx(17.0 / 35).epsilon(1e-14));
    CHECK(fisherExactTwoSided(1, 3, 3, 1) == Approx(17.0 / 35).epsilon(1e-14));
    // python3: 83/4199, 83629/520659, 667/12261, 1063/46189
    CHECK(fisherExactTwoSided(9, 1, 3, 7) == Approx(83.0 / 4199).epsilon(1e-13));
    CHECK(fisherExactTwoSided(5, 51, 0, 29) == Approx(83629.0 / 520659).epsilon(1e-13));
    CHECK(fisherExactTwoSided(7, 27, 1, 33) == Approx(667.0 / 12261).epsilon(1e-13));
    CHECK(fisherExactTwoSided(2, 8, 8, 2) == Approx(1063.0 / 46189).epsilon(1e-13));
    // python3: 0.012521129749209154 (denominator too large to write as a fraction here)
    CHECK(fisherExactTwoSided(56, 14, 48, 32) == Approx(0.012521129749209154).epsilon(1e-12));
}

TEST_CASE("Fisher exact test counts tied tables on the other side", "[stats][fisher]")
{
    // Both extreme tables have probability 1 / comb(20, 10): p = 2 / 184756 = 1 / 92378
    CHECK(fisherExactTwoSided(10, 0, 0, 10) == Approx(1.0 / 92378).epsilon(1e-13));
    CHECK(fisherExactTwoSided(0, 10, 10, 0) == Approx(1.0 / 92378).epsilon(1e-13));
}

TEST_CASE("Fisher exact test is 1 for equal proportions and degenerate margins", "[stats][fisher]")
{
    CHECK(fisherExactTwoSided(5, 5, 5, 5) == 1.0);
    CHECK(fisherExactTwoSided(5, 5, 10, 10) == 1.0);
    CHECK(fisherExactTwoSided(2, 3, 4, 6) == 1.0);
    CHECK(fisherExactTwoSided(1, 0, 0, 1) == 1.0);   // both tables have probability 1/2
    // a zero margin leaves a single table
    CHECK(fisherExactTwoSided(0, 0, 5, 7) == 1.0);
    CHECK(fisherExactTwoSided(4, 0, 6, 0) == 1.0);
    CHECK(fisherExactTwoSided(0, 5, 0, 5) == 1.0);
    CHECK(fisherExactTwoSided(1, 0, 0, 0) == 1.0);
    CHECK(fisherExactTwoSided(0, 0, 0, 0) == 1.0);
    CHECK(fisherExactTwoSided(500000, 500000, 500000, 500000) == 1.0);  // python3 Decimal below: 1
}

TEST_CASE("Fisher exact test on large tables", "[stats][fisher]")
{
    // python3 exact (Fraction / math.comb over the whole support)
    CHECK(fisherExactTwoSided(2100, 7900, 2000, 8000) == Approx(0.082902500645829658).epsilon(1e-10));
    CHECK(fisherExactTwoSided(2400, 7600, 2000, 8000) == Approx(9.4611654650552102e-12).epsilon(1e-10));

    // Two national cohorts of a million. python3: weights relative to x = lo by the term ratio
    // (r1 - x)(c1 - x) / ((x + 1)(c2 - r1 + x + 1)) in 60-digit Decimal (no underflow), same
    // rule; it agrees with the exact Fraction result on the two tables above to 1e-16.
    CHECK(fisherExactTwoSided(21000, 979000, 20000, 980000)
          == Approx(6.1864845038086427e-7).epsilon(1e-9));
    CHECK(fisherExactTwoSided(20500, 979500, 20000, 980000)
          == Approx(0.012242704680020534).epsilon(1e-9));
    CHECK(fisherExactTwoSided(300000, 700000, 310000, 690000)
          == Approx(3.1792248245868884e-53).epsilon(1e-8));
    CHECK(fisherExactTwoSided(25000, 975000, 20000, 980000)
          == Approx(8.1261805522666225e-126).epsilon(1e-8));
}

TEST_CASE("Fisher exact test underflows to 0 beyond double range, as R does", "[stats][fisher]")
{
    // p = 2 / comb(2000000, 1000000), about 1e-602057: R's exp(d - max(d)) gives 0 as well.
    CHECK(fisherExactTwoSided(1000000, 0, 0, 1000000) == 0.0);
}
