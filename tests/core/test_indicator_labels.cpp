#include "core/codebook/IndicatorLabels.h"
#include "core/indicators/IndicatorEngine.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

using km::IndicatorLabels;
using km::Language;

TEST_CASE("every indicator and distribution id has its own Dutch and English label", "[labels]")
{
    std::vector<std::string> ids = km::IndicatorEngine::proportionIds();
    // The brief's distribution ids.
    ids.insert(ids.end(), {"kenmerken.geschiedenis_jaren", "snelheid.melding_tot_overdracht",
                           "snelheid.melding_tot_hulp"});
    std::set<std::string> dutch, english;
    for (const std::string& id : ids) {
        INFO(id);
        const std::string nl = IndicatorLabels::label(id, Language::Dutch);
        const std::string en = IndicatorLabels::label(id, Language::English);
        CHECK(nl != id);   // an unknown id would come back unchanged
        CHECK(en != id);
        CHECK(dutch.insert(nl).second);    // no two indicators share a label
        CHECK(english.insert(en).second);
        const std::string group(IndicatorLabels::group(id));
        CHECK(std::find(IndicatorLabels::groups().begin(), IndicatorLabels::groups().end(), group)
              != IndicatorLabels::groups().end());
        CHECK(IndicatorLabels::groupLabel(group, Language::Dutch) != group);
    }
}

TEST_CASE("labels, groups and units read as written", "[labels]")
{
    CHECK(IndicatorLabels::label("kenmerken.minderjarigen", Language::Dutch) == "Minderjarigen in het huishouden");
    CHECK(IndicatorLabels::label("kenmerken.minderjarigen", Language::English) == "Minor children in the household");
    CHECK(IndicatorLabels::label("recidive.nieuw_geweld", Language::Dutch) == "Nieuw geweld binnen het venster");
    CHECK(IndicatorLabels::label("bestaat.niet", Language::Dutch) == "bestaat.niet");
    CHECK(IndicatorLabels::group("hulp.risicofactor.opvoeding") == "hulp");
    CHECK(IndicatorLabels::group("zonderpunt") == "zonderpunt");
    CHECK(IndicatorLabels::groups() == std::vector<std::string>{"kenmerken", "recidive", "uitval", "regie",
                                                                "plannen", "hulp", "snelheid"});
    CHECK(IndicatorLabels::groupLabel("snelheid", Language::English) == "Speed");
    CHECK(IndicatorLabels::unitLabel("dagen", Language::English) == "days");
    CHECK(IndicatorLabels::unitLabel("jaren", Language::Dutch) == "jaren");
}
