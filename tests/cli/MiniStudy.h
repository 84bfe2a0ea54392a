#pragma once

#include "tests/cli/TempDir.h"

#include <string>

namespace km::test {

/**
 * A two-case study (cohort MINI) small enough to work out every indicator by hand; the
 * expected values are derived in test_cli_indicators.cpp and test_cli_survival.cpp.
 *
 * M1: report 2020-01-10, follow-up to 2021-01-10, minors ja, richting kind|partner, aard
 *     unknown, vt_eerder ja, history ja (4,5 years), handover 2020-01-20 (10 days), casusregie
 *     ja, afstemming ja, plans allen/deels/geen. Two trajectories: jeugdhulp started
 *     2020-02-09 (30 days after the report) afgerond, opvoeding|psych_kind; ggz running since
 *     2019-12-01 (before the report) lopend, psych_volwassene. One event: 2020-06-01 (day 143)
 *     nieuw_geweld known to vt.
 * M2: report 2020-03-01, follow-up to 2021-03-01 (365 days), minors nee, richting partner,
 *     aard unknown, vt_eerder nee, history nee, handover 2020-03-31 (30 days), casusregie nee,
 *     veiligheidsplan geen, other plans unknown. One trajectory: lokaal_team niet_gestart,
 *     relatie_scheiding. One event: 2020-05-01 (day 61) nieuwe_zorgen known to beide.
 */
class MiniStudy
{
public:
    /** Writes the three CSV files into `dir`, imports them with the CLI, returns the study path. */
    static std::string create(const TempDir& dir);
};

} // namespace km::test
