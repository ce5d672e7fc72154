#!/usr/bin/env python3
"""Attach labels, shuffle with a fixed seed and write ../blind-pd-5.jsonl (ids p5-0001...)."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
import items_clean, items_org, items_names, items_ids, items_mixed, items_more  # noqa: F401 (registers items)

SEED = 20261208
recs = list(common.ITEMS)
random.Random(SEED).shuffle(recs)
out = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "blind-pd-5.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for i, r in enumerate(recs, 1):
        rec = {"id": "p5-%04d" % i}
        rec.update(r)
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(f"wrote {len(recs)} records to {out}")
