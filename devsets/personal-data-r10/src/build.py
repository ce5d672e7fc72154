#!/usr/bin/env python3
"""python3 src/build.py : shuffle the hand-written items with a fixed seed and write blind-pd-4.jsonl."""
import json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common
import importlib
for name in sorted(f[:-3] for f in os.listdir(HERE) if f.startswith("items_") and f.endswith(".py")):
    importlib.import_module(name)
items = list(common.ITEMS)
random.Random(20261207).shuffle(items)
out = os.path.join(os.path.dirname(HERE), "blind-pd-4.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for n, r in enumerate(items, 1):
        rec = {"id": "pk-%04d" % n}
        rec.update(r)
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(f"wrote {len(items)} records to {out}")
