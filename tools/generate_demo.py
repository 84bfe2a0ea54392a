#!/usr/bin/env python3
"""Writes the synthetic demo study of Ketenmonitor to resources/demo/ (run from anywhere):

    python3 tools/generate_demo.py

Two cohorts of invented cases, no real person behind any row:
- NHN-2019: 99 cases whose marginals reproduce the published figures of "De casus door de keten"
  (shared/published-figures.md). Every count that a published percentage rests on is fixed
  below; the generator only decides which case gets which value (seeded shuffles), so the
  percentages are exact by construction and the output is the same on every run.
- NHN-2023: a fictional second cohort "na invoering gefaseerde ketenzorg" with somewhat better
  figures, so that comparisons and survival curves have two different lines.

Afterwards the script reads its files back and recomputes the indicators with an independent
implementation (tools/demo_reference.py), asserting the published rounded values.
"""

import csv
import datetime
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import demo_reference  # noqa: E402

SEED = 20210630
D = datetime.date

# Counts per cohort: each field is a list of (value, count); multi values are joined with |,
# "" is unknown.
NHN_2019 = {
    "prefix": "DEMO19", "cohort": "NHN-2019", "n": 99,
    "meld_from": D(2019, 1, 2), "meld_to": D(2019, 4, 30), "followup": D(2021, 6, 30),
    "regio": [("Alkmaar", 44), ("West-Friesland", 34), ("Kop van Noord-Holland", 20), ("", 1)],
    "minderjarigen": [("ja", 87), ("nee", 10), ("", 2)],           # 87/97 = 89.7% -> 90
    # kind 37 + 12 + 1 = 50 of 98 known = 51.0%; partner 35 + 12 = 47 of 98 = 48.0%
    "richting": [("kind", 37), ("partner", 35), ("kind|partner", 12), ("oudere", 4),
                 ("ouder", 5), ("overig", 4), ("kind|overig", 1), ("", 1)],
    # psychisch 37 + 14 + 4 + 2 = 57 of 95 known = 60.0%; fysiek 20 + 14 + 2 + 2 = 38 = 40.0%
    "aard": [("psychisch", 37), ("fysiek", 20), ("psychisch|fysiek", 14), ("psychisch|stalking", 4),
             ("fysiek|seksueel", 2), ("psychisch|fysiek|verwaarlozing", 2), ("seksueel", 3),
             ("verwaarlozing", 7), ("financieel", 2), ("stalking", 4), ("", 4)],
    "vt_eerder_betrokken": [("ja", 51), ("nee", 44), ("", 4)],      # 51/95 = 53.7% -> 54
    "geweldsgeschiedenis": [("ja", 56), ("nee", 39), ("", 4)],      # 56/95 = 58.9% -> 59
    "jaren_known": 50, "jaren_mean": 5.0,
    "overdracht_days": (3, 35), "overdracht_slow": 9, "overdracht_unknown": 7,
    "casusregie": [("ja", 47), ("nee", 49), ("", 3)],               # 47/96 = 49.0% -> 49
    "veiligheidsplan": [("allen", 27), ("deels", 30), ("geen", 36), ("", 6)],      # 29.0%
    "hulpverleningsplan": [("allen", 28), ("deels", 33), ("geen", 30), ("", 8)],   # 30.8%
    "herstelplan": [("allen", 10), ("deels", 18), ("geen", 60), ("", 11)],         # 11.4%
    "trajectories": [(0, 5), (1, 44), (2, 30), (3, 14), (4, 6)],    # 170 trajectories
    "afstemming": [("ja", 16), ("nee", 31), ("", 3)],               # 16/47 = 34.0% (50 cases)
    "afloop": [("afgerond", 49), ("voortijdig_client", 40), ("voortijdig_aanbieder", 26),
               ("lopend", 34), ("niet_gestart", 12), ("onbekend", 6), ("", 3)],  # 49/149 = 32.9%
    "pre_existing": 9, "help_mean": 168.2, "help_median": 140,
    "nieuw_geweld": 21, "nieuwe_zorgen": 28, "both_soorten": 8, "soort_unknown": 1,
    "known_by": {"one": 27, "shared": 13, "unknown": 2},             # of the 42 cases with events
}

NHN_2023 = {
    "prefix": "DEMO23", "cohort": "NHN-2023", "n": 120,
    "meld_from": D(2023, 1, 3), "meld_to": D(2023, 12, 22), "followup": D(2025, 6, 30),
    "regio": [("Alkmaar", 52), ("West-Friesland", 43), ("Kop van Noord-Holland", 25)],
    "minderjarigen": [("ja", 106), ("nee", 12), ("", 2)],
    "richting": [("kind", 47), ("partner", 40), ("kind|partner", 16), ("oudere", 5), ("ouder", 6),
                 ("overig", 4), ("kind|overig", 1), ("", 1)],
    "aard": [("psychisch", 48), ("fysiek", 26), ("psychisch|fysiek", 18), ("psychisch|stalking", 4),
             ("fysiek|seksueel", 2), ("seksueel", 3), ("verwaarlozing", 9), ("financieel", 3),
             ("stalking", 4), ("", 3)],
    "vt_eerder_betrokken": [("ja", 66), ("nee", 50), ("", 4)],
    "geweldsgeschiedenis": [("ja", 68), ("nee", 48), ("", 4)],
    "jaren_known": 62, "jaren_mean": 4.6,
    "overdracht_days": (2, 21), "overdracht_slow": 6, "overdracht_unknown": 5,
    "casusregie": [("ja", 82), ("nee", 35), ("", 3)],
    "veiligheidsplan": [("allen", 64), ("deels", 30), ("geen", 22), ("", 4)],
    "hulpverleningsplan": [("allen", 57), ("deels", 33), ("geen", 24), ("", 6)],
    "herstelplan": [("allen", 27), ("deels", 30), ("geen", 55), ("", 8)],
    "trajectories": [(0, 4), (1, 50), (2, 40), (3, 18), (4, 8)],    # 216 trajectories
    "afstemming": [("ja", 36), ("nee", 27), ("", 3)],
    "afloop": [("afgerond", 80), ("voortijdig_client", 30), ("voortijdig_aanbieder", 14),
               ("lopend", 62), ("niet_gestart", 14), ("onbekend", 10), ("", 6)],
    "pre_existing": 10, "help_mean": 96.4, "help_median": 78,
    "nieuw_geweld": 17, "nieuwe_zorgen": 23, "both_soorten": 7, "soort_unknown": 1,
    "known_by": {"one": 17, "shared": 15, "unknown": 2},
}

# What NHN-2019 must show, rounded half away from zero (shared/published-figures.md).
PUBLISHED = {
    "kenmerken.minderjarigen": 90, "kenmerken.richting.kind": 51, "kenmerken.richting.partner": 48,
    "kenmerken.aard.psychisch": 60, "kenmerken.aard.fysiek": 40,
    "kenmerken.vt_eerder_betrokken": 54, "kenmerken.geweldsgeschiedenis": 59,
    "recidive.nieuw_geweld": 21, "recidive.nieuwe_zorgen": 28, "regie.afstemming": 34,
    "regie.casusregie": 49, "plannen.veiligheidsplan": 29, "plannen.hulpverleningsplan": 31,
    "plannen.herstelplan": 11, "uitval.voldoende_doorlopen": 33,
}


def pool(counts, rng):
    """The values of a (value, count) list as one shuffled list."""
    values = [value for value, count in counts for _ in range(count)]
    rng.shuffle(values)
    return values


def weighted_sample(items, weights, k, rng):
    """k distinct items, heavier ones more likely (Efraimidis-Spirakis keys)."""
    keyed = sorted(((rng.random() ** (1.0 / w), i) for i, w in enumerate(weights)), reverse=True)
    return [items[i] for _, i in keyed[:k]]


def spread(values, target_sum):
    """Adds +-1 to values round-robin (largest first) until they sum to target_sum."""
    order = sorted(range(len(values)), key=lambda i: -values[i])
    i = 0
    while sum(values) != target_sum:
        step = 1 if sum(values) < target_sum else -1
        j = order[i % len(order)]
        if values[j] + step >= 1:
            values[j] += step
        i += 1
    return values


def help_delays(count, spec, rng):
    """Skewed delays (days) from report to help, with the cohort's mean and about its median."""
    cap = (spec["followup"] - spec["meld_to"]).days - 60
    delays = [min(cap, max(1, round(rng.lognormvariate(0, 0.62) * spec["help_median"])))
              for _ in range(count)]
    return spread(delays, round(spec["help_mean"] * count))


def history_years(count, mean, rng):
    halves = [max(1, round(rng.gammavariate(2.0, mean / 2) * 2)) for _ in range(count)]
    return [h / 2 for h in spread(halves, round(mean * 2 * count))]


def make_cases(spec, rng):
    n = spec["n"]
    span = (spec["meld_to"] - spec["meld_from"]).days
    melddata = sorted(spec["meld_from"] + datetime.timedelta(days=rng.randrange(span + 1))
                      for _ in range(n))
    cases = [{"casus_id": "%s-%03d" % (spec["prefix"], i + 1), "cohort": spec["cohort"],
              "melddatum": melddata[i], "einde_followup": spec["followup"]} for i in range(n)]
    for field in ("regio", "minderjarigen", "vt_eerder_betrokken", "geweldsgeschiedenis",
                  "casusregie", "veiligheidsplan", "hulpverleningsplan", "herstelplan"):
        for case, value in zip(cases, pool(spec[field], rng)):
            case[field] = value
    assign_richting(cases, spec, rng)
    for case, value in zip(cases, pool(spec["aard"], rng)):
        case["aard"] = value
    with_history = [c for c in cases if c["geweldsgeschiedenis"] == "ja"]
    rng.shuffle(with_history)
    years = history_years(spec["jaren_known"], spec["jaren_mean"], rng)
    for case in cases:
        case["geschiedenis_jaren"] = ""
    for case, value in zip(with_history, years):
        case["geschiedenis_jaren"] = ("%g" % value).replace(".", ",")
    assign_overdracht(cases, spec, rng)
    return cases


def assign_richting(cases, spec, rng):
    """Violence against children only in households with minors (or where that is unknown)."""
    values = pool(spec["richting"], rng)
    child = sorted((v for v in values if "kind" in v.split("|")), key=lambda v: rng.random())
    other = [v for v in values if "kind" not in v.split("|")]
    with_minors = [c for c in cases if c["minderjarigen"] != "nee"]
    rng.shuffle(with_minors)
    for case, value in zip(with_minors, child):
        case["richting"] = value
    rest = [c for c in cases if "richting" not in c]
    for case, value in zip(rest, other):
        case["richting"] = value


def assign_overdracht(cases, spec, rng):
    low, high = spec["overdracht_days"]
    order = list(range(len(cases)))
    rng.shuffle(order)
    unknown = set(order[:spec["overdracht_unknown"]])
    slow = set(order[spec["overdracht_unknown"]:spec["overdracht_unknown"] + spec["overdracht_slow"]])
    for i, case in enumerate(cases):
        if i in unknown:
            case["datum_overdracht"] = None
            continue
        days = rng.randint(40, 95) if i in slow else rng.randint(low, high)
        case["datum_overdracht"] = case["melddatum"] + datetime.timedelta(days=days)


TARGET_GROUPS = {  # provider kinds per target group, and each group's likely risk factors
    "kind": (["jeugdhulp", "jeugdhulp", "lokaal_team", "ggz"],
             [("psych_kind", 0.6), ("opvoeding", 0.5), ("relatie_scheiding", 0.1)]),
    "systeem": (["lokaal_team", "lokaal_team", "jeugdhulp", "veilig_thuis", "overig"],
                [("opvoeding", 0.75), ("relatie_scheiding", 0.45), ("psych_kind", 0.2),
                 ("geweldsgeschiedenis", 0.05)]),
    "volwassene": (["ggz", "ggz", "lokaal_team", "lokaal_team", "vrouwenopvang", "verslavingszorg",
                    "overig"],
                   [("relatie_scheiding", 0.45), ("psych_volwassene", 0.2), ("verslaving", 0.06),
                    ("financien_werk", 0.08), ("geweldsgeschiedenis", 0.07), ("overig", 0.08)]),
}


def risk_factors(group, aanbieder, rng):
    if rng.random() < 0.1:
        return ""
    chosen = [value for value, p in TARGET_GROUPS[group][1] if rng.random() < p]
    if aanbieder == "verslavingszorg":
        chosen.append("verslaving")
    chosen = chosen or [TARGET_GROUPS[group][1][0][0]]
    return "|".join(dict.fromkeys(chosen))


def make_trajectories(cases, spec, rng):
    counts = pool(spec["trajectories"], rng)
    afloop = pool(spec["afloop"], rng)
    rows, next_afloop = [], 0
    for case, count in zip(cases, counts):
        case["n_traj"] = count
        case["traj"] = []
        for _ in range(count):
            group = rng.choice(["kind", "kind", "systeem", "systeem", "volwassene"]
                               if case["minderjarigen"] != "nee" else ["volwassene", "volwassene", "systeem"])
            aanbieder = rng.choice(TARGET_GROUPS[group][0])
            case["traj"].append({"aanbieder": aanbieder, "doelgroep": group,
                                 "afloop": afloop[next_afloop],
                                 "risicofactoren": risk_factors(group, aanbieder, rng)})
            next_afloop += 1
    started_cases = [c for c in cases if any(has_start(t) for t in c["traj"])]
    pre = set(id(c) for c in rng.sample(started_cases, spec["pre_existing"]))
    # Cases whose only started help was already running before the report have no delay.
    needs_delay = [c for c in started_cases
                   if id(c) not in pre or sum(has_start(t) for t in c["traj"]) > 1]
    delays = help_delays(len(needs_delay), spec, rng)
    for case, delay in zip(needs_delay, delays):
        case["delay"] = delay
    for case in cases:
        date_trajectories(case, id(case) in pre, rng)
        rows.extend(dict(t, casus_id=case["casus_id"]) for t in case["traj"])
    return rows


def has_start(trajectory):
    return trajectory["afloop"] != "niet_gestart"


def date_trajectories(case, pre_existing, rng):
    meld, end = case["melddatum"], case["einde_followup"]
    started = [t for t in case["traj"] if has_start(t)]
    for t in case["traj"]:
        t["startdatum"] = t["einddatum"] = None
    if pre_existing and started:
        started[0]["startdatum"] = meld - datetime.timedelta(days=rng.randint(30, 400))
        started = started[1:]
    for k, t in enumerate(started):
        offset = case["delay"] + (0 if k == 0 else rng.randint(0, 180))
        t["startdatum"] = min(meld + datetime.timedelta(days=offset), end - datetime.timedelta(days=20))
    for t in case["traj"]:
        if t["startdatum"] is None:
            continue
        length = {"afgerond": (90, 420), "voortijdig_client": (10, 200),
                  "voortijdig_aanbieder": (20, 240), "onbekend": (30, 300)}.get(t["afloop"])
        if length is not None and not (t["afloop"] == "onbekend" and rng.random() < 0.5):
            t["einddatum"] = min(t["startdatum"] + datetime.timedelta(days=rng.randint(*length)), end)


def make_events(cases, spec, rng):
    """New violence / concerns after the report; more likely after a history of violence."""
    weights = [3.0 if c["geweldsgeschiedenis"] == "ja" else 1.0 for c in cases]
    violence = weighted_sample(cases, weights, spec["nieuw_geweld"], rng)
    concern_pool = [c for c in cases if c not in violence]
    both = rng.sample(violence, spec["both_soorten"])
    only_concern = weighted_sample(concern_pool, [3.0 if c["geweldsgeschiedenis"] == "ja" else 1.0
                                                  for c in concern_pool],
                                   spec["nieuwe_zorgen"] - spec["both_soorten"], rng)
    rest = [c for c in concern_pool if c not in only_concern]
    unknown_soort = rng.sample(rest, spec["soort_unknown"])
    with_events = violence + only_concern + unknown_soort
    kinds = pool([(k, v) for k, v in spec["known_by"].items()], rng)
    assert len(kinds) == len(with_events), (len(kinds), len(with_events))
    rows = []
    for case, kind in zip(with_events, kinds):
        soorten = []
        if case in violence:
            soorten.append("nieuw_geweld")
        if case in both or case in only_concern:
            soorten.append("nieuwe_zorgen")
        soorten = soorten or [""]
        if rng.random() < 0.3:
            soorten.append(rng.choice(soorten))
        rng.shuffle(soorten)
        rows.extend(event_rows(case, soorten, kind, rng))
    return rows


def event_rows(case, soorten, kind, rng):
    meld, end = case["melddatum"], case["einde_followup"]
    span = (end - meld).days
    days = set()
    while len(days) < len(soorten):
        days.add(min(span, int(span * rng.random() ** 1.5) + 1))
    days = sorted(days)
    party = rng.choice(["vt", "hulpverlening"])
    known_by = [party] * len(soorten)
    if kind == "shared":
        if len(soorten) > 1 and rng.random() < 0.5:
            known_by[-1] = "hulpverlening" if party == "vt" else "vt"
        else:
            known_by[rng.randrange(len(soorten))] = "beide"
    elif kind == "unknown":
        known_by[-1] = ""
    return [{"casus_id": case["casus_id"], "datum": meld + datetime.timedelta(days=d),
             "soort": s, "bekend_bij": b} for d, s, b in zip(days, soorten, known_by)]


def assign_afstemming(cases, spec, rng):
    several = [c for c in cases if c["n_traj"] >= 2]
    values = pool(spec["afstemming"], rng)
    assert len(values) == len(several), (spec["cohort"], len(values), len(several))
    for case in cases:
        case["afstemming"] = ""
    for case, value in zip(several, values):
        case["afstemming"] = value


def dutch(day):
    return day.strftime("%d-%m-%Y") if day else ""


def iso(day):
    return day.isoformat() if day else ""


def write(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter=";", lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def generate(out_dir):
    rng = random.Random(SEED)
    cases, trajectories, events = [], [], []
    for spec in (NHN_2019, NHN_2023):
        cohort_cases = make_cases(spec, rng)
        trajectories += make_trajectories(cohort_cases, spec, rng)
        assign_afstemming(cohort_cases, spec, rng)
        events += make_events(cohort_cases, spec, rng)
        cases += cohort_cases
    case_fields = ["casus_id", "cohort", "regio", "melddatum", "einde_followup", "minderjarigen",
                   "richting", "aard", "vt_eerder_betrokken", "geweldsgeschiedenis",
                   "geschiedenis_jaren", "datum_overdracht", "casusregie", "afstemming",
                   "veiligheidsplan", "hulpverleningsplan", "herstelplan"]
    dates = {"melddatum", "einde_followup", "datum_overdracht"}
    write(os.path.join(out_dir, "casussen.csv"), case_fields,
          [[dutch(c[f]) if f in dates else c[f] for f in case_fields] for c in cases])
    trajectories.sort(key=lambda t: (t["casus_id"], t["startdatum"] or D.max, t["aanbieder"]))
    write(os.path.join(out_dir, "trajecten.csv"),
          ["casus_id", "aanbieder", "doelgroep", "startdatum", "einddatum", "afloop", "risicofactoren"],
          [[t["casus_id"], t["aanbieder"], t["doelgroep"], iso(t["startdatum"]), iso(t["einddatum"]),
            t["afloop"], t["risicofactoren"]] for t in trajectories])
    events.sort(key=lambda e: (e["casus_id"], e["datum"]))
    write(os.path.join(out_dir, "gebeurtenissen.csv"), ["casus_id", "datum", "soort", "bekend_bij"],
          [[e["casus_id"], iso(e["datum"]), e["soort"], e["bekend_bij"]] for e in events])


def check_and_summarise(out_dir):
    """Recomputes the indicators from the written files; asserts the published NHN-2019 figures."""
    all_cases = demo_reference.load(out_dir)
    results = {}
    for cohort in ("NHN-2019", "NHN-2023"):
        cases = [c for c in all_cases.values() if c["cohort"] == cohort]
        results[cohort] = demo_reference.indicators(cases)
        check_validity(cases)
    props, dists = results["NHN-2019"]
    for key, published in PUBLISHED.items():
        percent = props[key]["percent"]
        assert demo_reference.round_half_away(percent) == published, (key, percent, published)
        assert abs(percent % 1 - 0.5) >= 0.1, ("too close to a rounding boundary", key, percent)
    assert len([c for c in all_cases.values() if c["cohort"] == "NHN-2019"]) == 99
    help_mean = dists["snelheid.melding_tot_hulp"]["mean"]
    assert round(help_mean) == 168 and abs(help_mean % 1 - 0.5) >= 0.1, help_mean
    assert abs(dists["kenmerken.geschiedenis_jaren"]["mean"] - 5.0) < 0.05
    assert props["recidive.bekend_bij_een_partij"]["percent"] > 60
    risk = {k.split(".")[-1]: v["percent"] for k, v in props.items() if k.startswith("hulp.")}
    top = sorted(risk, key=lambda k: -risk[k])[:3]
    assert set(top) == {"opvoeding", "relatie_scheiding", "psych_kind"}, risk
    other_props, other_dists = results["NHN-2023"]
    for better in ("regie.casusregie", "plannen.veiligheidsplan", "uitval.voldoende_doorlopen"):
        assert other_props[better]["percent"] > props[better]["percent"] + 10, better
    assert other_props["recidive.nieuw_geweld"]["percent"] < props["recidive.nieuw_geweld"]["percent"]
    assert other_dists["snelheid.melding_tot_hulp"]["mean"] < help_mean - 50
    print_summary(results)


def check_validity(cases):
    """The codebook's cross-field rules, so the importer accepts the files without warnings."""
    for c in cases:
        assert c["einde_followup"] >= c["melddatum"]
        assert c["datum_overdracht"] is None or c["datum_overdracht"] >= c["melddatum"]
        assert c["geschiedenis_jaren"] is None or c["geweldsgeschiedenis"] is True
        assert c["afstemming"] is None or len(c["trajecten"]) >= 2
        assert 0 <= len(c["trajecten"]) <= 4
        for t in c["trajecten"]:
            assert t["einddatum"] is None or (t["startdatum"] is not None and t["einddatum"] >= t["startdatum"])
        for e in c["gebeurtenissen"]:
            assert c["melddatum"] < e["datum"] <= c["einde_followup"]


def print_summary(results):
    for cohort, (props, dists) in results.items():
        print(cohort)
        for key, p in props.items():
            percent = "-" if p["percent"] is None else "%.2f%%" % p["percent"]
            print("  %-36s %4d / %-4d onbekend %-3d %s" % (key, p["numerator"], p["denominator"],
                                                          p["unknown"], percent))
        for key, d in dists.items():
            print("  %-36s n=%d mean=%.2f median=%.1f q1=%.1f q3=%.1f %s" % (
                key, d["n"], d["mean"], d["median"], d["q1"], d["q3"], d["unit"]))


def main():
    out_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "demo")
    os.makedirs(out_dir, exist_ok=True)
    generate(out_dir)
    check_and_summarise(out_dir)
    print("OK: demo study written to %s" % os.path.normpath(out_dir))


if __name__ == "__main__":
    main()
