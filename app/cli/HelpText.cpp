#include "app/cli/HelpText.h"

#include "core/Version.h"

namespace km::cli {

namespace {

constexpr const char* exitCodes = R"(
Afsluitcodes:
  0  gelukt
  1  fouten in de invoerbestanden (import): er is niets geïmporteerd
  2  verkeerd gebruik: onbekende optie, ontbrekend argument, ongeldig getal,
     onbekend cohort of onbekende regio
  3  het studiebestand kan niet worden geopend, of een andere fout
)";

constexpr const char* formatOption =
    "  --format table|json|csv   uitvoer als tabel (standaard), JSON of CSV\n";

std::string page(std::string body)
{
    return body + exitCodes;
}

} // namespace

std::string HelpText::overview()
{
    return page(R"(Ketenmonitor (opdrachtregel): indicatoren van een casusreconstructie-onderzoek
naar huiselijk geweld, volgens het codeboek van Ketenmonitor.

Gebruik:
  ketenmonitor-cli import STUDIE.db --casussen BESTAND [--trajecten BESTAND] [--gebeurtenissen BESTAND]
  ketenmonitor-cli import STUDIE.db WERKBOEK.xlsx|WERKBOEK.ods|BESTAND.sav... [--mapping BESTAND]
  ketenmonitor-cli indicators [STUDIE.db] [--cohort NAAM]... [--regio NAAM] [--window-months N] [--format F]
  ketenmonitor-cli compare [STUDIE.db] --cohort A --cohort B [--regio NAAM] [--window-months N] [--format F]
  ketenmonitor-cli survival [STUDIE.db] --soort nieuw_geweld|nieuwe_zorgen [--cohort NAAM]... [--regio NAAM] [--format F]
  ketenmonitor-cli report [STUDIE.db] --out BESTAND.pdf|.odt|.html [--cohort NAAM]... [--lang nl|en] [--min-cell N]
  ketenmonitor-cli export [STUDIE.db] --out MAP [--cohort NAAM]... [--lang nl|en] [--min-cell N]
  ketenmonitor-cli delete-cohort STUDIE.db --cohort NAAM
  ketenmonitor-cli OPDRACHT --help     uitleg bij één opdracht
  ketenmonitor-cli --version           de versie van het programma

Zonder STUDIE.db gebruiken indicators, compare en survival de ingebouwde demostudie: verzonnen
(synthetische) casussen in de cohorten NHN-2019 en NHN-2023.

Voorbeelden:
  ketenmonitor-cli indicators
  ketenmonitor-cli import studie.db --casussen casussen.csv --trajecten trajecten.csv
  ketenmonitor-cli indicators studie.db --cohort NHN-2019 --format json
  ketenmonitor-cli compare --cohort NHN-2019 --cohort NHN-2023
)");
}

std::string HelpText::command(Command command)
{
    switch (command) {
    case Command::Import:
        return page(R"(ketenmonitor-cli import STUDIE.db --casussen BESTAND [--trajecten BESTAND] [--gebeurtenissen BESTAND]
ketenmonitor-cli import STUDIE.db BESTAND... [--mapping BESTAND]

Controleert de bestanden volgens het codeboek en neemt ze op in het studiebestand (dat wordt
gemaakt als het nog niet bestaat). Alles of niets: bij één fout wordt niets geïmporteerd en
blijft het studiebestand zoals het was. Elke fout noemt bestand, regel en kolom.

Een bestand mag CSV, een Excel-werkboek (.xlsx), een LibreOffice-werkboek (.ods) of een
SPSS-bestand (.sav, .zsav) zijn; de inhoud bepaalt hoe het wordt gelezen. Een werkboek na
STUDIE.db levert al zijn bladen casussen, trajecten en gebeurtenissen; een CSV- of SPSS-bestand
na STUDIE.db is de tabel die de bestandsnaam noemt (casussen.sav).

Opties:
  --casussen BESTAND        de casussen (verplicht zonder werkboek of casussen-bestand)
  --trajecten BESTAND       de hulptrajecten
  --gebeurtenissen BESTAND  nieuwe gebeurtenissen na de melding
  --mapping BESTAND         eigen kolomnamen en waarden koppelen aan het codeboek
                            (zie docs/import-mapping.md)

Voorbeelden:
  ketenmonitor-cli import studie.db --casussen casussen.csv --trajecten trajecten.csv --gebeurtenissen gebeurtenissen.csv
  ketenmonitor-cli import studie.db onderzoek.xlsx --mapping koppeling.csv
)");
    case Command::Indicators:
        return page(std::string(R"(ketenmonitor-cli indicators [STUDIE.db] [--cohort NAAM]... [--regio NAAM] [--window-months N] [--format F]

Berekent alle indicatoren van het codeboek: teller, noemer, aantal onbekend, percentage en het
95%-betrouwbaarheidsinterval (Wilson), en de verdelingen (aantal, gemiddelde, mediaan, kwartielen).
Zonder --cohort één blok per cohort; met --cohort één blok voor de gekozen cohorten samen.
Zonder STUDIE.db: de ingebouwde (synthetische) demostudie.

Opties:
  --cohort NAAM             alleen dit cohort (mag vaker: de cohorten samen)
  --regio NAAM              alleen casussen uit deze regio
  --window-months N         recidive alleen binnen N maanden na de melding
)") + formatOption + R"(
Voorbeelden:
  ketenmonitor-cli indicators
  ketenmonitor-cli indicators studie.db --cohort NHN-2019 --window-months 24 --format json
  ketenmonitor-cli indicators --cohort NHN-2019 --cohort NHN-2023 --regio Alkmaar
)");
    case Command::Compare:
        return page(std::string(R"(ketenmonitor-cli compare [STUDIE.db] --cohort A --cohort B [--regio NAAM] [--window-months N] [--format F]

Vergelijkt twee cohorten per indicator: het verschil A - B in procentpunten met een
95%-betrouwbaarheidsinterval (Newcombe) en de p-waarde van Fisher's exacte toets. In de tabel
staat een * bij verschillen waarvan het interval 0 niet bevat.

Opties:
  --cohort NAAM             precies twee keer: eerst A, dan B
  --regio NAAM              alleen casussen uit deze regio
  --window-months N         recidive alleen binnen N maanden na de melding
)") + formatOption + R"(
Voorbeeld:
  ketenmonitor-cli compare --cohort NHN-2023 --cohort NHN-2019
)");
    case Command::Survival:
        return page(std::string(R"(ketenmonitor-cli survival [STUDIE.db] --soort nieuw_geweld|nieuwe_zorgen [--cohort NAAM]... [--regio NAAM] [--format F]

Kaplan-Meier: de kans dat er nog geen nieuw geweld (of nieuwe zorgen) is, per dag na de
melding, gecensureerd op het einde van de follow-up. Zonder --cohort één curve per cohort;
met --cohort één curve per genoemd cohort.

Opties:
  --soort SOORT             nieuw_geweld of nieuwe_zorgen (verplicht)
  --cohort NAAM             een curve voor dit cohort (mag vaker)
  --regio NAAM              alleen casussen uit deze regio
)") + formatOption + R"(
Voorbeeld:
  ketenmonitor-cli survival --soort nieuw_geweld --format csv
)");
    case Command::Report:
    case Command::Export:
        return page(std::string(command == Command::Report
            ? "ketenmonitor-cli report [STUDIE.db] --out BESTAND [--cohort NAAM]... [--regio NAAM] [--window-months N]\n"
              "    [--lang nl|en] [--min-cell N --round-counts N | --no-suppression] [--overwrite]\n\n"
              "Schrijft een rapport (.pdf, .odt of .html, naar de extensie van BESTAND): datum, versie, inhoudshash\n"
              "van de studie, selectie, methode, per indicatorgroep een tabel en een grafiek, een vergelijking\n"
              "bij twee cohorten en de herkomst van de gegevens.\n"
            : "ketenmonitor-cli export [STUDIE.db] --out MAP [--cohort NAAM]... [--regio NAAM] [--window-months N]\n"
              "    [--lang nl|en] [--csv nl|int] [--min-cell N --round-counts N | --no-suppression] [--overwrite]\n\n"
              "Schrijft in MAP per indicatorgroep de grafiek als PNG en SVG en de tabel als CSV, alle tabellen\n"
              "in één Excel-werkmap (ketenmonitor.xlsx) en toelichting.txt. De CSV-bestanden (docs/export-formats.md)\n"
              "hebben met --csv nl puntkomma's en een decimale komma (Excel in het Nederlands), met --csv int\n"
              "komma's en een decimale punt; standaard nl bij --lang nl en int bij --lang en.\n") + R"(
Zonder --cohort één reeks per cohort van de studie; met --cohort één reeks per genoemd cohort.
Kleine aantallen worden afgeschermd: een aantal onder N (standaard 5, zie docs/disclosure.md)
staat er als "<N", zonder percentage en interval. Alleen met --no-suppression staat alles erin,
en dan staat op elke pagina en elk werkblad "intern".

Opties:
  --out PAD                 het rapport (report) of de map (export), verplicht
  --cohort NAAM             een reeks voor dit cohort (mag vaker; twee geven een vergelijking)
  --regio NAAM              alleen casussen uit deze regio
  --window-months N         recidive alleen binnen N maanden na de melding
  --lang nl|en              taal van rapport en figuren (standaard nl)
  --csv nl|int              export: CSV met ; en 4,5 (nl) of met , en 4.5 (int)
  --min-cell N              drempel voor kleine aantallen (standaard 5)
  --round-counts N          alle aantallen afronden op veelvouden van N (bijvoorbeeld 5), percentages
                            uit de afgeronde aantallen
  --no-suppression          niets afschermen: alleen voor intern gebruik
  --overwrite               ook een ander studiebestand of een symbolische koppeling op die plek
                            vervangen (de koppeling zelf, niet waar zij naar wijst)

Elk bestand wordt eerst naast de bestemming geschreven en pas als het volledig op schijf staat
onder zijn naam gezet (een export: alle bestanden of geen); een eerder bestand blijft anders
ongewijzigd. Het geopende studiebestand, een map of een bestand van een andere soort wordt nooit
overschreven. De bestanden krijgen rechten 0600. Lukt het schrijven niet (schijf vol), dan
afsluitcode 3.

Voorbeeld:
  ketenmonitor-cli report --out rapport.pdf
  ketenmonitor-cli export studie.db --out figuren --cohort NHN-2019 --cohort NHN-2023
)");
    case Command::DeleteCohort:
        return page(R"(ketenmonitor-cli delete-cohort STUDIE.db --cohort NAAM

Verwijdert alle casussen van één cohort uit het studiebestand, met hun trajecten, gebeurtenissen
en extra kolommen, in één keer (alles of niets). De verwijderde gegevens worden in het bestand
overschreven. Het importlogboek (welke bestanden wanneer zijn ingelezen) blijft bewaard.

Opties:
  --cohort NAAM             het cohort dat verwijderd wordt (verplicht, precies één)

Voorbeeld:
  ketenmonitor-cli delete-cohort studie.db --cohort NHN-2019
)");
    default:
        return overview();
    }
}

std::string HelpText::version()
{
    return std::string("ketenmonitor-cli ") + programVersion + "\n";
}

} // namespace km::cli
