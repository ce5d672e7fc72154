#!/usr/bin/env python3
"""Build blind-messages-5.jsonl from src/*.py: fixed-seed shuffle (seed 20261208), ids m5-0001...,
every `due` computed from uk-bank-holidays.json (beside this script) by the deadline rules in README.md."""
import calendar, datetime as dt, glob, importlib.util, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
HOL = json.load(open(os.path.join(HERE, "uk-bank-holidays.json")))
OWN = {"ENGLAND": "england-and-wales", "WALES": "england-and-wales", "SCOTLAND": "scotland",
       "NORTHERN_IRELAND": "northern-ireland"}
UNION = set(HOL["england-and-wales"]) | set(HOL["scotland"]) | set(HOL["northern-ireland"])
LAST = dt.date(2027, 12, 31)


def working(d, excluded):
    return d.weekday() < 5 and d.isoformat() not in excluded


def twentieth(rec, excluded):
    d, n = rec, 0
    while n < 20:
        d += dt.timedelta(days=1)
        if working(d, excluded):
            n += 1
    assert d <= LAST
    return d


def month(rec, excluded):
    y, m = (rec.year + 1, 1) if rec.month == 12 else (rec.year, rec.month + 1)
    d = dt.date(y, m, min(rec.day, calendar.monthrange(y, m)[1]))
    while not working(d, excluded):
        d += dt.timedelta(days=1)
    assert d <= LAST
    return d


def due(r):
    t, rec, j = r["expected"]["type"], dt.date.fromisoformat(r["receivedAt"]), r["jurisdiction"]
    if t in ("FOI", "EIR"):
        return twentieth(rec, set(HOL["scotland"]) if j == "SCOTLAND" else UNION).isoformat()
    if t == "SAR":
        return month(rec, set(HOL[OWN[j]])).isoformat()
    return None


def main():
    rows = []
    for p in sorted(glob.glob(os.path.join(HERE, "src", "batch_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(p)[:-3], p)
        mod = importlib.util.module_from_spec(spec)
        import sys; sys.path.insert(0, os.path.join(HERE, "src"))
        spec.loader.exec_module(mod)
        rows.extend(mod.ROWS)
    random.Random(20261208).shuffle(rows)
    with open(os.path.join(HERE, "blind-messages-5.jsonl"), "w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            r["expected"]["due"] = due(r)
            out = {"id": f"m5-{i:04d}"}
            out.update(r)
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows")


if __name__ == "__main__":
    main()
