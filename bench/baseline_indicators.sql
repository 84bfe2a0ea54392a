-- The proportion indicators of the codebook (whole follow-up window, per cohort) and the means of
-- the distributions, in plain SQL over the tables the sqlite3 shell's `.import` made (all TEXT,
-- ISO dates). This is the baseline bench/run.sh measures `ketenmonitor-cli indicators` against.
-- Multi-value fields are matched as '|'-delimited lists ('ouder' must not match 'oudere').
CREATE TEMP TABLE t AS
SELECT casus_id,
       count(*) AS n,
       sum(afloop IN ('afgerond','voortijdig_client','voortijdig_aanbieder')) AS ended,
       sum(afloop IN ('voortijdig_client','voortijdig_aanbieder')) AS early,
       sum(afloop = 'afgerond') AS done,
       sum(afloop IN ('afgerond','voortijdig_client','voortijdig_aanbieder','lopend')) AS started,
       sum(afloop = 'niet_gestart') AS notstarted,
       sum(afloop NOT IN ('', 'onbekend')) AS known,
       sum(risicofactoren <> '') AS rknown,
       group_concat('|' || risicofactoren || '|') AS risks
  FROM trajecten GROUP BY casus_id;

CREATE TEMP TABLE h AS
SELECT tr.casus_id, min(tr.startdatum) AS first_start
  FROM trajecten tr JOIN casussen c ON c.casus_id = tr.casus_id
 WHERE tr.startdatum <> '' AND tr.startdatum >= c.melddatum GROUP BY tr.casus_id;

CREATE TEMP TABLE e AS
SELECT g.casus_id,
       max(g.soort = 'nieuw_geweld') AS geweld,
       max(g.soort = 'nieuwe_zorgen') AS zorgen,
       max(g.bekend_bij = 'beide') AS beide,
       max(g.bekend_bij = 'vt') AS vt,
       max(g.bekend_bij = 'hulpverlening') AS hv,
       max(g.bekend_bij = '') AS onbekend
  FROM gebeurtenissen g JOIN casussen c ON c.casus_id = g.casus_id
 WHERE g.datum > c.melddatum AND g.datum <= c.einde_followup GROUP BY g.casus_id;

.mode list
.separator ,
SELECT c.cohort, count(*) AS cases,
  sum(c.minderjarigen = 'ja'), sum(c.minderjarigen <> ''),
  sum(instr('|' || c.richting || '|', '|kind|') > 0), sum(instr('|' || c.richting || '|', '|partner|') > 0),
  sum(instr('|' || c.richting || '|', '|oudere|') > 0), sum(instr('|' || c.richting || '|', '|ouder|') > 0),
  sum(instr('|' || c.richting || '|', '|overig|') > 0), sum(c.richting <> ''),
  sum(instr('|' || c.aard || '|', '|psychisch|') > 0), sum(instr('|' || c.aard || '|', '|fysiek|') > 0),
  sum(instr('|' || c.aard || '|', '|seksueel|') > 0), sum(instr('|' || c.aard || '|', '|verwaarlozing|') > 0),
  sum(instr('|' || c.aard || '|', '|financieel|') > 0), sum(instr('|' || c.aard || '|', '|stalking|') > 0),
  sum(c.aard <> ''),
  sum(c.vt_eerder_betrokken = 'ja'), sum(c.vt_eerder_betrokken <> ''),
  sum(c.geweldsgeschiedenis = 'ja'), sum(c.geweldsgeschiedenis <> ''),
  avg(CASE WHEN c.geschiedenis_jaren <> '' THEN CAST(replace(c.geschiedenis_jaren, ',', '.') AS REAL) END),
  sum(coalesce(e.geweld, 0)), sum(coalesce(e.zorgen, 0)),
  sum(e.casus_id IS NOT NULL AND NOT e.beide AND NOT (e.vt AND e.hv) AND NOT e.onbekend),
  sum(e.casus_id IS NOT NULL AND (e.beide OR (e.vt AND e.hv) OR NOT e.onbekend)),
  sum(t.early), sum(t.ended), sum(t.early > 0), sum(t.ended > 0),
  sum(t.done), sum(t.started), sum(t.notstarted), sum(t.known),
  sum(c.casusregie = 'ja'), sum(c.casusregie <> ''),
  sum(t.n >= 2 AND c.afstemming = 'ja'), sum(t.n >= 2 AND c.afstemming <> ''),
  sum(c.veiligheidsplan = 'allen'), sum(c.veiligheidsplan <> ''),
  sum(c.hulpverleningsplan = 'allen'), sum(c.hulpverleningsplan <> ''),
  sum(c.herstelplan = 'allen'), sum(c.herstelplan <> ''),
  sum(instr(t.risks, '|opvoeding|') > 0), sum(instr(t.risks, '|relatie_scheiding|') > 0),
  sum(instr(t.risks, '|psych_kind|') > 0), sum(instr(t.risks, '|geweldsgeschiedenis|') > 0),
  sum(instr(t.risks, '|psych_volwassene|') > 0), sum(instr(t.risks, '|verslaving|') > 0),
  sum(instr(t.risks, '|financien_werk|') > 0), sum(instr(t.risks, '|overig|') > 0),
  sum(t.rknown > 0),
  avg(CASE WHEN c.datum_overdracht <> '' THEN julianday(c.datum_overdracht) - julianday(c.melddatum) END),
  avg(julianday(h.first_start) - julianday(c.melddatum))
FROM casussen c
LEFT JOIN t ON t.casus_id = c.casus_id
LEFT JOIN e ON e.casus_id = c.casus_id
LEFT JOIN h ON h.casus_id = c.casus_id
GROUP BY c.cohort ORDER BY c.cohort;
