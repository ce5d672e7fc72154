#!/usr/bin/env python3
"""Validate dev-comments-indep.jsonl: schema, unique ids/texts, label consistency, minimum counts."""
import json, sys, collections
F = "dev-comments-indep.jsonl"
LABELS = {
 "threat": ("DELETE", "THREAT", False),
 "harassment": ("DELETE", "HARASSMENT", False),
 "naming_public": ("DELETE", "NAMES_PUBLIC_IN_INCIDENT", False),
 "abuse": ("DELETE", "ABUSE", False),
 "hate": ("DELETE", "HATE", True),
 "criticism": ("KEEP", None, False),
 "robust_elected": ("REVIEW_OR_KEEP", None, False),
 "idiom": ("KEEP", None, False),
 "counter_speech": ("KEEP", None, False),
 "clean": ("KEEP", None, False),
 "place_names": ("KEEP", None, False),
}
MIN = {"threat": 70, "harassment": 60, "naming_public": 60, "abuse": 50, "hate": 50,
       "criticism": 80, "robust_elected": 30}
FIELDS = ["id", "text", "onPost", "class", "expected", "ground", "reportHate", "note"]
errs = []
ids, texts = set(), set()
cnt, exp = collections.Counter(), collections.Counter()
n = 0
for i, line in enumerate(open(F, encoding="utf-8"), 1):
    try:
        r = json.loads(line)
    except Exception as e:
        errs.append(f"line {i}: bad JSON {e}"); continue
    n += 1
    if list(r.keys()) != FIELDS:
        errs.append(f"line {i}: fields {list(r.keys())}")
    if r.get("id") != f"dc-{i:04d}":
        errs.append(f"line {i}: id {r.get('id')} not sequential")
    for k in ("text", "onPost", "note"):
        if not isinstance(r.get(k), str) or not r[k].strip():
            errs.append(f"line {i}: empty {k}")
    if r.get("id") in ids: errs.append(f"line {i}: duplicate id")
    ids.add(r.get("id"))
    t = " ".join(str(r.get("text", "")).lower().split())
    if t in texts: errs.append(f"line {i}: duplicate text")
    texts.add(t)
    c = r.get("class")
    if c not in LABELS:
        errs.append(f"line {i}: unknown class {c}"); continue
    e, g, h = LABELS[c]
    if (r["expected"], r["ground"], r["reportHate"]) != (e, g, h):
        errs.append(f"line {i}: labels {r['expected']},{r['ground']},{r['reportHate']} inconsistent with {c}")
    cnt[c] += 1; exp[r["expected"]] += 1
for c, m in MIN.items():
    if cnt[c] < m: errs.append(f"class {c}: {cnt[c]} < {m}")
if n < 500: errs.append(f"total {n} < 500")
if exp["KEEP"] + exp["REVIEW_OR_KEEP"] < 180: errs.append("KEEP-side near misses < 180")
for c in LABELS: print(f"{c:16s} {cnt[c]:4d}")
print(f"{'total':16s} {n:4d}   " + " · ".join(f"{k} {v}" for k, v in sorted(exp.items())))
for e in errs: print("ERROR", e)
print("OK" if not errs else f"{len(errs)} errors")
sys.exit(1 if errs else 0)
