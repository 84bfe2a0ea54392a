#include "core/codebook/IndicatorLabels.h"

#include <array>

namespace km {

namespace {

struct LabelEntry
{
    std::string_view key;
    std::string_view dutch;
    std::string_view english;
};

constexpr std::array indicatorLabels{
    LabelEntry{"kenmerken.minderjarigen", "Minderjarigen in het huishouden", "Minor children in the household"},
    LabelEntry{"kenmerken.richting.kind", "Geweld gericht tegen kinderen", "Violence against children"},
    LabelEntry{"kenmerken.richting.partner", "Geweld gericht tegen (ex-)partner", "Violence against an (ex-)partner"},
    LabelEntry{"kenmerken.richting.oudere", "Geweld gericht tegen een oudere", "Violence against an elderly person"},
    LabelEntry{"kenmerken.richting.ouder", "Geweld van kind tegen ouder", "Violence by a child against a parent"},
    LabelEntry{"kenmerken.richting.overig", "Geweld met een andere richting", "Violence in another direction"},
    LabelEntry{"kenmerken.aard.psychisch", "Psychisch geweld", "Psychological violence"},
    LabelEntry{"kenmerken.aard.fysiek", "Fysiek geweld", "Physical violence"},
    LabelEntry{"kenmerken.aard.seksueel", "Seksueel geweld", "Sexual violence"},
    LabelEntry{"kenmerken.aard.verwaarlozing", "Verwaarlozing", "Neglect"},
    LabelEntry{"kenmerken.aard.financieel", "Financieel geweld", "Financial abuse"},
    LabelEntry{"kenmerken.aard.stalking", "Stalking", "Stalking"},
    LabelEntry{"kenmerken.vt_eerder_betrokken", "Veilig Thuis eerder betrokken", "Veilig Thuis involved before"},
    LabelEntry{"kenmerken.geweldsgeschiedenis", "Geweldsgeschiedenis bekend", "Known history of violence"},
    LabelEntry{"recidive.nieuw_geweld", "Nieuw geweld binnen het venster", "New violence within the window"},
    LabelEntry{"recidive.nieuwe_zorgen", "Nieuwe zorgen binnen het venster", "New concerns within the window"},
    LabelEntry{"recidive.bekend_bij_een_partij", "Nieuwe meldingen bekend bij één partij",
               "New events known to only one party"},
    LabelEntry{"uitval.trajecten", "Beëindigde trajecten voortijdig gestopt", "Ended trajectories stopped early"},
    LabelEntry{"uitval.casussen", "Casussen met een voortijdig gestopt traject", "Cases with a trajectory stopped early"},
    LabelEntry{"uitval.voldoende_doorlopen", "Gestarte trajecten voldoende doorlopen", "Started trajectories completed"},
    LabelEntry{"uitval.niet_gestart", "Trajecten niet gestart", "Trajectories that never started"},
    LabelEntry{"regie.casusregie", "Casusregie belegd", "Case coordination in place"},
    LabelEntry{"regie.afstemming", "Afstemming tussen trajecten (2 of meer)",
               "Coordination between trajectories (2 or more)"},
    LabelEntry{"plannen.veiligheidsplan", "Veiligheidsplan bekend bij alle partijen", "Safety plan known to all parties"},
    LabelEntry{"plannen.hulpverleningsplan", "Hulpverleningsplan bekend bij alle partijen", "Help plan known to all parties"},
    LabelEntry{"plannen.herstelplan", "Herstelplan bekend bij alle partijen", "Recovery plan known to all parties"},
    LabelEntry{"hulp.risicofactor.opvoeding", "Hulp gericht op opvoeding en opgroeien", "Help aimed at parenting and growing up"},
    LabelEntry{"hulp.risicofactor.relatie_scheiding", "Hulp gericht op relatie en scheiding",
               "Help aimed at relationship and divorce"},
    LabelEntry{"hulp.risicofactor.psych_kind", "Hulp gericht op psychische problemen kind",
               "Help aimed at a child's psychological problems"},
    LabelEntry{"hulp.risicofactor.geweldsgeschiedenis", "Hulp gericht op geweldsgeschiedenis",
               "Help aimed at the history of violence"},
    LabelEntry{"hulp.risicofactor.psych_volwassene", "Hulp gericht op psychische problemen volwassene",
               "Help aimed at an adult's psychological problems"},
    LabelEntry{"hulp.risicofactor.verslaving", "Hulp gericht op verslaving", "Help aimed at addiction"},
    LabelEntry{"hulp.risicofactor.financien_werk", "Hulp gericht op financiën en werk", "Help aimed at finances and work"},
    LabelEntry{"hulp.risicofactor.overig", "Hulp gericht op andere risicofactoren", "Help aimed at other risk factors"},
    LabelEntry{"kenmerken.geschiedenis_jaren", "Duur van de geweldsgeschiedenis", "Length of the history of violence"},
    LabelEntry{"snelheid.melding_tot_overdracht", "Van melding tot overdracht", "From report to handover"},
    LabelEntry{"snelheid.melding_tot_hulp", "Van melding tot start van de hulp", "From report to start of help"},
};

constexpr std::array groupLabels{
    LabelEntry{"kenmerken", "Kenmerken van de casussen", "Case characteristics"},
    LabelEntry{"recidive", "Recidive", "Recurrence"},
    LabelEntry{"uitval", "Uitval", "Dropout"},
    LabelEntry{"regie", "Regie en afstemming", "Coordination"},
    LabelEntry{"plannen", "Plannen", "Plans"},
    LabelEntry{"hulp", "Hulp gericht op risicofactoren", "Help aimed at risk factors"},
    LabelEntry{"snelheid", "Snelheid", "Speed"},
};

constexpr std::array unitLabels{
    LabelEntry{"dagen", "dagen", "days"},
    LabelEntry{"jaren", "jaren", "years"},
};

template<std::size_t N>
std::string lookup(const std::array<LabelEntry, N>& entries, std::string_view key, Language language)
{
    for (const LabelEntry& entry : entries)
        if (entry.key == key)
            return std::string(language == Language::Dutch ? entry.dutch : entry.english);
    return std::string(key);
}

} // namespace

std::string IndicatorLabels::label(std::string_view id, Language language)
{
    return lookup(indicatorLabels, id, language);
}

std::string_view IndicatorLabels::group(std::string_view id)
{
    return id.substr(0, id.find('.'));
}

const std::vector<std::string>& IndicatorLabels::groups()
{
    static const std::vector<std::string> order{"kenmerken", "recidive", "uitval", "regie",
                                                "plannen", "hulp", "snelheid"};
    return order;
}

std::string IndicatorLabels::groupLabel(std::string_view group, Language language)
{
    return lookup(groupLabels, group, language);
}

std::string IndicatorLabels::unitLabel(std::string_view unit, Language language)
{
    return lookup(unitLabels, unit, language);
}

} // namespace km
