#!/usr/bin/env python3
"""Build ../dev-messages-r11.jsonl from the hand-written rows in this folder.

Attaches labels (class, type, complaint, ambiguous, valid, due), gives rows without a hand-set
jurisdiction one from a seeded rotation, picks receipt dates from a hand-chosen pool of dates near
bank holidays and month ends, shuffles with a fixed seed and numbers ids gr11-0001...
Due dates follow the deadline rules of devsets/messages-r5/README.md using uk-bank-holidays.json
(copied next to this script).
"""
import bisect
import calendar
import datetime as dt
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import sar, eir, foi, ambiguous, complaint, complaint_request, service, other  # noqa: E402

SEED = 20261207
OUT = os.path.join(HERE, "..", "dev-messages-r11.jsonl")
PSEUDONYMS = set()
LAST = dt.date(2027, 12, 31)

# Receipt dates around holidays that differ between UK regions, Easter, Christmas/New Year,
# month ends (SAR clamping) and weekends.
DATES = """
2025-01-02 2025-01-31 2025-02-14 2025-02-17 2025-03-14 2025-03-17 2025-03-31 2025-04-17 2025-04-18
2025-04-22 2025-05-02 2025-05-23 2025-06-12 2025-06-14 2025-07-04 2025-07-11 2025-07-14 2025-07-31
2025-08-01 2025-08-04 2025-08-22 2025-08-25 2025-10-31 2025-11-01 2025-11-28 2025-12-01 2025-12-19
2025-12-24 2025-12-29 2025-12-31 2026-01-02 2026-01-30 2026-01-31 2026-02-17 2026-03-02 2026-03-16
2026-03-17 2026-03-31 2026-04-02 2026-04-03 2026-04-06 2026-05-01 2026-05-15 2026-05-22 2026-05-31
2026-06-12 2026-06-13 2026-06-15 2026-07-03 2026-07-10 2026-07-13 2026-07-31 2026-08-03 2026-08-28
2026-08-31 2026-10-30 2026-10-31 2026-11-27 2026-11-30 2026-12-02 2026-12-04 2026-12-23 2026-12-24
2026-12-28 2026-12-31 2027-01-04 2027-01-29 2027-01-31 2027-02-17 2027-03-17 2027-03-25 2027-03-26
2027-03-29 2027-04-30 2027-05-28 2027-06-12 2027-07-09 2027-07-12 2027-07-31 2027-08-02 2027-08-27
2027-08-30 2027-10-29 2027-10-31 2027-11-26 2027-11-29 2027-11-30
""".split()

# Hand-set receipt dates where the text names a season, a weekday or a month.
DATE_FOR = {
    "Happy Christmas to all the staff": "2025-12-24",
    "Rang on Monday, told someone would call me back": "2026-07-10",
    "Is the tip open on Easter Monday?": "2026-04-02",
    "Fireworks last night were the best": "2025-11-06",
    "Your repairs team said in MARCH": "2026-09-30",
    "play area would reopen by Easter": "2025-08-22",
    "promised a named caseworker in January": "2027-05-28",
    "summer reading challenge": "2025-08-01",
    "Park looks gorgeous this year": "2026-05-01",
    "Fair play to the gritters": "2026-01-02",
    "Windrush Day celebration": "2026-06-23",
    "warm home grant in October": "2027-03-17",
    "swimming lessons since the pool closed in February": "2025-07-31",
    "Reported the broken street light outside no. 40": "2026-07-31",
    "bus pass application in June": "2025-10-31",
    "Asked for my social care file in February": "2025-06-12",
    "Lowther St junction on 2 Oct": "2025-10-31",
    "When will the new leisure centre open?": "2026-07-10",
    "Term starts Monday": "2025-08-29",
    "After 6 weeks with no heating": "2026-12-02",
    "wrote to my councillor in may": "2025-08-22",
    "after the fish died in August": "2025-10-31",
    "blue-green algae test results for Loch Ardvie": "2026-07-31",
    "bathing water results for Portnahaven": "2027-08-27",
    "oil spill into the river at Strand Bridge in April": "2026-06-12",
    "over the summer? weights": "2025-10-31",
    "installed at 15 Quarry Hill in June": "2026-08-03",
    "occupational therapy visit in May": "2027-07-09",
    "welfare visit your officers did at my flat on 2 Feb": "2026-02-17",
    "recordings of my calls to your contact centre from January": "2026-03-02",
    "Gorsey Lane car park on 3rd March": "2025-03-14",
    "christmas lights switch on event": "2025-12-19",
    "algae in the boating lake would be dealt with before the summer": "2025-08-01",
    "overflowed four times since August": "2025-11-28",
    "Reported it on the app 4 times since June": "2026-10-30",
    "Mum died yesterday at home": "2027-01-04",
}

OWN = {"ENGLAND": "england-and-wales", "WALES": "england-and-wales",
       "SCOTLAND": "scotland", "NORTHERN_IRELAND": "northern-ireland"}
JURS = ["ENGLAND", "WALES", "SCOTLAND", "NORTHERN_IRELAND"]
NI_UNFIT = re.compile(r"hous|tenan|school|social work|social care|care home|care record|\bcare\b|\bSEN\b|EHCP|"
                      r"foster|benefit|council tax|repair|homeless|temp|pothole|pavement|footpath|parking|"
                      r"blue badge|librar|bus pass|child|nursery|kids|occupational|\bOT\b|\brent\b|"
                      r"street light|grit|traffic|road|kerb|skip|crossing|speed camera|zigzag|youth|"
                      r"drain|sewage|flood|leaving care|electoral|pupil|year \d|term|bus|disabled bay|legal|wardens?", re.I)


def holidays():
    d = json.load(open(os.path.join(HERE, "uk-bank-holidays.json")))
    return {k: {e["date"] if isinstance(e, dict) else e for e in
                (d[k]["events"] if isinstance(d[k], dict) else d[k])} for k in OWN.values()}


def add_working_days(rec, excluded, n=20):
    d, k = rec, 0
    while k < n:
        d += dt.timedelta(days=1)
        if d.weekday() < 5 and d.isoformat() not in excluded:
            k += 1
    if d > LAST:
        raise SystemExit(f"deadline {d} needs data past {LAST}")
    return d


def sar_due(rec, excluded):
    y, m = (rec.year + 1, 1) if rec.month == 12 else (rec.year, rec.month + 1)
    d = dt.date(y, m, min(rec.day, calendar.monthrange(y, m)[1]))
    while d.weekday() >= 5 or d.isoformat() in excluded:
        d += dt.timedelta(days=1)
    if d > LAST:
        raise SystemExit(f"deadline {d} needs data past {LAST}")
    return d


def rows():
    out = []
    for mod, cls, typ, comp, amb in [
            (sar, "sar", "SAR", False, False), (eir, "eir", "EIR", False, False),
            (foi, "foi", "FOI", False, False), (ambiguous, "ambiguous", "FOI", False, True),
            (complaint, "complaint", "NONE", True, False),
            (service, "service_question", "NONE", False, False),
            (other, "other", "NONE", False, False)]:
        for text, snd, jur in mod.ROWS:
            out.append((text, snd, jur, cls, typ, comp, amb))
    for typ, text, snd, jur in complaint_request.ROWS:
        out.append((text, snd, jur, "complaint_and_request", typ, True, False))
    return out


def main():
    hol = holidays()
    union = set().union(*hol.values())
    rng = random.Random(SEED)
    base = rows()
    rot = JURS * (len(base) // 4 + 1)
    rng.shuffle(rot)
    recs = []
    for i, (text, (channel, platform, sender), jur, cls, typ, comp, amb) in enumerate(base):
        if jur is None:
            jur = rot[i]
            # Northern Ireland's district councils do not run housing, roads, parking, schools,
            # social care, libraries or council tax: give such rows a GB jurisdiction instead.
            if jur == "NORTHERN_IRELAND" and NI_UNFIT.search(text):
                jur = JURS[i % 3]
        # receipt after every year the text mentions ("2025", "2024/25")
        years = [int(y) for y in re.findall(r"\b(20[12]\d)\b", text)]
        years += [2000 + int(y) for y in re.findall(r"\b20[12]\d/(\d\d)\b", text)]
        pool = [x for x in DATES if int(x[:4]) > max(years, default=0)]
        rec = dt.date.fromisoformat(rng.choice(pool))
        for key, day in DATE_FOR.items():
            if key in text:
                rec = dt.date.fromisoformat(day)
        if typ == "NONE":
            valid, due = None, None
        else:
            valid = bool(sender["name"]) and sender["name"] not in PSEUDONYMS and bool(
                sender["email"] or sender["address"])
            if typ == "SAR":
                due = sar_due(rec, hol[OWN[jur]])
            elif jur == "SCOTLAND":
                due = add_working_days(rec, hol["scotland"])
            else:
                due = add_working_days(rec, union)
            due = due.isoformat()
        recs.append({"text": text, "receivedAt": rec.isoformat(), "channel": channel,
                     "platform": platform, "sender": dict(sender), "jurisdiction": jur,
                     "class": cls,
                     "expected": {"type": typ, "ambiguous": amb, "complaint": comp,
                                  "valid": valid, "due": due}})
    rng.shuffle(recs)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, r in enumerate(recs, 1):
            r = {"id": f"gr11-{n:04d}", **r}
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} rows to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
