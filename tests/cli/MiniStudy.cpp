#include "tests/cli/MiniStudy.h"

#include "tests/cli/CliRunner.h"

#include <stdexcept>

namespace km::test {

std::string MiniStudy::create(const TempDir& dir)
{
    const std::string casussen = dir.write("mini_casussen.csv",
        "casus_id,cohort,regio,melddatum,einde_followup,minderjarigen,richting,aard,vt_eerder_betrokken,"
        "geweldsgeschiedenis,geschiedenis_jaren,datum_overdracht,casusregie,afstemming,veiligheidsplan,"
        "hulpverleningsplan,herstelplan\n"
        "M1,MINI,Alkmaar,2020-01-10,2021-01-10,ja,kind|partner,,ja,ja,\"4,5\",2020-01-20,ja,ja,allen,deels,geen\n"
        "M2,MINI,Alkmaar,2020-03-01,2021-03-01,nee,partner,,nee,nee,,2020-03-31,nee,,geen,,\n");
    const std::string trajecten = dir.write("mini_trajecten.csv",
        "casus_id,aanbieder,doelgroep,startdatum,einddatum,afloop,risicofactoren\n"
        "M1,jeugdhulp,kind,2020-02-09,2020-08-01,afgerond,opvoeding|psych_kind\n"
        "M1,ggz,volwassene,2019-12-01,,lopend,psych_volwassene\n"
        "M2,lokaal_team,systeem,,,niet_gestart,relatie_scheiding\n");
    const std::string gebeurtenissen = dir.write("mini_gebeurtenissen.csv",
        "casus_id,datum,soort,bekend_bij\n"
        "M1,2020-06-01,nieuw_geweld,vt\n"
        "M2,2020-05-01,nieuwe_zorgen,beide\n");
    const std::string study = dir.file("mini.db");
    const CliResult result = CliRunner::run({"import", study, "--casussen", casussen, "--trajecten", trajecten,
                                             "--gebeurtenissen", gebeurtenissen});
    if (result.exitCode != 0)
        throw std::runtime_error("mini study import failed: " + result.err);
    return study;
}

} // namespace km::test
