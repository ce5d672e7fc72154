#!/usr/bin/env python3
"""Build blind-hatecheck-5.jsonl from the hand-written lists: attach labels, shuffle with a fixed seed, number ids."""
import json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import hc_a, hc_b, hc_c

SEED = 20261208
OUT = os.path.join(os.path.dirname(HERE), "blind-hatecheck-5.jsonl")

rows = []
for mod in (hc_a, hc_b, hc_c):
    for func, cases in mod.CASES.items():
        for text, target in cases:
            rows.append({"text": text, "functionality": func, "hateful": func.endswith("_h"), "target": target})
random.Random(SEED).shuffle(rows)
with open(OUT, "w", encoding="utf-8", newline="\n") as f:
    for i, r in enumerate(rows, 1):
        o = {"id": "h5-%04d" % i, "text": r["text"], "functionality": r["functionality"],
             "hateful": r["hateful"], "target": r["target"]}
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(f"wrote {len(rows)} lines to {OUT}")
