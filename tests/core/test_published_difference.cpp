#include "core/csv/CsvDialect.h"
#include "core/disclosure/ComparisonCsv.h"
#include "core/disclosure/Publication.h"
#include "core/disclosure/PublishedDifference.h"

#include <catch2/catch.hpp>

namespace {

// 44 cases; bekend bij één partij 10 of 44 (all cases with an event): next to the case count its
// denominator gives the 0 cases without an event away, so Publication hides it whole ("x"),
// a secondary suppression that the policy alone (primary suppression) does not know of.
km::IndicatorSet selection(const std::string& cohort, std::int64_t violence)
{
    km::IndicatorSet set;
    set.selection = km::Selection{{cohort}, std::nullopt, std::nullopt};
    set.cases = 44;
    set.proportions = {km::Proportion::make("recidive.nieuw_geweld", violence, 44, 0),
                       km::Proportion::make("recidive.bekend_bij_een_partij", 10, 44, 0)};
    return set;
}

} // namespace

TEST_CASE("published difference: each side as its published table shows it, secondary suppression included",
          "[disclosure]")
{
    const km::Publication publication =
        km::Publication::of({selection("A", 22), selection("B", 11)}, km::SmallCellPolicy{5});
    const std::vector<km::PublishedDifference> rows =
        km::PublishedDifference::build(publication.selections[0], publication.selections[1]);
    REQUIRE(rows.size() == 2);
    // 22/44 - 11/44 = 50% - 25% = 25 points, both sides shown.
    CHECK(rows[0].value.id == "recidive.nieuw_geweld");
    CHECK_FALSE(rows[0].suppressed);
    REQUIRE(rows[0].value.difference);
    CHECK(*rows[0].value.difference == Approx(25.0));
    CHECK(rows[0].a.numeratorText == "22");
    // 10/44 on both sides, no primary suppression, but hidden whole: no difference next to it.
    CHECK(rows[1].value.id == "recidive.bekend_bij_een_partij");
    CHECK(rows[1].suppressed);
    CHECK(rows[1].a.numeratorText == "x");
    CHECK(rows[1].b.denominatorText == "x");
    CHECK_FALSE(rows[1].value.difference);
    CHECK_FALSE(rows[1].value.pFisher);
    const std::string csv = km::ComparisonCsv::write(rows, "A, B", "afgeschermd", km::Language::Dutch,
                                                     km::CsvDialect::machine());
    CHECK(csv.find("recidive.bekend_bij_een_partij,Nieuwe meldingen bekend bij één partij,x,x,,x,x,,,,,,1\n")
          != std::string::npos);
}
