#!/usr/bin/env python3
"""Writes a synthetic study of N cases (casussen, trajecten, gebeurtenissen CSV files, `;`-separated) that
follows the codebook, deterministically for a seed. Used by bench/run.sh to measure Ketenmonitor
against the sqlite3 shell at national scale (100k, 1M cases). The data are random and mean nothing.

    bench/generate_study.py --cases 100000 --seed 1 --out /tmp/study100k
"""
import argparse
import datetime
import os
import random

RICHTING = ["kind", "partner", "oudere", "ouder", "overig"]
AARD = ["psychisch", "fysiek", "seksueel", "verwaarlozing", "financieel", "stalking"]
AANBIEDER = ["lokaal_team", "jeugdhulp", "ggz", "verslavingszorg", "vrouwenopvang", "veilig_thuis", "overig"]
DOELGROEP = ["kind", "volwassene", "systeem"]
AFLOOP = ["afgerond", "voortijdig_client", "voortijdig_aanbieder", "niet_gestart", "lopend", "onbekend"]
AFLOOP_WEIGHTS = [35, 15, 8, 10, 25, 7]
RISICO = ["opvoeding", "relatie_scheiding", "psych_kind", "geweldsgeschiedenis",
          "psych_volwassene", "verslaving", "financien_werk", "overig"]
REGIO = ["Alkmaar", "West-Friesland", "Kop van Noord-Holland", "Amsterdam", "Utrecht", "Rotterdam-Rijnmond"]
PLAN = ["geen", "deels", "allen"]
EPOCH = datetime.date(2018, 1, 1)


def maybe(rng, value, unknown=0.05):
    return "" if rng.random() < unknown else value


def yes_no(rng, p_yes, unknown=0.05):
    return maybe(rng, "ja" if rng.random() < p_yes else "nee", unknown)


def multi(rng, values, weights):
    chosen = [v for v, w in zip(values, weights) if rng.random() < w]
    return "|".join(chosen or [values[0]])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--cohorts", type=int, default=4, help="number of cohorts (one per year)")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "casussen.csv"), "w", newline="") as cf, \
         open(os.path.join(args.out, "trajecten.csv"), "w", newline="") as tf, \
         open(os.path.join(args.out, "gebeurtenissen.csv"), "w", newline="") as ef:
        cf.write("casus_id;cohort;regio;melddatum;einde_followup;minderjarigen;richting;aard;"
                 "vt_eerder_betrokken;geweldsgeschiedenis;geschiedenis_jaren;datum_overdracht;"
                 "casusregie;afstemming;veiligheidsplan;hulpverleningsplan;herstelplan\n")
        tf.write("casus_id;aanbieder;doelgroep;startdatum;einddatum;afloop;risicofactoren\n")
        ef.write("casus_id;datum;soort;bekend_bij\n")
        for i in range(args.cases):
            cohort_index = i % args.cohorts
            year = 2019 + cohort_index
            cid = f"C{args.seed}-{i:08d}"
            meld = datetime.date(year, 1, 1) + datetime.timedelta(days=rng.randrange(365))
            einde = meld + datetime.timedelta(days=540 + rng.randrange(240))
            history = maybe(rng, "ja" if rng.random() < 0.59 else "nee")
            overdracht = meld + datetime.timedelta(days=rng.randrange(3, 90))
            n_traj = rng.choices([0, 1, 2, 3, 4], [8, 30, 32, 20, 10])[0]
            cf.write(";".join([
                cid, f"COHORT-{year}", rng.choice(REGIO), meld.isoformat(), einde.isoformat(),
                yes_no(rng, 0.9), maybe(rng, multi(rng, RICHTING, [0.5, 0.48, 0.05, 0.04, 0.03])),
                maybe(rng, multi(rng, AARD, [0.6, 0.4, 0.05, 0.1, 0.04, 0.06])),
                yes_no(rng, 0.54), history,
                maybe(rng, f"{rng.randrange(1, 200) / 10}".replace(".", ","), 0.2) if history == "ja" else "",
                maybe(rng, overdracht.isoformat(), 0.1), yes_no(rng, 0.49),
                yes_no(rng, 0.34, 0.1) if n_traj >= 2 else "",
                maybe(rng, rng.choice(PLAN)), maybe(rng, rng.choice(PLAN)), maybe(rng, rng.choice(PLAN)),
            ]) + "\n")
            for _ in range(n_traj):
                afloop = rng.choices(AFLOOP, AFLOOP_WEIGHTS)[0]
                start = end = ""
                if afloop != "niet_gestart":
                    s = meld + datetime.timedelta(days=rng.randrange(-60, 400))
                    start = s.isoformat()
                    if afloop not in ("lopend", "onbekend"):
                        end = (s + datetime.timedelta(days=rng.randrange(0, 500))).isoformat()
                tf.write(";".join([
                    cid, rng.choice(AANBIEDER), rng.choice(DOELGROEP), start, end, afloop,
                    maybe(rng, multi(rng, RISICO, [0.5, 0.4, 0.35, 0.1, 0.1, 0.05, 0.05, 0.05]), 0.1),
                ]) + "\n")
            for _ in range(rng.choices([0, 1, 2, 3], [60, 25, 10, 5])[0]):
                follow = (einde - meld).days
                d = meld + datetime.timedelta(days=1 + rng.randrange(follow))
                ef.write(";".join([cid, d.isoformat(), rng.choice(["nieuw_geweld", "nieuwe_zorgen"]),
                                   rng.choice(["vt", "hulpverlening", "beide"])]) + "\n")


if __name__ == "__main__":
    main()
