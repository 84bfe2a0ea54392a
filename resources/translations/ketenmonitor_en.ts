<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Everything done with the data of this study: imports, deleted cohorts, reports, exports and upgrades of the study file. The log is kept in the study file and cannot be changed here.</source>
        <translation>Everything done with the data of this study: imports, deleted cohorts, reports, exports and upgrades of the study file. The log is kept in the study file and cannot be changed here.</translation>
    </message>
    <message>
        <source>Open or create a study first.</source>
        <translation>Open or create a study first.</translation>
    </message>
    <message>
        <source>The log could not be read:
%1</source>
        <translation>The log could not be read:
%1</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Filter on any column…</source>
        <translation>Filter on any column…</translation>
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
        <translation>cohort deleted</translation>
    </message>
    <message>
        <source>report</source>
        <translation>report</translation>
    </message>
    <message>
        <source>figures exported</source>
        <translation>figures exported</translation>
    </message>
    <message>
        <source>study file upgraded</source>
        <translation>study file upgraded</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Selection</translation>
    </message>
    <message>
        <source>Small numbers hidden</source>
        <translation>Small numbers hidden</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>copied to the clipboard</source>
        <translation>copied to the clipboard</translation>
    </message>
</context>
<context>
    <name>CaseChainView</name>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Report to Veilig Thuis: %1</source>
        <translation>Report to Veilig Thuis: %1</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Handover</translation>
    </message>
    <message>
        <source>Handover: %1</source>
        <translation>Handover: %1</translation>
    </message>
    <message>
        <source>End of follow-up</source>
        <translation>End of follow-up</translation>
    </message>
    <message>
        <source>End of follow-up: %1</source>
        <translation>End of follow-up: %1</translation>
    </message>
    <message>
        <source>Select a case in the table to see its chain.</source>
        <translation>Select a case in the table to see its chain.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>reported %1</source>
        <translation>reported %1</translation>
    </message>
    <message>
        <source>handed over after %1</source>
        <translation>handed over after %1</translation>
    </message>
    <message>
        <source>no handover</source>
        <translation>no handover</translation>
    </message>
    <message>
        <source>follow-up %1</source>
        <translation>follow-up %1</translation>
    </message>
    <message>
        <source>case coordination: %1</source>
        <translation>case coordination: %1</translation>
    </message>
    <message>
        <source>coordinated help: %1</source>
        <translation>coordinated help: %1</translation>
    </message>
    <message>
        <source>No trajectories</source>
        <translation>No trajectories</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>no new violence or concerns during follow-up</source>
        <translation>no new violence or concerns during follow-up</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>no start</source>
        <translation>no start</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>no end</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Outcome: %1</translation>
    </message>
    <message>
        <source>Risk factors: %1</source>
        <translation>Risk factors: %1</translation>
    </message>
    <message>
        <source>%1 after the report</source>
        <translation>%1 after the report</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>End of follow-up</source>
        <translation>End of follow-up</translation>
    </message>
    <message>
        <source>Trajectories</source>
        <translation>Trajectories</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Case coordination</source>
        <translation>Case coordination</translation>
    </message>
</context>
<context>
    <name>CasesView</name>
    <message>
        <source>Filter on case, cohort or region…</source>
        <translation>Filter on case, cohort or region…</translation>
    </message>
    <message>
        <source>sorting…</source>
        <translation>sorting…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln case(s)</source>
        <translation>
            <numerusform>%1 of %Ln case</numerusform>
            <numerusform>%1 of %Ln cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChainLegend</name>
    <message>
        <source>Trajectory outcome:</source>
        <translation>Trajectory outcome:</translation>
    </message>
    <message>
        <source>Event, who knew (shape):</source>
        <translation>Event, who knew (shape):</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>Event, what (fill):</source>
        <translation>Event, what (fill):</translation>
    </message>
</context>
<context>
    <name>ChartExportDialog</name>
    <message>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <source>SVG drawing (scalable)</source>
        <translation>SVG drawing (scalable)</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF document</translation>
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
        <translation>Text and lines are sized for this resolution: 96 is screen size, 192 doubles it. SVG and PDF get the same layout as the PNG would.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Resolution:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Choose a file name.</source>
        <translation>Choose a file name.</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 files (*.%2)</translation>
    </message>
    <message>
        <source>No protection of small numbers (marked &quot;intern&quot;, not for publication)</source>
        <translation>No protection of small numbers (marked &quot;intern&quot;, not for publication)</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>Could not draw the %1 file %2.</source>
        <translation>Could not draw the %1 file %2.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Export chart…</source>
        <translation>Export chart…</translation>
    </message>
    <message>
        <source>Copy chart</source>
        <translation>Copy chart</translation>
    </message>
    <message>
        <source>There is no chart to export.</source>
        <translation>There is no chart to export.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
</context>
<context>
    <name>CodeLabels</name>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Local team</source>
        <translation>Local team</translation>
    </message>
    <message>
        <source>Youth care</source>
        <translation>Youth care</translation>
    </message>
    <message>
        <source>Mental health care</source>
        <translation>Mental health care</translation>
    </message>
    <message>
        <source>Addiction care</source>
        <translation>Addiction care</translation>
    </message>
    <message>
        <source>Women&apos;s shelter</source>
        <translation>Women&apos;s shelter</translation>
    </message>
    <message>
        <source>Veilig Thuis</source>
        <translation>Veilig Thuis</translation>
    </message>
    <message>
        <source>Other provider</source>
        <translation>Other provider</translation>
    </message>
    <message>
        <source>child</source>
        <translation>child</translation>
    </message>
    <message>
        <source>adult</source>
        <translation>adult</translation>
    </message>
    <message>
        <source>family system</source>
        <translation>family system</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>stopped early by client</source>
        <translation>stopped early by client</translation>
    </message>
    <message>
        <source>stopped early by provider</source>
        <translation>stopped early by provider</translation>
    </message>
    <message>
        <source>never started</source>
        <translation>never started</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>still running</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>outcome unknown</translation>
    </message>
    <message>
        <source>parenting</source>
        <translation>parenting</translation>
    </message>
    <message>
        <source>relationship/divorce</source>
        <translation>relationship/divorce</translation>
    </message>
    <message>
        <source>child&apos;s mental health</source>
        <translation>child&apos;s mental health</translation>
    </message>
    <message>
        <source>history of violence</source>
        <translation>history of violence</translation>
    </message>
    <message>
        <source>adult&apos;s mental health</source>
        <translation>adult&apos;s mental health</translation>
    </message>
    <message>
        <source>addiction</source>
        <translation>addiction</translation>
    </message>
    <message>
        <source>finances/work</source>
        <translation>finances/work</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>new violence</source>
        <translation>new violence</translation>
    </message>
    <message>
        <source>new concerns</source>
        <translation>new concerns</translation>
    </message>
    <message>
        <source>known to Veilig Thuis only</source>
        <translation>known to Veilig Thuis only</translation>
    </message>
    <message>
        <source>known to the care providers only</source>
        <translation>known to the care providers only</translation>
    </message>
    <message>
        <source>known to both</source>
        <translation>known to both</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Selection A</source>
        <translation>Selection A</translation>
    </message>
    <message>
        <source>Selection B</source>
        <translation>Selection B</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Chart:</translation>
    </message>
    <message>
        <source>No study is open.</source>
        <translation>No study is open.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
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
            <numerusform>%1 versus %2: %n difference with a 95% interval that excludes zero (%3).</numerusform>
            <numerusform>%1 versus %2: %n differences with a 95% interval that excludes zero (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>No figures to compare.</source>
        <translation>No figures to compare.</translation>
    </message>
</context>
<context>
    <name>ComparisonChartBuilder</name>
    <message>
        <source>%1 difference with a 95% interval that excludes zero</source>
        <translation>%1 difference with a 95% interval that excludes zero</translation>
    </message>
</context>
<context>
    <name>ComparisonTableModel</name>
    <message>
        <source>%1 The 95% interval of the difference excludes zero.</source>
        <translation>%1 The 95% interval of the difference excludes zero.</translation>
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
        <translation>Difference (pp)</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95% CI</translation>
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
        <translation>Semicolon and decimal comma (Excel in Dutch)</translation>
    </message>
    <message>
        <source>Comma and decimal point</source>
        <translation>Comma and decimal point</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>No study is open.</source>
        <translation>No study is open.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 · %Ln case(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2 · %Ln case</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2 · %Ln cases</numerusform>
        </translation>
    </message>
    <message>
        <source>This study has no data yet: import data via File &gt; Import.</source>
        <translation>This study has no data yet: import data via File &gt; Import.</translation>
    </message>
    <message>
        <source>No cases match this selection.</source>
        <translation>No cases match this selection.</translation>
    </message>
</context>
<context>
    <name>DeleteCohortDialog</name>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Delete cohort</source>
        <translation>Delete cohort</translation>
    </message>
    <message>
        <source>The cases of the cohort, with their trajectories and events, are removed from the study file for good. The deletion is recorded in the audit log.</source>
        <translation>The cases of the cohort, with their trajectories and events, are removed from the study file for good. The deletion is recorded in the audit log.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln case(s))</source>
        <translation>
            <numerusform>%1 (%Ln case)</numerusform>
            <numerusform>%1 (%Ln cases)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open or create a study first.</source>
        <translation>Open or create a study first.</translation>
    </message>
    <message>
        <source>The study has no cohorts.</source>
        <translation>The study has no cohorts.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the cohort &quot;%1&quot; with its %Ln case(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the cohort &quot;%1&quot; with its %Ln case? This cannot be undone.</numerusform>
            <numerusform>Delete the cohort &quot;%1&quot; with its %Ln cases? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>The cohort could not be deleted:
%1</source>
        <translation>The cohort could not be deleted:
%1</translation>
    </message>
    <message>
        <source>Nothing was deleted: another program is reading the study, and while it reads, deleted data would stay in the file. Close that program and try again.</source>
        <translation>Nothing was deleted: another program is reading the study, and while it reads, deleted data would stay in the file. Close that program and try again.</translation>
    </message>
    <message>
        <source>The cohort was deleted, but another program started reading the study meanwhile: the deleted data stay in the file until that program closes and the study is changed again.</source>
        <translation>The cohort was deleted, but another program started reading the study meanwhile: the deleted data stay in the file until that program closes and the study is changed again.</translation>
    </message>
</context>
<context>
    <name>DemoImportQuestion</name>
    <message>
        <source>Import into the demo study?</source>
        <translation>Import into the demo study?</translation>
    </message>
    <message>
        <source>The open study is the demo: its cases are synthetic and it is not saved. Cases imported into it would sit beside the synthetic ones and be lost when you quit.

Create a new study for your data first?</source>
        <translation>The open study is the demo: its cases are synthetic and it is not saved. Cases imported into it would sit beside the synthetic ones and be lost when you quit.

Create a new study for your data first?</translation>
    </message>
    <message>
        <source>New study…</source>
        <translation>New study…</translation>
    </message>
</context>
<context>
    <name>DistributionChartBuilder</name>
    <message>
        <source>mean</source>
        <translation>mean</translation>
    </message>
    <message>
        <source>median</source>
        <translation>median</translation>
    </message>
    <message>
        <source>quartiles</source>
        <translation>quartiles</translation>
    </message>
    <message>
        <source>range</source>
        <translation>range</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>median %1 · mean %2 · n = %3</source>
        <translation>median %1 · mean %2 · n = %3</translation>
    </message>
    <message>
        <source>No whiskers: the minimum and maximum are one person&apos;s value and are not published.</source>
        <translation>No whiskers: the minimum and maximum are one person&apos;s value and are not published.</translation>
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
        <translation>Mean</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
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
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
</context>
<context>
    <name>FigureOutlet</name>
    <message>
        <source>There are no figures to export.</source>
        <translation>There are no figures to export.</translation>
    </message>
</context>
<context>
    <name>GroupFigureOutlet</name>
    <message>
        <source>Every figure of this chart is suppressed: there is nothing to export.</source>
        <translation>Every figure of this chart is suppressed: there is nothing to export.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Ketenmonitor manual</source>
        <translation>Ketenmonitor manual</translation>
    </message>
</context>
<context>
    <name>ImportErrorModel</name>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>case %1</translation>
    </message>
    <message>
        <source>not as expected</source>
        <translation>not as expected</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
</context>
<context>
    <name>ImportErrorsPage</name>
    <message>
        <source>Errors and warnings</source>
        <translation>Errors and warnings</translation>
    </message>
    <message>
        <source>Every problem found, with the file, line and column where it is.</source>
        <translation>Every problem found, with the file, line and column where it is.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) stopped the import; nothing was imported. </source>
        <translation>
            <numerusform>%n error stopped the import; nothing was imported. </numerusform>
            <numerusform>%n errors stopped the import; nothing was imported. </numerusform>
        </translation>
    </message>
    <message>
        <source>Correct them in the files and import again. Click a column header to sort; copy or save the list as CSV with the buttons.</source>
        <translation>Correct them in the files and import again. Click a column header to sort; copy or save the list as CSV with the buttons.</translation>
    </message>
    <message numerus="yes">
        <source>The import is complete, with %n warning(s) (values kept, or left out of figures).</source>
        <translation>
            <numerusform>The import is complete, with %n warning (values kept, or left out of figures).</numerusform>
            <numerusform>The import is complete, with %n warnings (values kept, or left out of figures).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFilesPage</name>
    <message>
        <source>Cases (casussen, required for new cases)</source>
        <translation>Cases (casussen, required for new cases)</translation>
    </message>
    <message>
        <source>Trajectories (trajecten)</source>
        <translation>Trajectories (trajecten)</translation>
    </message>
    <message>
        <source>Events (gebeurtenissen)</source>
        <translation>Events (gebeurtenissen)</translation>
    </message>
    <message>
        <source>Choose the files</source>
        <translation>Choose the files</translation>
    </message>
    <message>
        <source>no file</source>
        <translation>no file</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Drop files here.
A workbook dropped here is used for every table it has a sheet for.</source>
        <translation>Drop files here.
A workbook dropped here is used for every table it has a sheet for.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The file %1 does not exist or cannot be read.</source>
        <translation>The file %1 does not exist or cannot be read.</translation>
    </message>
    <message>
        <source>Data files (*.csv *.txt *.xlsx *.ods *.sav *.zsav);;All files (*)</source>
        <translation>Data files (*.csv *.txt *.xlsx *.ods *.sav *.zsav);;All files (*)</translation>
    </message>
    <message>
        <source>One file per table of the codebook.</source>
        <translation>One file per table of the codebook.</translation>
    </message>
    <message>
        <source>CSV, an Excel or LibreOffice workbook (one sheet per table, named after it) or an SPSS file. Drag files onto this page or choose them. Only the tables you choose are imported.</source>
        <translation>CSV, an Excel or LibreOffice workbook (one sheet per table, named after it) or an SPSS file. Drag files onto this page or choose them. Only the tables you choose are imported.</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Map columns</source>
        <translation>Map columns</translation>
    </message>
    <message>
        <source>(keep as extra attribute)</source>
        <translation>(keep as extra attribute)</translation>
    </message>
    <message>
        <source>Every column matches a field of the codebook: nothing to map.</source>
        <translation>Every column matches a field of the codebook: nothing to map.</translation>
    </message>
    <message>
        <source>Two columns of %1 are mapped onto the field %2; choose one.</source>
        <translation>Two columns of %1 are mapped onto the field %2; choose one.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(required)</translation>
    </message>
    <message>
        <source>These column headers are not fields of the codebook.</source>
        <translation>These column headers are not fields of the codebook.</translation>
    </message>
    <message>
        <source>Choose the field each one holds, or keep it as an extra attribute. Your choices are remembered for the next import.</source>
        <translation>Choose the field each one holds, or keep it as an extra attribute. Your choices are remembered for the next import.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>The first rows of each file as Ketenmonitor reads them, and which column holds which field of the codebook.</source>
        <translation>The first rows of each file as Ketenmonitor reads them, and which column holds which field of the codebook.</translation>
    </message>
    <message>
        <source>delimiter: %1</source>
        <translation>delimiter: %1</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>semicolon (;)</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>comma (,)</translation>
    </message>
    <message>
        <source>encoding: %1</source>
        <translation>encoding: %1</translation>
    </message>
    <message>
        <source>%1 columns, %2 matched to the codebook</source>
        <translation>%1 columns, %2 matched to the codebook</translation>
    </message>
    <message numerus="yes">
        <source>first %n row(s) shown</source>
        <translation>
            <numerusform>first %n row shown</numerusform>
            <numerusform>first %n rows shown</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
(extra column)</source>
        <translation>%1
(extra column)</translation>
    </message>
    <message>
        <source>%1
→ %2</source>
        <translation>%1
→ %2</translation>
    </message>
    <message>
        <source>Not a field of the codebook: kept as an extra attribute (text).</source>
        <translation>Not a field of the codebook: kept as an extra attribute (text).</translation>
    </message>
    <message>
        <source>Read as the codebook field %1.</source>
        <translation>Read as the codebook field %1.</translation>
    </message>
    <message>
        <source>Codebook fields not in this file (left unknown): %1</source>
        <translation>Codebook fields not in this file (left unknown): %1</translation>
    </message>
    <message>
        <source>%1
•••• refused: looks like %2</source>
        <translation>%1
•••• refused: looks like %2</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>case %1</translation>
    </message>
    <message>
        <source>Case number, as the list of errors gives it</source>
        <translation>Case number, as the list of errors gives it</translation>
    </message>
    <message>
        <source>Line of the file (the header is line 1), as the list of errors gives it</source>
        <translation>Line of the file (the header is line 1), as the list of errors gives it</translation>
    </message>
    <message>
        <source>•••• refused: looks like %1</source>
        <translation>•••• refused: looks like %1</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>Line %1, %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>The import will refuse %n value(s) of the rows shown (marked red):</source>
        <translation>
            <numerusform>The import will refuse %n value of the rows shown (marked red):</numerusform>
            <numerusform>The import will refuse %n values of the rows shown (marked red):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more (see the tooltips of the red cells).</source>
        <translation>
            <numerusform>…and %n more (see the tooltips of the red cells).</numerusform>
            <numerusform>…and %n more (see the tooltips of the red cells).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportRecodingPage</name>
    <message>
        <source>Save mapping…</source>
        <translation>Save mapping…</translation>
    </message>
    <message>
        <source>Load mapping…</source>
        <translation>Load mapping…</translation>
    </message>
    <message>
        <source>Convert values</source>
        <translation>Convert values</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>Value in the file</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Becomes</translation>
    </message>
    <message>
        <source>Saves the column mapping and the value conversions as a CSV file that ketenmonitor-cli import --mapping also reads.</source>
        <translation>Saves the column mapping and the value conversions as a CSV file that ketenmonitor-cli import --mapping also reads.</translation>
    </message>
    <message>
        <source>Takes the column mapping and value conversions from a saved mapping file.</source>
        <translation>Takes the column mapping and value conversions from a saved mapping file.</translation>
    </message>
    <message>
        <source>Reading the files for values that are not codes of the codebook…</source>
        <translation>Reading the files for values that are not codes of the codebook…</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: only the first %3 different values are listed; %n more row(s) hold other values, which the import checks as they are.</source>
        <translation>
            <numerusform>%1, %2: only the first %3 different values are listed; %n more row holds another value, which the import checks as it is.</numerusform>
            <numerusform>%1, %2: only the first %3 different values are listed; %n more rows hold other values, which the import checks as they are.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every value in the enumeration and yes/no columns is a code of the codebook: nothing to convert.</source>
        <translation>Every value in the enumeration and yes/no columns is a code of the codebook: nothing to convert.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) are not codes of the codebook. A value left as it is is reported as an error by the import.</source>
        <translation>
            <numerusform>%n value is not a code of the codebook. A value left as it is is reported as an error by the import.</numerusform>
            <numerusform>%n values are not codes of the codebook. A value left as it is is reported as an error by the import.</numerusform>
        </translation>
    </message>
    <message>
        <source>Column %1 in the file</source>
        <translation>Column %1 in the file</translation>
    </message>
    <message>
        <source>(leave as it is: an error in the import)</source>
        <translation>(leave as it is: an error in the import)</translation>
    </message>
    <message>
        <source>(unknown: leave empty)</source>
        <translation>(unknown: leave empty)</translation>
    </message>
    <message>
        <source>The mapping could not be saved: %1</source>
        <translation>The mapping could not be saved: %1</translation>
    </message>
    <message>
        <source>The mapping file cannot be used:</source>
        <translation>The mapping file cannot be used:</translation>
    </message>
    <message>
        <source>mapping.csv</source>
        <translation>mapping.csv</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Save mapping</translation>
    </message>
    <message>
        <source>Mapping files (*.csv);;All files (*)</source>
        <translation>Mapping files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Load mapping</source>
        <translation>Load mapping</translation>
    </message>
    <message>
        <source>Values in the files that are not codes of the codebook.</source>
        <translation>Values in the files that are not codes of the codebook.</translation>
    </message>
    <message>
        <source>Choose the code each one stands for; your choices are remembered for the next file from the same registration system. Values the import already understands (such as j/n or 1/0 for yes/no) are not listed.</source>
        <translation>Choose the code each one stands for; your choices are remembered for the next file from the same registration system. Values the import already understands (such as j/n or 1/0 for yes/no) are not listed.</translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message>
        <source>Stop the import</source>
        <translation>Stop the import</translation>
    </message>
    <message>
        <source>Validate and import</source>
        <translation>Validate and import</translation>
    </message>
    <message>
        <source>No study is open.</source>
        <translation>No study is open.</translation>
    </message>
    <message>
        <source>Reading and checking…</source>
        <translation>Reading and checking…</translation>
    </message>
    <message numerus="yes">
        <source>Reading and checking… %n row(s) read</source>
        <translation>
            <numerusform>Reading and checking… %n row read</numerusform>
            <numerusform>Reading and checking… %n rows read</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation>%1: %2 rows</translation>
    </message>
    <message>
        <source>Import complete.</source>
        <translation>Import complete.</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>Imported %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): see the next page.</source>
        <translation>
            <numerusform>%n warning: see the next page.</numerusform>
            <numerusform>%n warnings: see the next page.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import stopped.</source>
        <translation>Import stopped.</translation>
    </message>
    <message>
        <source>Nothing was imported; the study is unchanged.</source>
        <translation>Nothing was imported; the study is unchanged.</translation>
    </message>
    <message>
        <source>Import failed.</source>
        <translation>Import failed.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Nothing was imported&lt;/b&gt;; the study is unchanged. %n error(s) found</source>
        <translation>
            <numerusform>&lt;b&gt;Nothing was imported&lt;/b&gt;; the study is unchanged. %n error found</numerusform>
            <numerusform>&lt;b&gt;Nothing was imported&lt;/b&gt;; the study is unchanged. %n errors found</numerusform>
        </translation>
    </message>
    <message>
        <source> (the first %1 are listed)</source>
        <translation> (the first %1 are listed)</translation>
    </message>
    <message>
        <source>see the next page, correct the files and import again.</source>
        <translation>see the next page, correct the files and import again.</translation>
    </message>
    <message>
        <source>Every value is checked against the codebook.</source>
        <translation>Every value is checked against the codebook.</translation>
    </message>
    <message>
        <source>The import is all or nothing: with any error, or when you stop it, the study stays as it was.</source>
        <translation>The import is all or nothing: with any error, or when you stop it, the study stays as it was.</translation>
    </message>
    <message>
        <source>Stopping the import…</source>
        <translation>Stopping the import…</translation>
    </message>
    <message numerus="yes">
        <source>Rebuilding the indexes… (%n row(s) read and checked)</source>
        <translation>
            <numerusform>Rebuilding the indexes… (%n row read and checked)</numerusform>
            <numerusform>Rebuilding the indexes… (%n rows read and checked)</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking across the tables and writing the import log…</source>
        <translation>Checking across the tables and writing the import log…</translation>
    </message>
    <message>
        <source>Saving into the study… This last step cannot be stopped.</source>
        <translation>Saving into the study… This last step cannot be stopped.</translation>
    </message>
    <message>
        <source>Import complete: it was being saved when you stopped it.</source>
        <translation>Import complete: it was being saved when you stopped it.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import data</source>
        <translation>Import data</translation>
    </message>
    <message>
        <source>The import is being saved into the study, which cannot be stopped. Close the wizard when it is done.</source>
        <translation>The import is being saved into the study, which cannot be stopped. Close the wizard when it is done.</translation>
    </message>
    <message>
        <source>Stop the import?</source>
        <translation>Stop the import?</translation>
    </message>
    <message>
        <source>The import is still running. Stop it? Nothing will be imported; the study stays as it was.</source>
        <translation>The import is still running. Stop it? Nothing will be imported; the study stays as it was.</translation>
    </message>
</context>
<context>
    <name>IndicatorGroupPage</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorNotes</name>
    <message>
        <source>Each percentage is out of the cases with a known value for that characteristic; empty values are counted as unknown. A case can have several directions and kinds of violence, so those percentages do not add up to 100%. The length of the history of violence is in years, for the cases with a known history.</source>
        <translation>Each percentage is out of the cases with a known value for that characteristic; empty values are counted as unknown. A case can have several directions and kinds of violence, so those percentages do not add up to 100%. The length of the history of violence is in years, for the cases with a known history.</translation>
    </message>
    <message>
        <source>New violence and new concerns: cases with at least one such event in the window after the report, out of all cases in the selection. A case followed up for a shorter time still counts; the Survival view gives the fair comparison. Known to one party: cases whose events in the window were all known only to Veilig Thuis or only to the care providers, out of the cases with at least one event.</source>
        <translation>New violence and new concerns: cases with at least one such event in the window after the report, out of all cases in the selection. A case followed up for a shorter time still counts; the Survival view gives the fair comparison. Known to one party: cases whose events in the window were all known only to Veilig Thuis or only to the care providers, out of the cases with at least one event.</translation>
    </message>
    <message>
        <source>Stopped early: trajectories ended early by the client or the provider, out of the trajectories that ended. Cases: cases with at least one trajectory that ended early, out of the cases with at least one ended trajectory. Completed: trajectories completed as planned, out of those that started. Never started: out of the trajectories with a known outcome.</source>
        <translation>Stopped early: trajectories ended early by the client or the provider, out of the trajectories that ended. Cases: cases with at least one trajectory that ended early, out of the cases with at least one ended trajectory. Completed: trajectories completed as planned, out of those that started. Never started: out of the trajectories with a known outcome.</translation>
    </message>
    <message>
        <source>Case coordination: one party held case coordination, out of the cases with a known value. Coordination between trajectories only counts cases with two or more trajectories.</source>
        <translation>Case coordination: one party held case coordination, out of the cases with a known value. Coordination between trajectories only counts cases with two or more trajectories.</translation>
    </message>
    <message>
        <source>A plan counts when all parties knew it; a case without a plan counts as not known. Out of the cases with a known value.</source>
        <translation>A plan counts when all parties knew it; a case without a plan counts as not known. Out of the cases with a known value.</translation>
    </message>
    <message>
        <source>Cases with at least one trajectory aimed at the risk factor, out of the cases with at least one trajectory with known risk factors. A case can have several.</source>
        <translation>Cases with at least one trajectory aimed at the risk factor, out of the cases with at least one trajectory with known risk factors. A case can have several.</translation>
    </message>
    <message>
        <source>Days from the report to the handover by Veilig Thuis, and to the first start of help on or after the report (help that was already running does not count). Box: quartiles; thick line: median; diamond: mean; whiskers: minimum and maximum.</source>
        <translation>Days from the report to the handover by Veilig Thuis, and to the first start of help on or after the report (help that was already running does not count). Box: quartiles; thick line: median; diamond: mean; whiskers: minimum and maximum.</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <source>Cases (or trajectories) that meet the indicator</source>
        <translation>Cases (or trajectories) that meet the indicator</translation>
    </message>
    <message>
        <source>Cases (or trajectories) with a known value: the base of the percentage</source>
        <translation>Cases (or trajectories) with a known value: the base of the percentage</translation>
    </message>
    <message>
        <source>Left out of the denominator because the value is unknown</source>
        <translation>Left out of the denominator because the value is unknown</translation>
    </message>
    <message>
        <source>95% Wilson score interval, in percent</source>
        <translation>95% Wilson score interval, in percent</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Numerator</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Denominator</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95% CI</translation>
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
        <translation>Cases</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Survival</source>
        <translation>Survival</translation>
    </message>
    <message>
        <source>Ketenmonitor</source>
        <translation>Ketenmonitor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New study…</source>
        <translation>&amp;New study…</translation>
    </message>
    <message>
        <source>&amp;Open study…</source>
        <translation>&amp;Open study…</translation>
    </message>
    <message>
        <source>&amp;Recent studies</source>
        <translation>&amp;Recent studies</translation>
    </message>
    <message>
        <source>Open &amp;demo study</source>
        <translation>Open &amp;demo study</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Ketenmonitor</source>
        <translation>&amp;About Ketenmonitor</translation>
    </message>
    <message>
        <source>Open study</source>
        <translation>Open study</translation>
    </message>
    <message>
        <source>New study</source>
        <translation>New study</translation>
    </message>
    <message>
        <source>Ketenmonitor studies (*.kmstudy);;SQLite databases (*.db)</source>
        <translation>Ketenmonitor studies (*.kmstudy);;SQLite databases (*.db)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with Open study.</source>
        <translation>%1 already exists. Choose another name, or open it with Open study.</translation>
    </message>
    <message>
        <source>Ketenmonitor studies (*.kmstudy *.db);;All files (*)</source>
        <translation>Ketenmonitor studies (*.kmstudy *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Open demo study</source>
        <translation>Open demo study</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Open or create a study first.</source>
        <translation>Open or create a study first.</translation>
    </message>
    <message>
        <source>About Ketenmonitor</source>
        <translation>About Ketenmonitor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ketenmonitor %1&lt;/h3&gt;&lt;p&gt;Reconstructs the chain of help around cases of domestic violence and child abuse reported to Veilig Thuis, and computes the indicators of the codebook with their 95% intervals.&lt;/p&gt;&lt;p&gt;The demo study is synthetic: its cases are invented.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ketenmonitor %1&lt;/h3&gt;&lt;p&gt;Reconstructs the chain of help around cases of domestic violence and child abuse reported to Veilig Thuis, and computes the indicators of the codebook with their 95% intervals.&lt;/p&gt;&lt;p&gt;The demo study is synthetic: its cases are invented.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Clear list</translation>
    </message>
    <message>
        <source>Ketenmonitor — %1</source>
        <translation>Ketenmonitor — %1</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Export &amp;report…</translation>
    </message>
    <message>
        <source>Export all &amp;figures…</source>
        <translation>Export all &amp;figures…</translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation>Audit &amp;log…</translation>
    </message>
    <message>
        <source>&amp;Delete cohort…</source>
        <translation>&amp;Delete cohort…</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Manual</translation>
    </message>
</context>
<context>
    <name>ProportionChartBuilder</name>
    <message>
        <source>95% CI</source>
        <translation>95% CI</translation>
    </message>
    <message>
        <source>numerator %1</source>
        <translation>numerator %1</translation>
    </message>
    <message>
        <source>denominator %1</source>
        <translation>denominator %1</translation>
    </message>
    <message>
        <source>unknown %1</source>
        <translation>unknown %1</translation>
    </message>
    <message>
        <source>percent, with 95% confidence interval</source>
        <translation>percent, with 95% confidence interval</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
</context>
<context>
    <name>RecordedExport</name>
    <message>
        <source>The files were written, but could not be recorded in the study&apos;s log: %1</source>
        <translation>The files were written, but could not be recorded in the study&apos;s log: %1</translation>
    </message>
    <message>
        <source>The study is read-only, so this export could not be recorded in its log; nothing was written. Copy the study (with its -wal and -shm files) to a folder you can write to.</source>
        <translation>The study is read-only, so this export could not be recorded in its log; nothing was written. Copy the study (with its -wal and -shm files) to a folder you can write to.</translation>
    </message>
</context>
<context>
    <name>ReportExportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>Export all figures</source>
        <translation>Export all figures</translation>
    </message>
    <message>
        <source>Selection:</source>
        <translation>Selection:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Counts below this number are shown as &quot;&lt;N&quot;, without percent and interval.</source>
        <translation>Counts below this number are shown as &quot;&lt;N&quot;, without percent and interval.</translation>
    </message>
    <message>
        <source>Hide counts below:</source>
        <translation>Hide counts below:</translation>
    </message>
    <message>
        <source>No protection of small numbers (marked &quot;intern&quot;, not for publication)</source>
        <translation>No protection of small numbers (marked &quot;intern&quot;, not for publication)</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <source>Reports (*.pdf *.odt *.html)</source>
        <translation>Reports (*.pdf *.odt *.html)</translation>
    </message>
    <message>
        <source>Choose a file ending in .pdf, .odt or .html.</source>
        <translation>Choose a file ending in .pdf, .odt or .html.</translation>
    </message>
    <message>
        <source>%1 (cohorts pooled, as on the dashboard)</source>
        <translation>%1 (cohorts pooled, as on the dashboard)</translation>
    </message>
    <message>
        <source>CSV files:</source>
        <translation>CSV files:</translation>
    </message>
    <message>
        <source>Round all counts to multiples of 5 (percentages from the rounded counts)</source>
        <translation>Round all counts to multiples of 5 (percentages from the rounded counts)</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Unknown report format: use .pdf, .odt or .html.</source>
        <translation>Unknown report format: use .pdf, .odt or .html.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
</context>
<context>
    <name>ScreenshotTaker</name>
    <message>
        <source>The view did not finish computing.</source>
        <translation>The view did not finish computing.</translation>
    </message>
    <message>
        <source>Saved %1 (%2×%3).</source>
        <translation>Saved %1 (%2×%3).</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>Could not save %1.</translation>
    </message>
</context>
<context>
    <name>SelectionPanel</name>
    <message>
        <source>Cohorts</source>
        <translation>Cohorts</translation>
    </message>
    <message>
        <source>None ticked: all cohorts.</source>
        <translation>None ticked: all cohorts.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Recurrence window</source>
        <translation>Recurrence window</translation>
    </message>
    <message>
        <source>Whole follow-up</source>
        <translation>Whole follow-up</translation>
    </message>
    <message>
        <source> months after the report</source>
        <translation> months after the report</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>all cohorts</source>
        <translation>all cohorts</translation>
    </message>
    <message>
        <source>all regions</source>
        <translation>all regions</translation>
    </message>
    <message>
        <source>whole follow-up</source>
        <translation>whole follow-up</translation>
    </message>
    <message numerus="yes">
        <source>window %n month(s)</source>
        <translation>
            <numerusform>window %n month</numerusform>
            <numerusform>window %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>Open the last study at start (otherwise the demo study)</source>
        <translation>Open the last study at start (otherwise the demo study)</translation>
    </message>
    <message>
        <source>A command-line option --lang nl|en overrides the language for one session.</source>
        <translation>A command-line option --lang nl|en overrides the language for one session.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
</context>
<context>
    <name>SmallCellMark</name>
    <message>
        <source>Small numbers: fewer than %1; suppressed in exports</source>
        <translation>Small numbers: fewer than %1; suppressed in exports</translation>
    </message>
    <message>
        <source>%1 Small numbers (fewer than %2 cases with or without the characteristic): shown here, suppressed in reports and exports.</source>
        <translation>%1 Small numbers (fewer than %2 cases with or without the characteristic): shown here, suppressed in reports and exports.</translation>
    </message>
</context>
<context>
    <name>StudySession</name>
    <message>
        <source>Could not open the study %1:
%2</source>
        <translation>Could not open the study %1:
%2</translation>
    </message>
    <message>
        <source>The demo study could not be loaded:
%1</source>
        <translation>The demo study could not be loaded:
%1</translation>
    </message>
    <message>
        <source>demo (synthetic)</source>
        <translation>demo (synthetic)</translation>
    </message>
</context>
<context>
    <name>SurvivalChartBuilder</name>
    <message>
        <source>days since the report</source>
        <translation>days since the report</translation>
    </message>
    <message>
        <source>%1 (axis from %2%)</source>
        <translation>%1 (axis from %2%)</translation>
    </message>
    <message>
        <source>%1 (n = %2, %3 with event)</source>
        <translation>%1 (n = %2, %3 with event)</translation>
    </message>
    <message>
        <source>Number at risk</source>
        <translation>Number at risk</translation>
    </message>
</context>
<context>
    <name>SurvivalOutlet</name>
    <message>
        <source>Every curve has too few cases or events to be exported.</source>
        <translation>Every curve has too few cases or events to be exported.</translation>
    </message>
    <message>
        <source>This view has no table to export.</source>
        <translation>This view has no table to export.</translation>
    </message>
</context>
<context>
    <name>SurvivalView</name>
    <message>
        <source>Time to new violence</source>
        <translation>Time to new violence</translation>
    </message>
    <message>
        <source>Time to new concerns</source>
        <translation>Time to new concerns</translation>
    </message>
    <message>
        <source>No study is open.</source>
        <translation>No study is open.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>The study has no cases.</source>
        <translation>The study has no cases.</translation>
    </message>
    <message>
        <source>Time from the report to the first new violence (Kaplan–Meier)</source>
        <translation>Time from the report to the first new violence (Kaplan–Meier)</translation>
    </message>
    <message>
        <source>Time from the report to the first new concerns (Kaplan–Meier)</source>
        <translation>Time from the report to the first new concerns (Kaplan–Meier)</translation>
    </message>
    <message>
        <source>still without new violence</source>
        <translation>still without new violence</translation>
    </message>
    <message>
        <source>still without new concerns</source>
        <translation>still without new concerns</translation>
    </message>
    <message>
        <source>A case without the event counts until its end of follow-up (censored); the numbers at risk are the cases still followed without the event.</source>
        <translation>A case without the event counts until its end of follow-up (censored); the numbers at risk are the cases still followed without the event.</translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <source>Copy table</source>
        <translation>Copy table</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Save as CSV…</translation>
    </message>
    <message>
        <source>Save table as CSV</source>
        <translation>Save table as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
</TS>
