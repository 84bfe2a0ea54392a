// The relations PublicationModel assumes must hold for every study the engine can see: on random
// studies the published tables are consistent with them (the audit finds a solution, none is
// withheld for a contradiction), and every audited interval holds the true count.
#include "IndicatorFixture.h"

#include "core/disclosure/IntervalAudit.h"
#include "core/disclosure/Publication.h"
#include "core/disclosure/PublicationModel.h"

#include <catch2/catch.hpp>

#include <random>

using km::test::IndicatorFixture;

namespace {

std::string pick(std::mt19937& random, std::initializer_list<const char*> values)
{
    std::uniform_int_distribution<std::size_t> index(0, values.size() - 1);
    return *(values.begin() + index(random));
}

// A "|"-joined random subset of `values`, or "" (unknown).
std::string subset(std::mt19937& random, std::initializer_list<const char*> values)
{
    std::string text;
    for (const char* v : values)
        if (random() % 3 == 0)
            text += (text.empty() ? "" : "|") + std::string(v);
    return text;
}

std::string day(int offset)
{
    // 2019-01-01 plus offset days, offset < 700 (2019-2020, 2020 a leap year).
    static const int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int month = 0;
    while (offset >= lengths[month])
        offset -= lengths[month++];
    const auto two = [](int n) { return (n < 10 ? "0" : "") + std::to_string(n); };
    return std::to_string(2019 + month / 12) + "-" + two(month % 12 + 1) + "-" + two(offset + 1);
}

void fill(IndicatorFixture& f, std::mt19937& random, int cases)
{
    for (int i = 0; i < cases; ++i) {
        const bool history = random() % 2 == 0;
        IndicatorFixture::Fields fields{{"minderjarigen", pick(random, {"ja", "nee", ""})},
                                        {"richting", subset(random, {"kind", "partner", "oudere", "ouder", "overig"})},
                                        {"aard", subset(random, {"psychisch", "fysiek", "seksueel", "stalking"})},
                                        {"geweldsgeschiedenis", random() % 5 == 0 ? "" : history ? "ja" : "nee"},
                                        {"casusregie", pick(random, {"ja", "nee", ""})},
                                        {"afstemming", pick(random, {"ja", "nee", ""})},
                                        {"veiligheidsplan", pick(random, {"geen", "deels", "allen", ""})},
                                        {"regio", pick(random, {"Noord", "Zuid", ""})}};
        if (history && fields[3].second == "ja" && random() % 4 != 0)
            fields.emplace_back("geschiedenis_jaren", std::to_string(random() % 20));
        if (random() % 4 != 0)
            fields.emplace_back("datum_overdracht", day(10 + static_cast<int>(random() % 60)));
        const std::int64_t c = f.addCase(day(5), day(600), fields);
        for (int t = static_cast<int>(random() % 4); t > 0; --t) {
            IndicatorFixture::Fields trajectory{
                {"afloop", pick(random, {"afgerond", "voortijdig_client", "voortijdig_aanbieder", "niet_gestart", "lopend",
                                         "onbekend", ""})},
                {"risicofactoren", subset(random, {"opvoeding", "relatie_scheiding", "verslaving", "overig"})}};
            if (random() % 3 != 0)
                trajectory.emplace_back("startdatum", day(static_cast<int>(random() % 200)));
            f.addTrajectory(c, trajectory);
        }
        for (int e = static_cast<int>(random() % 3); e > 0; --e)
            f.addEvent(c, day(6 + static_cast<int>(random() % 590)),
                       {{"soort", pick(random, {"nieuw_geweld", "nieuwe_zorgen", ""})},
                        {"bekend_bij", pick(random, {"vt", "hulpverlening", "beide", ""})}});
    }
}

} // namespace

TEST_CASE("disclosure model: the relations hold on random studies, and the audit never excludes the truth", "[disclosure]")
{
    std::mt19937 random(20261204);
    for (int study = 0; study < 6; ++study) {
        IndicatorFixture f;
        fill(f, random, 8 + static_cast<int>(random() % 60));
        for (const km::Selection& selection :
             {km::Selection{}, km::Selection{{}, std::string("Noord"), std::nullopt}, km::Selection{{}, std::nullopt, 6}}) {
            const km::IndicatorSet set = f.compute(selection);
            INFO("study " << study << ", " << selection.label() << ", " << set.cases << " cases");
            // Everything published (no suppression) is one point: the system must contain it.
            km::SuppressionPlan shown;
            shown.proportions.assign(set.proportions.size(), km::Suppression::None);
            shown.distributions.assign(set.distributions.size(), km::Suppression::None);
            const km::PublicationModel all(set, shown, km::SmallCellPolicy{5});
            REQUIRE(km::IntervalAudit::range(all.system(), {{0, 1}}));
            const km::PublishedSelection published = km::Publication::of({set}, km::SmallCellPolicy{5}).selections.front();
            // Below 5 cases nothing is published; a tiny selection may also be withheld when no
            // suppression protects it, a larger one is not.
            if (set.cases < 5)
                CHECK(published.release == km::Release::Withheld);
            if (set.cases >= 20)
                CHECK(published.release == km::Release::Published);
            for (const km::AuditedCount& a : published.audit) {
                INFO(a.name << " = " << a.value);
                CHECK(a.interval.lower <= a.value);
                CHECK((!a.interval.upper || a.value <= *a.interval.upper));
            }
        }
    }
}
