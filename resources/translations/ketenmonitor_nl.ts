<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>Everything done with the data of this study: imports, deleted cohorts, reports, exports and upgrades of the study file. The log is kept in the study file and cannot be changed here.</source>
        <translation>Alles wat met de gegevens van deze studie is gedaan: imports, verwijderde cohorten, rapporten, exports en omzettingen van het studiebestand. Het logboek staat in het studiebestand en kan hier niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>Open or create a study first.</source>
        <translation>Open of maak eerst een studie.</translation>
    </message>
    <message>
        <source>The log could not be read:
%1</source>
        <translation>Het logboek kon niet worden gelezen:
%1</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle handelingen</translation>
    </message>
    <message>
        <source>Filter on any column…</source>
        <translation>Filteren op elke kolom…</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>cohort deleted</source>
        <translation>cohort verwijderd</translation>
    </message>
    <message>
        <source>report</source>
        <translation>rapport</translation>
    </message>
    <message>
        <source>figures exported</source>
        <translation>figuren geëxporteerd</translation>
    </message>
    <message>
        <source>study file upgraded</source>
        <translation>studiebestand omgezet</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Selectie</translation>
    </message>
    <message>
        <source>Small numbers hidden</source>
        <translation>Kleine aantallen afgeschermd</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>copied to the clipboard</source>
        <translation>naar het klembord gekopieerd</translation>
    </message>
</context>
<context>
    <name>CaseChainView</name>
    <message>
        <source>Report</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Report to Veilig Thuis: %1</source>
        <translation>Melding bij Veilig Thuis: %1</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Overdracht</translation>
    </message>
    <message>
        <source>Handover: %1</source>
        <translation>Overdracht: %1</translation>
    </message>
    <message>
        <source>End of follow-up</source>
        <translation>Einde follow-up</translation>
    </message>
    <message>
        <source>End of follow-up: %1</source>
        <translation>Einde follow-up: %1</translation>
    </message>
    <message>
        <source>Select a case in the table to see its chain.</source>
        <translation>Kies een casus in de tabel om de keten te zien.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>reported %1</source>
        <translation>gemeld %1</translation>
    </message>
    <message>
        <source>handed over after %1</source>
        <translation>overgedragen na %1</translation>
    </message>
    <message>
        <source>no handover</source>
        <translation>geen overdracht</translation>
    </message>
    <message>
        <source>follow-up %1</source>
        <translation>follow-up %1</translation>
    </message>
    <message>
        <source>case coordination: %1</source>
        <translation>casusregie: %1</translation>
    </message>
    <message>
        <source>coordinated help: %1</source>
        <translation>afgestemde hulp: %1</translation>
    </message>
    <message>
        <source>No trajectories</source>
        <translation>Geen trajecten</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Gebeurtenissen</translation>
    </message>
    <message>
        <source>no new violence or concerns during follow-up</source>
        <translation>geen nieuw geweld of nieuwe zorgen tijdens de follow-up</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>no start</source>
        <translation>geen start</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>geen einde</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Afloop: %1</translation>
    </message>
    <message>
        <source>Risk factors: %1</source>
        <translation>Risicofactoren: %1</translation>
    </message>
    <message>
        <source>%1 after the report</source>
        <translation>%1 na de melding</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gemeld</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Overgedragen</translation>
    </message>
    <message>
        <source>End of follow-up</source>
        <translation>Einde follow-up</translation>
    </message>
    <message>
        <source>Trajectories</source>
        <translation>Trajecten</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Gebeurtenissen</translation>
    </message>
    <message>
        <source>Case coordination</source>
        <translation>Casusregie</translation>
    </message>
</context>
<context>
    <name>CasesView</name>
    <message>
        <source>Filter on case, cohort or region…</source>
        <translation>Filter op casus, cohort of regio…</translation>
    </message>
    <message>
        <source>sorting…</source>
        <translation>sorteren…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln casus</numerusform>
            <numerusform>%Ln casussen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln case(s)</source>
        <translation>
            <numerusform>%1 van %Ln casus</numerusform>
            <numerusform>%1 van %Ln casussen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChainLegend</name>
    <message>
        <source>Trajectory outcome:</source>
        <translation>Afloop traject:</translation>
    </message>
    <message>
        <source>Event, who knew (shape):</source>
        <translation>Gebeurtenis, wie wist ervan (vorm):</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Event, what (fill):</source>
        <translation>Gebeurtenis, wat (vulling):</translation>
    </message>
</context>
<context>
    <name>ChartExportDialog</name>
    <message>
        <source>Export chart</source>
        <translation>Grafiek exporteren</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-afbeelding</translation>
    </message>
    <message>
        <source>SVG drawing (scalable)</source>
        <translation>SVG-tekening (schaalbaar)</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-document</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Text and lines are sized for this resolution: 96 is screen size, 192 doubles it. SVG and PDF get the same layout as the PNG would.</source>
        <translation>Tekst en lijnen worden afgestemd op deze resolutie: 96 is schermgrootte, 192 verdubbelt die. SVG en PDF krijgen dezelfde opmaak als de PNG.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formaat:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Grootte:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Resolutie:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <source>Choose a file name.</source>
        <translation>Kies een bestandsnaam.</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-bestanden (*.%2)</translation>
    </message>
    <message>
        <source>No protection of small numbers (marked &quot;intern&quot;, not for publication)</source>
        <translation>Kleine aantallen niet afschermen (gemarkeerd als &quot;intern&quot;, niet voor publicatie)</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>Could not draw the %1 file %2.</source>
        <translation>Het %1-bestand %2 kon niet worden getekend.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Export chart…</source>
        <translation>Grafiek exporteren…</translation>
    </message>
    <message>
        <source>Copy chart</source>
        <translation>Grafiek kopiëren</translation>
    </message>
    <message>
        <source>There is no chart to export.</source>
        <translation>Er is geen grafiek om te exporteren.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Grafiek exporteren</translation>
    </message>
</context>
<context>
    <name>CodeLabels</name>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Local team</source>
        <translation>Lokaal team</translation>
    </message>
    <message>
        <source>Youth care</source>
        <translation>Jeugdhulp</translation>
    </message>
    <message>
        <source>Mental health care</source>
        <translation>Ggz</translation>
    </message>
    <message>
        <source>Addiction care</source>
        <translation>Verslavingszorg</translation>
    </message>
    <message>
        <source>Women&apos;s shelter</source>
        <translation>Vrouwenopvang</translation>
    </message>
    <message>
        <source>Veilig Thuis</source>
        <translation>Veilig Thuis</translation>
    </message>
    <message>
        <source>Other provider</source>
        <translation>Andere aanbieder</translation>
    </message>
    <message>
        <source>child</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>adult</source>
        <translation>volwassene</translation>
    </message>
    <message>
        <source>family system</source>
        <translation>systeem</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <source>stopped early by client</source>
        <translation>voortijdig gestopt door cliënt</translation>
    </message>
    <message>
        <source>stopped early by provider</source>
        <translation>voortijdig gestopt door aanbieder</translation>
    </message>
    <message>
        <source>never started</source>
        <translation>niet gestart</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>lopend</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>afloop onbekend</translation>
    </message>
    <message>
        <source>parenting</source>
        <translation>opvoeding</translation>
    </message>
    <message>
        <source>relationship/divorce</source>
        <translation>relatie/scheiding</translation>
    </message>
    <message>
        <source>child&apos;s mental health</source>
        <translation>psychische problemen kind</translation>
    </message>
    <message>
        <source>history of violence</source>
        <translation>geweldsgeschiedenis</translation>
    </message>
    <message>
        <source>adult&apos;s mental health</source>
        <translation>psychische problemen volwassene</translation>
    </message>
    <message>
        <source>addiction</source>
        <translation>verslaving</translation>
    </message>
    <message>
        <source>finances/work</source>
        <translation>financiën/werk</translation>
    </message>
    <message>
        <source>other</source>
        <translation>overig</translation>
    </message>
    <message>
        <source>new violence</source>
        <translation>nieuw geweld</translation>
    </message>
    <message>
        <source>new concerns</source>
        <translation>nieuwe zorgen</translation>
    </message>
    <message>
        <source>known to Veilig Thuis only</source>
        <translation>alleen bekend bij Veilig Thuis</translation>
    </message>
    <message>
        <source>known to the care providers only</source>
        <translation>alleen bekend bij de hulpverlening</translation>
    </message>
    <message>
        <source>known to both</source>
        <translation>bekend bij beide</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Selection A</source>
        <translation>Selectie A</translation>
    </message>
    <message>
        <source>Selection B</source>
        <translation>Selectie B</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Grafiek:</translation>
    </message>
    <message>
        <source>No study is open.</source>
        <translation>Er is geen studie geopend.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Bezig met berekenen…</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 versus %2: %n difference(s) with a 95% interval that excludes zero (%3).</source>
        <translation>
            <numerusform>%1 versus %2: %n verschil met een 95%-interval zonder nul (%3).</numerusform>
            <numerusform>%1 versus %2: %n verschillen met een 95%-interval zonder nul (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>No figures to compare.</source>
        <translation>Geen cijfers om te vergelijken.</translation>
    </message>
</context>
<context>
    <name>ComparisonChartBuilder</name>
    <message>
        <source>%1 difference with a 95% interval that excludes zero</source>
        <translation>%1 verschil met een 95%-interval zonder nul</translation>
    </message>
</context>
<context>
    <name>ComparisonTableModel</name>
    <message>
        <source>%1 The 95% interval of the difference excludes zero.</source>
        <translation>%1 Het 95%-interval van het verschil bevat geen nul.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>%1: % (n/N)</source>
        <translation>%1: % (n/N)</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Difference (pp)</source>
        <translation>Verschil (%-punt)</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95%-BI</translation>
    </message>
    <message>
        <source>p (Fisher)</source>
        <translation>p (Fisher)</translation>
    </message>
</context>
<context>
    <name>CsvConventionSetting</name>
    <message>
        <source>Semicolon and decimal comma (Excel in Dutch)</source>
        <translation>Puntkomma en decimale komma (Nederlandse Excel)</translation>
    </message>
    <message>
        <source>Comma and decimal point</source>
        <translation>Komma en decimale punt</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Indicators</source>
        <translation>Indicatoren</translation>
    </message>
    <message>
        <source>No study is open.</source>
        <translation>Er is geen studie geopend.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Bezig met berekenen…</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 · %Ln case(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2 · %Ln casus</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2 · %Ln casussen</numerusform>
        </translation>
    </message>
    <message>
        <source>This study has no data yet: import data via File &gt; Import.</source>
        <translation>Deze studie heeft nog geen gegevens: importeer gegevens via Bestand &gt; Importeren.</translation>
    </message>
    <message>
        <source>No cases match this selection.</source>
        <translation>Geen casussen in deze selectie.</translation>
    </message>
</context>
<context>
    <name>DeleteCohortDialog</name>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Delete cohort</source>
        <translation>Cohort verwijderen</translation>
    </message>
    <message>
        <source>The cases of the cohort, with their trajectories and events, are removed from the study file for good. The deletion is recorded in the audit log.</source>
        <translation>De casussen van het cohort worden met hun trajecten en gebeurtenissen definitief uit het studiebestand verwijderd. Het verwijderen wordt in het logboek vastgelegd.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln case(s))</source>
        <translation>
            <numerusform>%1 (%Ln casus)</numerusform>
            <numerusform>%1 (%Ln casussen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open or create a study first.</source>
        <translation>Open of maak eerst een studie.</translation>
    </message>
    <message>
        <source>The study has no cohorts.</source>
        <translation>De studie heeft geen cohorten.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the cohort &quot;%1&quot; with its %Ln case(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Het cohort &quot;%1&quot; met zijn %Ln casus verwijderen? Dit kan niet ongedaan worden gemaakt.</numerusform>
            <numerusform>Het cohort &quot;%1&quot; met zijn %Ln casussen verwijderen? Dit kan niet ongedaan worden gemaakt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>The cohort could not be deleted:
%1</source>
        <translation>Het cohort kon niet worden verwijderd:
%1</translation>
    </message>
    <message>
        <source>Nothing was deleted: another program is reading the study, and while it reads, deleted data would stay in the file. Close that program and try again.</source>
        <translation>Niets verwijderd: een ander programma leest in de studie, en zolang het leest blijven verwijderde gegevens in het bestand staan. Sluit dat programma en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The cohort was deleted, but another program started reading the study meanwhile: the deleted data stay in the file until that program closes and the study is changed again.</source>
        <translation>Het cohort is verwijderd, maar intussen begon een ander programma in de studie te lezen: de verwijderde gegevens blijven in het bestand staan tot dat programma sluit en de studie daarna opnieuw wordt bewerkt.</translation>
    </message>
</context>
<context>
    <name>DemoImportQuestion</name>
    <message>
        <source>Import into the demo study?</source>
        <translation>Importeren in de demostudie?</translation>
    </message>
    <message>
        <source>The open study is the demo: its cases are synthetic and it is not saved. Cases imported into it would sit beside the synthetic ones and be lost when you quit.

Create a new study for your data first?</source>
        <translation>De geopende studie is de demo: de casussen zijn synthetisch en worden niet bewaard. Casussen die u erin importeert, komen naast de synthetische te staan en gaan verloren als u afsluit.

Eerst een nieuwe studie voor uw gegevens maken?</translation>
    </message>
    <message>
        <source>New study…</source>
        <translation>Nieuwe studie…</translation>
    </message>
</context>
<context>
    <name>DistributionChartBuilder</name>
    <message>
        <source>mean</source>
        <translation>gemiddelde</translation>
    </message>
    <message>
        <source>median</source>
        <translation>mediaan</translation>
    </message>
    <message>
        <source>quartiles</source>
        <translation>kwartielen</translation>
    </message>
    <message>
        <source>range</source>
        <translation>bereik</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>geen gegevens</translation>
    </message>
    <message>
        <source>median %1 · mean %2 · n = %3</source>
        <translation>mediaan %1 · gemiddelde %2 · n = %3</translation>
    </message>
    <message>
        <source>No whiskers: the minimum and maximum are one person&apos;s value and are not published.</source>
        <translation>Zonder snorharen: minimum en maximum zijn de waarde van één persoon en worden niet gepubliceerd.</translation>
    </message>
</context>
<context>
    <name>DistributionTableModel</name>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Gemiddelde</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediaan</translation>
    </message>
    <message>
        <source>Q1</source>
        <translation>Q1</translation>
    </message>
    <message>
        <source>Q3</source>
        <translation>Q3</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
</context>
<context>
    <name>FigureExporter</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Kan de map %1 niet maken.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Kan %1 niet schrijven.</translation>
    </message>
</context>
<context>
    <name>FigureOutlet</name>
    <message>
        <source>There are no figures to export.</source>
        <translation>Er zijn geen cijfers om te exporteren.</translation>
    </message>
</context>
<context>
    <name>GroupFigureOutlet</name>
    <message>
        <source>Every figure of this chart is suppressed: there is nothing to export.</source>
        <translation>Elk cijfer van deze grafiek is afgeschermd: er is niets om te exporteren.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Ketenmonitor manual</source>
        <translation>Handleiding Ketenmonitor</translation>
    </message>
</context>
<context>
    <name>ImportErrorModel</name>
    <message>
        <source>error</source>
        <translation>fout</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>waarschuwing</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>geval %1</translation>
    </message>
    <message>
        <source>not as expected</source>
        <translation>niet zoals verwacht</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Verwacht</translation>
    </message>
</context>
<context>
    <name>ImportErrorsPage</name>
    <message>
        <source>Errors and warnings</source>
        <translation>Fouten en waarschuwingen</translation>
    </message>
    <message>
        <source>Every problem found, with the file, line and column where it is.</source>
        <translation>Elk gevonden probleem, met het bestand, de regel en de kolom waar het staat.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) stopped the import; nothing was imported. </source>
        <translation>
            <numerusform>%n fout hield de import tegen; er is niets geïmporteerd. </numerusform>
            <numerusform>%n fouten hielden de import tegen; er is niets geïmporteerd. </numerusform>
        </translation>
    </message>
    <message>
        <source>Correct them in the files and import again. Click a column header to sort; copy or save the list as CSV with the buttons.</source>
        <translation>Verbeter ze in de bestanden en importeer opnieuw. Klik op een kolomkop om te sorteren; kopieer de lijst of sla hem op als CSV met de knoppen.</translation>
    </message>
    <message numerus="yes">
        <source>The import is complete, with %n warning(s) (values kept, or left out of figures).</source>
        <translation>
            <numerusform>De import is voltooid, met %n waarschuwing (waarden bewaard, of buiten de cijfers gelaten).</numerusform>
            <numerusform>De import is voltooid, met %n waarschuwingen (waarden bewaard, of buiten de cijfers gelaten).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFilesPage</name>
    <message>
        <source>Cases (casussen, required for new cases)</source>
        <translation>Casussen (verplicht voor nieuwe casussen)</translation>
    </message>
    <message>
        <source>Trajectories (trajecten)</source>
        <translation>Trajecten</translation>
    </message>
    <message>
        <source>Events (gebeurtenissen)</source>
        <translation>Gebeurtenissen</translation>
    </message>
    <message>
        <source>Choose the files</source>
        <translation>Kies de bestanden</translation>
    </message>
    <message>
        <source>no file</source>
        <translation>geen bestand</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Drop files here.
A workbook dropped here is used for every table it has a sheet for.</source>
        <translation>Sleep bestanden hierheen.
Een werkboek wordt gebruikt voor elke tabel waarvoor het een blad heeft.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>The file %1 does not exist or cannot be read.</source>
        <translation>Het bestand %1 bestaat niet of kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>Data files (*.csv *.txt *.xlsx *.ods *.sav *.zsav);;All files (*)</source>
        <translation>Gegevensbestanden (*.csv *.txt *.xlsx *.ods *.sav *.zsav);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>One file per table of the codebook.</source>
        <translation>Eén bestand per tabel van het codeboek.</translation>
    </message>
    <message>
        <source>CSV, an Excel or LibreOffice workbook (one sheet per table, named after it) or an SPSS file. Drag files onto this page or choose them. Only the tables you choose are imported.</source>
        <translation>CSV, een Excel- of LibreOffice-werkboek (één blad per tabel, met de naam van de tabel) of een SPSS-bestand. Sleep bestanden naar deze pagina of kies ze. Alleen de tabellen die u kiest, worden geïmporteerd.</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Map columns</source>
        <translation>Kolommen koppelen</translation>
    </message>
    <message>
        <source>(keep as extra attribute)</source>
        <translation>(bewaren als extra kenmerk)</translation>
    </message>
    <message>
        <source>Every column matches a field of the codebook: nothing to map.</source>
        <translation>Elke kolom hoort bij een veld van het codeboek: er valt niets te koppelen.</translation>
    </message>
    <message>
        <source>Two columns of %1 are mapped onto the field %2; choose one.</source>
        <translation>Twee kolommen van %1 zijn gekoppeld aan het veld %2; kies er één.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(verplicht)</translation>
    </message>
    <message>
        <source>These column headers are not fields of the codebook.</source>
        <translation>Deze kolomnamen zijn geen velden van het codeboek.</translation>
    </message>
    <message>
        <source>Choose the field each one holds, or keep it as an extra attribute. Your choices are remembered for the next import.</source>
        <translation>Kies het veld dat elke kolom bevat, of bewaar de kolom als extra kenmerk. Uw keuzes worden onthouden voor de volgende import.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>The first rows of each file as Ketenmonitor reads them, and which column holds which field of the codebook.</source>
        <translation>De eerste regels van elk bestand zoals Ketenmonitor ze leest, en welke kolom welk veld van het codeboek bevat.</translation>
    </message>
    <message>
        <source>delimiter: %1</source>
        <translation>scheidingsteken: %1</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>puntkomma (;)</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>komma (,)</translation>
    </message>
    <message>
        <source>encoding: %1</source>
        <translation>codering: %1</translation>
    </message>
    <message>
        <source>%1 columns, %2 matched to the codebook</source>
        <translation>%1 kolommen, %2 herkend in het codeboek</translation>
    </message>
    <message numerus="yes">
        <source>first %n row(s) shown</source>
        <translation>
            <numerusform>eerste %n regel getoond</numerusform>
            <numerusform>eerste %n regels getoond</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
(extra column)</source>
        <translation>%1
(extra kolom)</translation>
    </message>
    <message>
        <source>%1
→ %2</source>
        <translation>%1
→ %2</translation>
    </message>
    <message>
        <source>Not a field of the codebook: kept as an extra attribute (text).</source>
        <translation>Geen veld van het codeboek: bewaard als extra kenmerk (tekst).</translation>
    </message>
    <message>
        <source>Read as the codebook field %1.</source>
        <translation>Gelezen als het codeboekveld %1.</translation>
    </message>
    <message>
        <source>Codebook fields not in this file (left unknown): %1</source>
        <translation>Codeboekvelden die niet in dit bestand staan (blijven onbekend): %1</translation>
    </message>
    <message>
        <source>%1
•••• refused: looks like %2</source>
        <translation>%1
•••• geweigerd: lijkt op %2</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>geval %1</translation>
    </message>
    <message>
        <source>Case number, as the list of errors gives it</source>
        <translation>Gevalnummer, zoals de foutenlijst het noemt</translation>
    </message>
    <message>
        <source>Line of the file (the header is line 1), as the list of errors gives it</source>
        <translation>Regel van het bestand (de kopregel is regel 1), zoals de foutenlijst hem noemt</translation>
    </message>
    <message>
        <source>•••• refused: looks like %1</source>
        <translation>•••• geweigerd: lijkt op %1</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>Regel %1, %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>The import will refuse %n value(s) of the rows shown (marked red):</source>
        <translation>
            <numerusform>De import zal %n waarde van de getoonde regels weigeren (rood gemarkeerd):</numerusform>
            <numerusform>De import zal %n waarden van de getoonde regels weigeren (rood gemarkeerd):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more (see the tooltips of the red cells).</source>
        <translation>
            <numerusform>…en nog %n (zie de tooltips van de rode cellen).</numerusform>
            <numerusform>…en nog %n (zie de tooltips van de rode cellen).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportRecodingPage</name>
    <message>
        <source>Save mapping…</source>
        <translation>Koppeling opslaan…</translation>
    </message>
    <message>
        <source>Load mapping…</source>
        <translation>Koppeling laden…</translation>
    </message>
    <message>
        <source>Convert values</source>
        <translation>Waarden omzetten</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>Waarde in het bestand</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rijen</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Wordt</translation>
    </message>
    <message>
        <source>Saves the column mapping and the value conversions as a CSV file that ketenmonitor-cli import --mapping also reads.</source>
        <translation>Slaat de kolomkoppeling en de omgezette waarden op als CSV-bestand dat ook ketenmonitor-cli import --mapping leest.</translation>
    </message>
    <message>
        <source>Takes the column mapping and value conversions from a saved mapping file.</source>
        <translation>Neemt de kolomkoppeling en de omgezette waarden over uit een opgeslagen koppelbestand.</translation>
    </message>
    <message>
        <source>Reading the files for values that are not codes of the codebook…</source>
        <translation>De bestanden worden gelezen op waarden die geen code uit het codeboek zijn…</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: only the first %3 different values are listed; %n more row(s) hold other values, which the import checks as they are.</source>
        <translation>
            <numerusform>%1, %2: alleen de eerste %3 verschillende waarden staan erbij; nog %n rij heeft een andere waarde, die de import controleert zoals die is.</numerusform>
            <numerusform>%1, %2: alleen de eerste %3 verschillende waarden staan erbij; nog %n rijen hebben andere waarden, die de import controleert zoals ze zijn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every value in the enumeration and yes/no columns is a code of the codebook: nothing to convert.</source>
        <translation>Elke waarde in de keuze- en ja/nee-kolommen is een code uit het codeboek: niets om te zetten.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) are not codes of the codebook. A value left as it is is reported as an error by the import.</source>
        <translation>
            <numerusform>%n waarde is geen code uit het codeboek. Een waarde die blijft staan, meldt de import als fout.</numerusform>
            <numerusform>%n waarden zijn geen code uit het codeboek. Een waarde die blijft staan, meldt de import als fout.</numerusform>
        </translation>
    </message>
    <message>
        <source>Column %1 in the file</source>
        <translation>Kolom %1 in het bestand</translation>
    </message>
    <message>
        <source>(leave as it is: an error in the import)</source>
        <translation>(laten staan: een fout bij de import)</translation>
    </message>
    <message>
        <source>(unknown: leave empty)</source>
        <translation>(onbekend: leeg laten)</translation>
    </message>
    <message>
        <source>The mapping could not be saved: %1</source>
        <translation>De koppeling kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>The mapping file cannot be used:</source>
        <translation>Het koppelbestand is niet bruikbaar:</translation>
    </message>
    <message>
        <source>mapping.csv</source>
        <translation>koppeling.csv</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Koppeling opslaan</translation>
    </message>
    <message>
        <source>Mapping files (*.csv);;All files (*)</source>
        <translation>Koppelbestanden (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Load mapping</source>
        <translation>Koppeling laden</translation>
    </message>
    <message>
        <source>Values in the files that are not codes of the codebook.</source>
        <translation>Waarden in de bestanden die geen code van het codeboek zijn.</translation>
    </message>
    <message>
        <source>Choose the code each one stands for; your choices are remembered for the next file from the same registration system. Values the import already understands (such as j/n or 1/0 for yes/no) are not listed.</source>
        <translation>Kies de code waar elke waarde voor staat; uw keuzes worden onthouden voor het volgende bestand uit hetzelfde registratiesysteem. Waarden die de import al begrijpt (zoals j/n of 1/0 voor ja/nee) staan er niet bij.</translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message>
        <source>Stop the import</source>
        <translation>Import stoppen</translation>
    </message>
    <message>
        <source>Validate and import</source>
        <translation>Controleren en importeren</translation>
    </message>
    <message>
        <source>No study is open.</source>
        <translation>Er is geen studie geopend.</translation>
    </message>
    <message>
        <source>Reading and checking…</source>
        <translation>Lezen en controleren…</translation>
    </message>
    <message numerus="yes">
        <source>Reading and checking… %n row(s) read</source>
        <translation>
            <numerusform>Lezen en controleren… %n regel gelezen</numerusform>
            <numerusform>Lezen en controleren… %n regels gelezen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation>%1: %2 regels</translation>
    </message>
    <message>
        <source>Import complete.</source>
        <translation>Import voltooid.</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 geïmporteerd.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): see the next page.</source>
        <translation>
            <numerusform>%n waarschuwing: zie de volgende pagina.</numerusform>
            <numerusform>%n waarschuwingen: zie de volgende pagina.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import stopped.</source>
        <translation>Import gestopt.</translation>
    </message>
    <message>
        <source>Nothing was imported; the study is unchanged.</source>
        <translation>Er is niets geïmporteerd; de studie is ongewijzigd.</translation>
    </message>
    <message>
        <source>Import failed.</source>
        <translation>Import mislukt.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Nothing was imported&lt;/b&gt;; the study is unchanged. %n error(s) found</source>
        <translation>
            <numerusform>&lt;b&gt;Er is niets geïmporteerd&lt;/b&gt;; de studie is ongewijzigd. %n fout gevonden</numerusform>
            <numerusform>&lt;b&gt;Er is niets geïmporteerd&lt;/b&gt;; de studie is ongewijzigd. %n fouten gevonden</numerusform>
        </translation>
    </message>
    <message>
        <source> (the first %1 are listed)</source>
        <translation> (de eerste %1 staan in de lijst)</translation>
    </message>
    <message>
        <source>see the next page, correct the files and import again.</source>
        <translation>zie de volgende pagina, verbeter de bestanden en importeer opnieuw.</translation>
    </message>
    <message>
        <source>Every value is checked against the codebook.</source>
        <translation>Elke waarde wordt gecontroleerd aan de hand van het codeboek.</translation>
    </message>
    <message>
        <source>The import is all or nothing: with any error, or when you stop it, the study stays as it was.</source>
        <translation>De import gaat helemaal of niet: bij een fout, of als u hem stopt, blijft de studie zoals ze was.</translation>
    </message>
    <message>
        <source>Stopping the import…</source>
        <translation>De import wordt gestopt…</translation>
    </message>
    <message numerus="yes">
        <source>Rebuilding the indexes… (%n row(s) read and checked)</source>
        <translation>
            <numerusform>De indexen worden opnieuw opgebouwd… (%n regel gelezen en gecontroleerd)</numerusform>
            <numerusform>De indexen worden opnieuw opgebouwd… (%n regels gelezen en gecontroleerd)</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking across the tables and writing the import log…</source>
        <translation>Controles over de tabellen heen en het importlogboek schrijven…</translation>
    </message>
    <message>
        <source>Saving into the study… This last step cannot be stopped.</source>
        <translation>Opslaan in de studie… Deze laatste stap kan niet worden gestopt.</translation>
    </message>
    <message>
        <source>Import complete: it was being saved when you stopped it.</source>
        <translation>Import voltooid: hij werd al opgeslagen toen u hem stopte.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import data</source>
        <translation>Gegevens importeren</translation>
    </message>
    <message>
        <source>The import is being saved into the study, which cannot be stopped. Close the wizard when it is done.</source>
        <translation>De import wordt in de studie opgeslagen; dat kan niet worden gestopt. Sluit de wizard als hij klaar is.</translation>
    </message>
    <message>
        <source>Stop the import?</source>
        <translation>De import stoppen?</translation>
    </message>
    <message>
        <source>The import is still running. Stop it? Nothing will be imported; the study stays as it was.</source>
        <translation>De import loopt nog. Stoppen? Er wordt dan niets geïmporteerd; de studie blijft zoals ze was.</translation>
    </message>
</context>
<context>
    <name>IndicatorGroupPage</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n casus</numerusform>
            <numerusform>%n casussen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorNotes</name>
    <message>
        <source>Each percentage is out of the cases with a known value for that characteristic; empty values are counted as unknown. A case can have several directions and kinds of violence, so those percentages do not add up to 100%. The length of the history of violence is in years, for the cases with a known history.</source>
        <translation>Elk percentage is berekend over de casussen met een bekende waarde voor dat kenmerk; lege waarden tellen als onbekend. Een casus kan meerdere richtingen en vormen van geweld hebben, dus die percentages tellen niet op tot 100%. De duur van de geweldsgeschiedenis is in jaren, voor de casussen met een bekende geschiedenis.</translation>
    </message>
    <message>
        <source>New violence and new concerns: cases with at least one such event in the window after the report, out of all cases in the selection. A case followed up for a shorter time still counts; the Survival view gives the fair comparison. Known to one party: cases whose events in the window were all known only to Veilig Thuis or only to the care providers, out of the cases with at least one event.</source>
        <translation>Nieuw geweld en nieuwe zorgen: casussen met minstens één zo’n gebeurtenis in het venster na de melding, van alle casussen in de selectie. Een casus die korter gevolgd is telt ook mee; de weergave Overleving geeft de eerlijke vergelijking. Bekend bij één partij: casussen waarvan alle gebeurtenissen in het venster alleen bij Veilig Thuis of alleen bij de hulpverlening bekend waren, van de casussen met minstens één gebeurtenis.</translation>
    </message>
    <message>
        <source>Stopped early: trajectories ended early by the client or the provider, out of the trajectories that ended. Cases: cases with at least one trajectory that ended early, out of the cases with at least one ended trajectory. Completed: trajectories completed as planned, out of those that started. Never started: out of the trajectories with a known outcome.</source>
        <translation>Voortijdig gestopt: trajecten die de cliënt of de aanbieder voortijdig beëindigde, van de beëindigde trajecten. Casussen: casussen met minstens één voortijdig gestopt traject, van de casussen met minstens één beëindigd traject. Voldoende doorlopen: trajecten die volgens plan zijn afgerond, van de gestarte trajecten. Niet gestart: van de trajecten met een bekende afloop.</translation>
    </message>
    <message>
        <source>Case coordination: one party held case coordination, out of the cases with a known value. Coordination between trajectories only counts cases with two or more trajectories.</source>
        <translation>Casusregie: één partij had de casusregie, van de casussen met een bekende waarde. Afstemming tussen trajecten telt alleen casussen met twee of meer trajecten.</translation>
    </message>
    <message>
        <source>A plan counts when all parties knew it; a case without a plan counts as not known. Out of the cases with a known value.</source>
        <translation>Een plan telt als alle partijen het kenden; een casus zonder plan telt als niet bekend. Van de casussen met een bekende waarde.</translation>
    </message>
    <message>
        <source>Cases with at least one trajectory aimed at the risk factor, out of the cases with at least one trajectory with known risk factors. A case can have several.</source>
        <translation>Casussen met minstens één traject gericht op de risicofactor, van de casussen met minstens één traject met bekende risicofactoren. Een casus kan er meerdere hebben.</translation>
    </message>
    <message>
        <source>Days from the report to the handover by Veilig Thuis, and to the first start of help on or after the report (help that was already running does not count). Box: quartiles; thick line: median; diamond: mean; whiskers: minimum and maximum.</source>
        <translation>Dagen van de melding tot de overdracht door Veilig Thuis, en tot de eerste start van hulp op of na de melding (hulp die al liep telt niet). Doos: kwartielen; dikke lijn: mediaan; ruit: gemiddelde; snorharen: minimum en maximum.</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <source>Cases (or trajectories) that meet the indicator</source>
        <translation>Casussen (of trajecten) die aan de indicator voldoen</translation>
    </message>
    <message>
        <source>Cases (or trajectories) with a known value: the base of the percentage</source>
        <translation>Casussen (of trajecten) met een bekende waarde: de basis van het percentage</translation>
    </message>
    <message>
        <source>Left out of the denominator because the value is unknown</source>
        <translation>Niet in de noemer opgenomen omdat de waarde onbekend is</translation>
    </message>
    <message>
        <source>95% Wilson score interval, in percent</source>
        <translation>95%-betrouwbaarheidsinterval (Wilson), in procenten</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Teller</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Noemer</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95%-BI</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergelijken</translation>
    </message>
    <message>
        <source>Survival</source>
        <translation>Overleving</translation>
    </message>
    <message>
        <source>Ketenmonitor</source>
        <translation>Ketenmonitor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New study…</source>
        <translation>&amp;Nieuwe studie…</translation>
    </message>
    <message>
        <source>&amp;Open study…</source>
        <translation>Studie &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;Recent studies</source>
        <translation>&amp;Recente studies</translation>
    </message>
    <message>
        <source>Open &amp;demo study</source>
        <translation>&amp;Demostudie openen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Ketenmonitor</source>
        <translation>&amp;Over Ketenmonitor</translation>
    </message>
    <message>
        <source>Open study</source>
        <translation>Studie openen</translation>
    </message>
    <message>
        <source>New study</source>
        <translation>Nieuwe studie</translation>
    </message>
    <message>
        <source>Ketenmonitor studies (*.kmstudy);;SQLite databases (*.db)</source>
        <translation>Ketenmonitor-studies (*.kmstudy);;SQLite-databases (*.db)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with Open study.</source>
        <translation>%1 bestaat al. Kies een andere naam, of open het bestand met Studie openen.</translation>
    </message>
    <message>
        <source>Ketenmonitor studies (*.kmstudy *.db);;All files (*)</source>
        <translation>Ketenmonitor-studies (*.kmstudy *.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Open demo study</source>
        <translation>Demostudie openen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Open or create a study first.</source>
        <translation>Open of maak eerst een studie.</translation>
    </message>
    <message>
        <source>About Ketenmonitor</source>
        <translation>Over Ketenmonitor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ketenmonitor %1&lt;/h3&gt;&lt;p&gt;Reconstructs the chain of help around cases of domestic violence and child abuse reported to Veilig Thuis, and computes the indicators of the codebook with their 95% intervals.&lt;/p&gt;&lt;p&gt;The demo study is synthetic: its cases are invented.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ketenmonitor %1&lt;/h3&gt;&lt;p&gt;Reconstrueert de keten van hulp rond meldingen van huiselijk geweld en kindermishandeling bij Veilig Thuis, en berekent de indicatoren van het codeboek met hun 95%-betrouwbaarheidsintervallen.&lt;/p&gt;&lt;p&gt;De demostudie is synthetisch: de casussen zijn verzonnen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Lijst wissen</translation>
    </message>
    <message>
        <source>Ketenmonitor — %1</source>
        <translation>Ketenmonitor — %1</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Rapport &amp;exporteren…</translation>
    </message>
    <message>
        <source>Export all &amp;figures…</source>
        <translation>Alle &amp;figuren exporteren…</translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation>&amp;Logboek…</translation>
    </message>
    <message>
        <source>&amp;Delete cohort…</source>
        <translation>Cohort &amp;verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Handleiding</translation>
    </message>
</context>
<context>
    <name>ProportionChartBuilder</name>
    <message>
        <source>95% CI</source>
        <translation>95%-BI</translation>
    </message>
    <message>
        <source>numerator %1</source>
        <translation>teller %1</translation>
    </message>
    <message>
        <source>denominator %1</source>
        <translation>noemer %1</translation>
    </message>
    <message>
        <source>unknown %1</source>
        <translation>onbekend %1</translation>
    </message>
    <message>
        <source>percent, with 95% confidence interval</source>
        <translation>procent, met 95%-betrouwbaarheidsinterval</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>geen gegevens</translation>
    </message>
</context>
<context>
    <name>RecordedExport</name>
    <message>
        <source>The files were written, but could not be recorded in the study&apos;s log: %1</source>
        <translation>De bestanden zijn geschreven, maar konden niet in het logboek van de studie worden vastgelegd: %1</translation>
    </message>
    <message>
        <source>The study is read-only, so this export could not be recorded in its log; nothing was written. Copy the study (with its -wal and -shm files) to a folder you can write to.</source>
        <translation>De studie is alleen-lezen, dus deze export kan niet in het logboek worden vastgelegd; er is niets geschreven. Kopieer de studie (met de bestanden -wal en -shm) naar een map waarin u mag schrijven.</translation>
    </message>
</context>
<context>
    <name>ReportExportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Rapport exporteren</translation>
    </message>
    <message>
        <source>Export all figures</source>
        <translation>Alle figuren exporteren</translation>
    </message>
    <message>
        <source>Selection:</source>
        <translation>Selectie:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Map:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formaat:</translation>
    </message>
    <message>
        <source>Counts below this number are shown as &quot;&lt;N&quot;, without percent and interval.</source>
        <translation>Aantallen onder dit getal worden getoond als &quot;&lt;N&quot;, zonder percentage en interval.</translation>
    </message>
    <message>
        <source>Hide counts below:</source>
        <translation>Aantallen verbergen onder:</translation>
    </message>
    <message>
        <source>No protection of small numbers (marked &quot;intern&quot;, not for publication)</source>
        <translation>Geen bescherming van kleine aantallen (gemarkeerd &quot;intern&quot;, niet voor publicatie)</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Voorbeeld…</translation>
    </message>
    <message>
        <source>Reports (*.pdf *.odt *.html)</source>
        <translation>Rapporten (*.pdf *.odt *.html)</translation>
    </message>
    <message>
        <source>Choose a file ending in .pdf, .odt or .html.</source>
        <translation>Kies een bestand dat eindigt op .pdf, .odt of .html.</translation>
    </message>
    <message>
        <source>%1 (cohorts pooled, as on the dashboard)</source>
        <translation>%1 (cohorten samengenomen, zoals op het dashboard)</translation>
    </message>
    <message>
        <source>CSV files:</source>
        <translation>CSV-bestanden:</translation>
    </message>
    <message>
        <source>Round all counts to multiples of 5 (percentages from the rounded counts)</source>
        <translation>Alle aantallen afronden op veelvouden van 5 (percentages uit de afgeronde aantallen)</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Unknown report format: use .pdf, .odt or .html.</source>
        <translation>Onbekend rapportformaat: gebruik .pdf, .odt of .html.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Kan %1 niet schrijven.</translation>
    </message>
</context>
<context>
    <name>ScreenshotTaker</name>
    <message>
        <source>The view did not finish computing.</source>
        <translation>De weergave is niet klaar gekomen met rekenen.</translation>
    </message>
    <message>
        <source>Saved %1 (%2×%3).</source>
        <translation>%1 opgeslagen (%2×%3).</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>%1 kon niet worden opgeslagen.</translation>
    </message>
</context>
<context>
    <name>SelectionPanel</name>
    <message>
        <source>Cohorts</source>
        <translation>Cohorten</translation>
    </message>
    <message>
        <source>None ticked: all cohorts.</source>
        <translation>Niets aangevinkt: alle cohorten.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Recurrence window</source>
        <translation>Venster voor recidive</translation>
    </message>
    <message>
        <source>Whole follow-up</source>
        <translation>Hele follow-up</translation>
    </message>
    <message>
        <source> months after the report</source>
        <translation> maanden na de melding</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Alle regio&apos;s</translation>
    </message>
    <message>
        <source>all cohorts</source>
        <translation>alle cohorten</translation>
    </message>
    <message>
        <source>all regions</source>
        <translation>alle regio&apos;s</translation>
    </message>
    <message>
        <source>whole follow-up</source>
        <translation>hele follow-up</translation>
    </message>
    <message numerus="yes">
        <source>window %n month(s)</source>
        <translation>
            <numerusform>venster %n maand</numerusform>
            <numerusform>venster %n maanden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systeemstandaard</translation>
    </message>
    <message>
        <source>Open the last study at start (otherwise the demo study)</source>
        <translation>Bij het starten de laatste studie openen (anders de demostudie)</translation>
    </message>
    <message>
        <source>A command-line option --lang nl|en overrides the language for one session.</source>
        <translation>De opdrachtregeloptie --lang nl|en gaat voor deze instelling, voor één sessie.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
</context>
<context>
    <name>SmallCellMark</name>
    <message>
        <source>Small numbers: fewer than %1; suppressed in exports</source>
        <translation>Kleine aantallen: minder dan %1; in exports onderdrukt</translation>
    </message>
    <message>
        <source>%1 Small numbers (fewer than %2 cases with or without the characteristic): shown here, suppressed in reports and exports.</source>
        <translation>%1 Kleine aantallen (minder dan %2 casussen met of zonder het kenmerk): hier getoond, in rapporten en exports onderdrukt.</translation>
    </message>
</context>
<context>
    <name>StudySession</name>
    <message>
        <source>Could not open the study %1:
%2</source>
        <translation>De studie %1 kon niet worden geopend:
%2</translation>
    </message>
    <message>
        <source>The demo study could not be loaded:
%1</source>
        <translation>De demostudie kon niet worden geladen:
%1</translation>
    </message>
    <message>
        <source>demo (synthetic)</source>
        <translation>demo (synthetisch)</translation>
    </message>
</context>
<context>
    <name>SurvivalChartBuilder</name>
    <message>
        <source>days since the report</source>
        <translation>dagen sinds de melding</translation>
    </message>
    <message>
        <source>%1 (axis from %2%)</source>
        <translation>%1 (as vanaf %2%)</translation>
    </message>
    <message>
        <source>%1 (n = %2, %3 with event)</source>
        <translation>%1 (n = %2, %3 met gebeurtenis)</translation>
    </message>
    <message>
        <source>Number at risk</source>
        <translation>Aantal nog gevolgd (at risk)</translation>
    </message>
</context>
<context>
    <name>SurvivalOutlet</name>
    <message>
        <source>Every curve has too few cases or events to be exported.</source>
        <translation>Elke curve heeft te weinig casussen of gebeurtenissen om te exporteren.</translation>
    </message>
    <message>
        <source>This view has no table to export.</source>
        <translation>Deze weergave heeft geen tabel om te exporteren.</translation>
    </message>
</context>
<context>
    <name>SurvivalView</name>
    <message>
        <source>Time to new violence</source>
        <translation>Tijd tot nieuw geweld</translation>
    </message>
    <message>
        <source>Time to new concerns</source>
        <translation>Tijd tot nieuwe zorgen</translation>
    </message>
    <message>
        <source>No study is open.</source>
        <translation>Er is geen studie geopend.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Bezig met berekenen…</translation>
    </message>
    <message>
        <source>The study has no cases.</source>
        <translation>De studie heeft geen casussen.</translation>
    </message>
    <message>
        <source>Time from the report to the first new violence (Kaplan–Meier)</source>
        <translation>Tijd van de melding tot het eerste nieuwe geweld (Kaplan–Meier)</translation>
    </message>
    <message>
        <source>Time from the report to the first new concerns (Kaplan–Meier)</source>
        <translation>Tijd van de melding tot de eerste nieuwe zorgen (Kaplan–Meier)</translation>
    </message>
    <message>
        <source>still without new violence</source>
        <translation>nog zonder nieuw geweld</translation>
    </message>
    <message>
        <source>still without new concerns</source>
        <translation>nog zonder nieuwe zorgen</translation>
    </message>
    <message>
        <source>A case without the event counts until its end of follow-up (censored); the numbers at risk are the cases still followed without the event.</source>
        <translation>Een casus zonder gebeurtenis telt mee tot het einde van de follow-up (gecensureerd); at risk: casussen die nog zonder gebeurtenis gevolgd worden.</translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <source>Copy table</source>
        <translation>Tabel kopiëren</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Opslaan als CSV…</translation>
    </message>
    <message>
        <source>Save table as CSV</source>
        <translation>Tabel opslaan als CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>Kan %1 niet schrijven.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
</context>
</TS>
