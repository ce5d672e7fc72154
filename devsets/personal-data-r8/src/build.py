"""python3 src/build.py : shuffles the hand-written items with a fixed seed and writes blind-pd-3.jsonl"""
import json, os, random, sys, importlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common

MODULES = sorted(f[:-3] for f in os.listdir(HERE) if f.startswith("items_") and f.endswith(".py"))
for m in MODULES:
    importlib.import_module(m)

items = list(common.ITEMS)
random.Random(20261207).shuffle(items)
out = os.path.join(os.path.dirname(HERE), "blind-pd-3.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for n, it in enumerate(items, 1):
        rec = {"id": "pf-%04d" % n, "surface": it["surface"], "account": it["account"], "text": it["text"],
               "class": it["class"], "personal": it["personal"], "organisation": it["organisation"],
               "caseLinked": it["caseLinked"]}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(f"wrote {len(items)} records from {', '.join(MODULES)} to {out}")
