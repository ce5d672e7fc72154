#!/usr/bin/env python3
"""Assemble blind-drafts-4.jsonl from src/p_*.py with a fixed-seed shuffle (seed 20261207); ids pm-0001..."""
import glob, importlib.util, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
rows = []
for p in sorted(glob.glob(os.path.join(HERE, "src", "p_*.py"))):
    spec = importlib.util.spec_from_file_location(os.path.basename(p)[:-3], p)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    rows.extend(mod.DRAFTS)
random.Random(20261207).shuffle(rows)
with open(os.path.join(HERE, "blind-drafts-4.jsonl"), "w", encoding="utf-8") as f:
    for i, r in enumerate(rows, 1):
        f.write(json.dumps({"id": f"pm-{i:04d}", **r}, ensure_ascii=False) + "\n")
print(f"wrote {len(rows)} drafts")
