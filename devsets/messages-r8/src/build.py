#!/usr/bin/env python3
"""Assemble blind-messages-3.jsonl from src/m_*.py: fixed-seed shuffle, ids mh-0001..., validity
from the labelling rule and due dates from the deadline rules (holidays from
../bank-holidays-2025-2027.json)."""
import datetime as dt, glob, importlib.util, json, os, random
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PSEUDONYMS = {"Concerned Ratepayer", "Bin Watcher", "Tollcross Resident", "Annie Nonymous"}
H = {k: {dt.date.fromisoformat(x) for x in v}
     for k, v in json.load(open(os.path.join(ROOT, "bank-holidays-2025-2027.json"))).items()}
UNION = set().union(*H.values())
OWN = {"ENGLAND": "england-and-wales", "WALES": "england-and-wales", "SCOTLAND": "scotland",
       "NORTHERN_IRELAND": "northern-ireland"}
LAST = dt.date(2027, 12, 31)


def working_day_20(rec, closed):
    d, n = rec, 0
    while n < 20:
        d += dt.timedelta(days=1)
        if d.weekday() < 5 and d not in closed:
            n += 1
    assert d <= LAST
    return d


def month_on(rec, closed):
    y, mth = (rec.year + 1, 1) if rec.month == 12 else (rec.year, rec.month + 1)
    day = rec.day
    while True:
        try:
            d = dt.date(y, mth, day); break
        except ValueError:
            day -= 1
    while d.weekday() >= 5 or d in closed:
        d += dt.timedelta(days=1)
    assert d <= LAST
    return d


rows = []
for path in sorted(glob.glob(os.path.join(HERE, "m_*.py"))):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
    rows.extend(mod.MESSAGES)
random.Random(20261207).shuffle(rows)
out = os.path.join(ROOT, "blind-messages-3.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for i, r in enumerate(rows, 1):
        rec = dt.date.fromisoformat(r["receivedAt"]); t = r["type"]; s = r["sender"]
        if t == "NONE":
            valid = due = None
        else:
            valid = bool(s["name"]) and s["name"] not in PSEUDONYMS and bool(s["email"] or s["address"])
            if t == "SAR":
                due = month_on(rec, H[OWN[r["jurisdiction"]]])
            else:
                due = working_day_20(rec, H["scotland"] if r["jurisdiction"] == "SCOTLAND" else UNION)
            due = due.isoformat()
        obj = {"id": f"mh-{i:04d}", "text": r["text"], "receivedAt": r["receivedAt"],
               "channel": r["channel"], "platform": r["platform"], "sender": s,
               "jurisdiction": r["jurisdiction"], "class": r["class"],
               "expected": {"type": t, "ambiguous": r["ambiguous"], "complaint": r["complaint"],
                            "valid": valid, "due": due}}
        f.write(json.dumps(obj, ensure_ascii=False) + "\n")
print(f"wrote {len(rows)} messages to {out}")
