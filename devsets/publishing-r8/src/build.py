#!/usr/bin/env python3
import glob, importlib.util, json, os, random
HERE = os.path.dirname(os.path.abspath(__file__))
rows = []
for path in sorted(glob.glob(os.path.join(HERE, "p_*.py"))):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
    rows.extend(mod.DRAFTS)
random.Random(20261207).shuffle(rows)
KEYS = ["id", "text", "account", "authorRole", "platform", "profile", "preElection", "committee",
        "class", "expected", "trigger"]
out = os.path.join(os.path.dirname(HERE), "blind-drafts-3.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for i, r in enumerate(rows, 1):
        r = dict(r, id=f"pg-{i:04d}")
        f.write(json.dumps({k: r[k] for k in KEYS}, ensure_ascii=False) + "\n")
print(f"wrote {len(rows)} drafts to {out}")
