"""Independent reference implementation of the codebook's indicators, in plain Python.

Reads the three demo CSV files back as the codebook describes them (`;` or `,` delimiter, ISO or
Dutch dates, decimal comma) and computes the indicators by the definitions of
shared/codebook.md and the team's indicator decisions. tools/generate_demo.py uses it to check
its own output; it shares no code with the generator, so a mistake in one shows in the other.
"""

import csv
import datetime
import math
import os

RICHTING = ["kind", "partner", "oudere", "ouder", "overig"]
AARD = ["psychisch", "fysiek", "seksueel", "verwaarlozing", "financieel", "stalking"]
RISICO = ["opvoeding", "relatie_scheiding", "psych_kind", "geweldsgeschiedenis",
          "psych_volwassene", "verslaving", "financien_werk", "overig"]
ENDED = {"afgerond", "voortijdig_client", "voortijdig_aanbieder"}
EARLY = {"voortijdig_client", "voortijdig_aanbieder"}
STARTED = ENDED | {"lopend"}


def parse_date(text):
    text = text.strip()
    if not text:
        return None
    parts = text.split("-")
    if len(parts[0]) == 4:
        return datetime.date(int(parts[0]), int(parts[1]), int(parts[2]))
    return datetime.date(int(parts[2]), int(parts[1]), int(parts[0]))


def parse_number(text):
    text = text.strip()
    return float(text.replace(",", ".")) if text else None


def parse_yes_no(text):
    text = text.strip().lower()
    if not text:
        return None
    return text in ("ja", "j", "1", "true", "yes")


def parse_multi(text):
    text = text.strip()
    return {part.strip().lower() for part in text.split("|")} if text else None


def add_months(day, months):
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    next_first = datetime.date(year + month // 12, month % 12 + 1, 1)
    last = (next_first - datetime.timedelta(days=1)).day
    return datetime.date(year, month, min(day.day, last))


def read_table(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        text = f.read()
    delimiter = ";" if text.split("\n", 1)[0].count(";") else ","
    rows = list(csv.DictReader(text.splitlines(), delimiter=delimiter))
    return [{k.strip().lower(): (v or "") for k, v in row.items()} for row in rows]


def load(demo_dir):
    """Returns the cases, each with its trajectories and events, parsed."""
    cases = {}
    for row in read_table(os.path.join(demo_dir, "casussen.csv")):
        cases[row["casus_id"]] = {
            "casus_id": row["casus_id"], "cohort": row["cohort"], "regio": row["regio"],
            "melddatum": parse_date(row["melddatum"]),
            "einde_followup": parse_date(row["einde_followup"]),
            "minderjarigen": parse_yes_no(row["minderjarigen"]),
            "richting": parse_multi(row["richting"]), "aard": parse_multi(row["aard"]),
            "vt_eerder_betrokken": parse_yes_no(row["vt_eerder_betrokken"]),
            "geweldsgeschiedenis": parse_yes_no(row["geweldsgeschiedenis"]),
            "geschiedenis_jaren": parse_number(row["geschiedenis_jaren"]),
            "datum_overdracht": parse_date(row["datum_overdracht"]),
            "casusregie": parse_yes_no(row["casusregie"]),
            "afstemming": parse_yes_no(row["afstemming"]),
            "veiligheidsplan": row["veiligheidsplan"].strip().lower() or None,
            "hulpverleningsplan": row["hulpverleningsplan"].strip().lower() or None,
            "herstelplan": row["herstelplan"].strip().lower() or None,
            "trajecten": [], "gebeurtenissen": [],
        }
    for row in read_table(os.path.join(demo_dir, "trajecten.csv")):
        cases[row["casus_id"]]["trajecten"].append({
            "startdatum": parse_date(row["startdatum"]), "einddatum": parse_date(row["einddatum"]),
            "afloop": row["afloop"].strip().lower() or None,
            "risicofactoren": parse_multi(row["risicofactoren"]),
        })
    for row in read_table(os.path.join(demo_dir, "gebeurtenissen.csv")):
        cases[row["casus_id"]]["gebeurtenissen"].append({
            "datum": parse_date(row["datum"]), "soort": row["soort"].strip().lower() or None,
            "bekend_bij": row["bekend_bij"].strip().lower() or None,
        })
    return cases


def proportion(numerator, denominator, unknown):
    percent = 100.0 * numerator / denominator if denominator else None
    return {"numerator": numerator, "denominator": denominator, "unknown": unknown,
            "percent": percent}


def yes_no_indicator(cases, field):
    known = [c[field] for c in cases if c[field] is not None]
    return proportion(sum(known), len(known), len(cases) - len(known))


def multi_indicator(cases, field, value):
    known = [c[field] for c in cases if c[field] is not None]
    return proportion(sum(value in v for v in known), len(known), len(cases) - len(known))


def plan_indicator(cases, field):
    known = [c[field] for c in cases if c[field] is not None]
    return proportion(sum(v == "allen" for v in known), len(known), len(cases) - len(known))


def window_end(case, window_months):
    if window_months is None:
        return case["einde_followup"]
    return min(case["einde_followup"], add_months(case["melddatum"], window_months))


def events_in_window(case, window_months):
    end = window_end(case, window_months)
    return [e for e in case["gebeurtenissen"] if case["melddatum"] < e["datum"] <= end]


def one_party_indicator(cases, window_months):
    numerator = denominator = unknown = 0
    for case in cases:
        known_by = [e["bekend_bij"] for e in events_in_window(case, window_months)]
        if not known_by:
            continue
        if "beide" in known_by or ("vt" in known_by and "hulpverlening" in known_by):
            denominator += 1
        elif None in known_by:
            unknown += 1
        else:
            numerator += 1
            denominator += 1
    return proportion(numerator, denominator, unknown)


def recidive_indicator(cases, soort, window_months):
    hits = sum(any(e["soort"] == soort for e in events_in_window(c, window_months)) for c in cases)
    return proportion(hits, len(cases), 0)


def uitval_indicators(cases):
    trajectories = [t for c in cases for t in c["trajecten"]]
    unknown = sum(t["afloop"] in (None, "onbekend") for t in trajectories)
    afloop = [t["afloop"] for t in trajectories]
    ended = [a for a in afloop if a in ENDED]
    started = [a for a in afloop if a in STARTED]
    known = [a for a in afloop if a not in (None, "onbekend")]
    case_num = case_den = case_unknown = 0
    for case in cases:
        values = [t["afloop"] for t in case["trajecten"]]
        if any(a in ENDED for a in values):
            case_den += 1
            case_num += any(a in EARLY for a in values)
        elif any(a in (None, "onbekend") for a in values):
            case_unknown += 1
    return {
        "uitval.trajecten": proportion(sum(a in EARLY for a in ended), len(ended), unknown),
        "uitval.casussen": proportion(case_num, case_den, case_unknown),
        "uitval.voldoende_doorlopen": proportion(started.count("afgerond"), len(started), unknown),
        "uitval.niet_gestart": proportion(known.count("niet_gestart"), len(known), unknown),
    }


def afstemming_indicator(cases):
    several = [c for c in cases if len(c["trajecten"]) >= 2]
    known = [c["afstemming"] for c in several if c["afstemming"] is not None]
    return proportion(sum(known), len(known), len(several) - len(known))


def risk_indicators(cases):
    with_traj = [c for c in cases if c["trajecten"]]
    known = [c for c in with_traj if any(t["risicofactoren"] is not None for t in c["trajecten"])]
    result = {}
    for value in RISICO:
        hits = sum(any(value in (t["risicofactoren"] or ()) for t in c["trajecten"]) for c in known)
        result["hulp.risicofactor." + value] = proportion(hits, len(known), len(with_traj) - len(known))
    return result


def quantile(sorted_values, p):
    position = (len(sorted_values) - 1) * p
    low = math.floor(position)
    high = min(low + 1, len(sorted_values) - 1)
    return sorted_values[low] + (position - low) * (sorted_values[high] - sorted_values[low])


def distribution(values, unit):
    values = sorted(values)
    if not values:
        return {"unit": unit, "n": 0, "mean": None, "median": None, "q1": None, "q3": None}
    return {"unit": unit, "n": len(values), "mean": sum(values) / len(values),
            "median": quantile(values, 0.5), "q1": quantile(values, 0.25),
            "q3": quantile(values, 0.75)}


def help_delays(cases):
    delays = []
    for case in cases:
        starts = [t["startdatum"] for t in case["trajecten"]
                  if t["startdatum"] is not None and t["startdatum"] >= case["melddatum"]]
        if starts:
            delays.append((min(starts) - case["melddatum"]).days)
    return delays


def indicators(cases, window_months=None):
    """All proportions (id -> dict) and distributions (id -> dict) of a list of cases."""
    result = {"kenmerken.minderjarigen": yes_no_indicator(cases, "minderjarigen")}
    for value in RICHTING:
        result["kenmerken.richting." + value] = multi_indicator(cases, "richting", value)
    for value in AARD:
        result["kenmerken.aard." + value] = multi_indicator(cases, "aard", value)
    result["kenmerken.vt_eerder_betrokken"] = yes_no_indicator(cases, "vt_eerder_betrokken")
    result["kenmerken.geweldsgeschiedenis"] = yes_no_indicator(cases, "geweldsgeschiedenis")
    result["recidive.nieuw_geweld"] = recidive_indicator(cases, "nieuw_geweld", window_months)
    result["recidive.nieuwe_zorgen"] = recidive_indicator(cases, "nieuwe_zorgen", window_months)
    result["recidive.bekend_bij_een_partij"] = one_party_indicator(cases, window_months)
    result.update(uitval_indicators(cases))
    result["regie.casusregie"] = yes_no_indicator(cases, "casusregie")
    result["regie.afstemming"] = afstemming_indicator(cases)
    for plan in ("veiligheidsplan", "hulpverleningsplan", "herstelplan"):
        result["plannen." + plan] = plan_indicator(cases, plan)
    result.update(risk_indicators(cases))
    distributions = {
        "kenmerken.geschiedenis_jaren": distribution(
            [c["geschiedenis_jaren"] for c in cases if c["geschiedenis_jaren"] is not None], "jaren"),
        "snelheid.melding_tot_overdracht": distribution(
            [(c["datum_overdracht"] - c["melddatum"]).days for c in cases
             if c["datum_overdracht"] is not None], "dagen"),
        "snelheid.melding_tot_hulp": distribution(help_delays(cases), "dagen"),
    }
    return result, distributions


def round_half_away(x):
    return int(math.floor(abs(x) + 0.5)) * (1 if x >= 0 else -1)
