#include "core/codebook/FieldLabels.h"

#include <array>

namespace km {

namespace {

struct Description
{
    TableKind table;
    std::string_view field;
    std::string_view dutch;
    std::string_view english;
};

constexpr std::array descriptions{
    Description{TableKind::Casussen, "casus_id", "pseudoniem van de casus", "pseudonymous code of the case"},
    Description{TableKind::Casussen, "cohort", "steekproef van de casus", "sample the case belongs to"},
    Description{TableKind::Casussen, "regio", "regio of gemeente", "sub-region or municipality"},
    Description{TableKind::Casussen, "melddatum", "datum van de melding bij Veilig Thuis", "date of the report to Veilig Thuis"},
    Description{TableKind::Casussen, "einde_followup", "einde van de observatieperiode", "end of the observation period"},
    Description{TableKind::Casussen, "minderjarigen", "minderjarige kinderen in het huishouden", "minor children in the household"},
    Description{TableKind::Casussen, "richting", "richting van het geweld", "direction of the violence"},
    Description{TableKind::Casussen, "aard", "aard van het geweld", "nature of the violence"},
    Description{TableKind::Casussen, "vt_eerder_betrokken", "Veilig Thuis eerder betrokken", "Veilig Thuis involved before"},
    Description{TableKind::Casussen, "geweldsgeschiedenis", "bekende geweldsgeschiedenis", "known history of violence"},
    Description{TableKind::Casussen, "geschiedenis_jaren", "duur van die geschiedenis in jaren", "length of that history in years"},
    Description{TableKind::Casussen, "datum_overdracht", "datum van overdracht door Veilig Thuis", "date Veilig Thuis handed the case over"},
    Description{TableKind::Casussen, "casusregie", "één partij had de casusregie", "one party held case coordination"},
    Description{TableKind::Casussen, "afstemming", "trajecten onderling afgestemd", "trajectories coordinated with each other"},
    Description{TableKind::Casussen, "veiligheidsplan", "veiligheidsplan bekend bij de partijen", "safety plan known to the parties"},
    Description{TableKind::Casussen, "hulpverleningsplan", "hulpverleningsplan bekend bij de partijen", "help plan known to the parties"},
    Description{TableKind::Casussen, "herstelplan", "herstelplan bekend bij de partijen", "recovery plan known to the parties"},
    Description{TableKind::Trajecten, "casus_id", "casus waar het traject bij hoort", "case the trajectory belongs to"},
    Description{TableKind::Trajecten, "aanbieder", "soort aanbieder", "kind of provider"},
    Description{TableKind::Trajecten, "doelgroep", "voor wie de hulp was", "who the help was for"},
    Description{TableKind::Trajecten, "startdatum", "begin van de hulp", "start of the help"},
    Description{TableKind::Trajecten, "einddatum", "einde van de hulp", "end of the help"},
    Description{TableKind::Trajecten, "afloop", "hoe het traject afliep", "how the trajectory ended"},
    Description{TableKind::Trajecten, "risicofactoren", "risicofactoren die de hulp aanpakte", "risk factors the help addressed"},
    Description{TableKind::Gebeurtenissen, "casus_id", "casus waar de gebeurtenis bij hoort", "case the event belongs to"},
    Description{TableKind::Gebeurtenissen, "datum", "datum van de gebeurtenis", "date of the event"},
    Description{TableKind::Gebeurtenissen, "soort", "nieuw geweld of nieuwe zorgen", "new violence or new concerns"},
    Description{TableKind::Gebeurtenissen, "bekend_bij", "wie ervan wist", "who knew of it"},
};

} // namespace

std::string FieldLabels::description(TableKind table, std::string_view field, Language language)
{
    for (const Description& d : descriptions)
        if (d.table == table && d.field == field)
            return std::string(language == Language::Dutch ? d.dutch : d.english);
    return {};
}

} // namespace km
