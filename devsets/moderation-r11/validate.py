#!/usr/bin/env python3
"""Validate dev-comments-r11.jsonl. Adapted from the moderation-r5 validator (comments only; HateCheck part dropped).
Prints counts per class; exit 0 only if every check passes."""
import json, os, re, sys, unicodedata
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "dev-comments-r11.jsonl"
errors = []
def err(m): errors.append(m)

CLASS_LABELS = {  # class: (expected, ground, reportHate, minimum) -- minimums from the round 11 task
    "criticism": ("KEEP", None, False, 70), "robust_elected": ("REVIEW_OR_KEEP", None, False, 25),
    "idiom": ("KEEP", None, False, 25), "counter_speech": ("KEEP", None, False, 10),
    "hate": ("DELETE", "HATE", True, 30), "threat": ("DELETE", "THREAT", False, 55),
    "harassment": ("DELETE", "HARASSMENT", False, 55),
    "naming_public": ("DELETE", "NAMES_PUBLIC_IN_INCIDENT", False, 40),
    "abuse": ("DELETE", ("ABUSE", "OFFENSIVE"), False, 20),
}
NEAR_MISS = ("criticism", "robust_elected", "idiom", "counter_speech")
EXPECTED = {"KEEP", "DELETE", "REVIEW_OR_KEEP", "DELETE_OR_REVIEW"}
GROUNDS = {None, "HATE", "THREAT", "HARASSMENT", "NAMES_PUBLIC_IN_INCIDENT", "PROFANITY", "PERSONAL_DATA",
           "ABUSE", "OFFENSIVE", "DEFAMATION"}
KEYS = {"id", "text", "onPost", "class", "expected", "ground", "reportHate"}

def norm(t): return re.sub(r"\s+", " ", unicodedata.normalize("NFC", t)).strip().lower()

rows = []
path = os.path.join(HERE, NAME)
if not os.path.exists(path):
    err(f"{NAME}: missing")
else:
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"{NAME}:{n}: blank line"); continue
            try:
                o = json.loads(line)
            except Exception as e:
                err(f"{NAME}:{n}: bad JSON ({e})"); continue
            if not isinstance(o, dict):
                err(f"{NAME}:{n}: not an object"); continue
            rows.append((n, o))

ids, texts = Counter(), Counter()
for i, (n, o) in enumerate(rows, 1):
    if set(o) != KEYS: err(f"{NAME}:{n}: fields {sorted(o)} != {sorted(KEYS)}")
    if o.get("id") != "mr11-%04d" % i: err(f"{NAME}:{n}: id {o.get('id')!r} not mr11-{i:04d} (ids in file order)")
    t = o.get("text")
    if not isinstance(t, str) or len(t.strip()) < 3: err(f"{NAME}:{n}: empty or non-string text")
    else: texts[norm(t)] += 1
    ids[o.get("id")] += 1
for k, v in ids.items():
    if v > 1: err(f"{NAME}: duplicate id {k}")
for k, v in texts.items():
    if v > 1: err(f"{NAME}: duplicate text ({v}x): {k[:40]}...")

cls = Counter(); exp = Counter(); rh = Counter()
for n, o in rows:
    c = o.get("class")
    if c not in CLASS_LABELS:
        err(f"{NAME}:{n}: unknown class {c!r}"); continue
    e, g, r, _ = CLASS_LABELS[c]
    if o.get("expected") not in EXPECTED: err(f"{NAME}:{n}: bad expected {o.get('expected')!r}")
    if o.get("ground") not in GROUNDS: err(f"{NAME}:{n}: bad ground {o.get('ground')!r}")
    if o.get("expected") != e: err(f"{NAME}:{n}: class {c} must be expected {e}")
    if (o.get("ground") not in g) if isinstance(g, tuple) else (o.get("ground") != g):
        err(f"{NAME}:{n}: class {c} must have ground {g}")
    if o.get("reportHate") is not r: err(f"{NAME}:{n}: class {c} must have reportHate {r}")
    if o.get("expected") in ("KEEP", "REVIEW_OR_KEEP") and o.get("ground") is not None:
        err(f"{NAME}:{n}: KEEP/REVIEW_OR_KEEP with a ground")
    if o.get("expected") == "DELETE" and o.get("ground") is None: err(f"{NAME}:{n}: DELETE without a ground")
    if not isinstance(o.get("onPost"), str) or not o.get("onPost").strip(): err(f"{NAME}:{n}: empty onPost")
    cls[c] += 1; exp[o.get("expected")] += 1; rh[o.get("reportHate")] += 1

total = len(rows)
for c, (_, _, _, m) in CLASS_LABELS.items():
    if cls[c] < m: err(f"{NAME}: class {c} has {cls[c]} < minimum {m}")
near = sum(cls[c] for c in NEAR_MISS)
if near < 120: err(f"{NAME}: near misses (KEEP/REVIEW_OR_KEEP) = {near} < 120")
if total < 320: err(f"{NAME}: {total} lines < 320")

print(f"{NAME}: {total} lines")
for c in CLASS_LABELS:
    e, g, r, m = CLASS_LABELS[c]
    print(f"  {c:16s} {cls[c]:4d}  (min {m})  expected={e} ground={g if not isinstance(g, tuple) else g[0]} reportHate={r}")
print(f"  near misses (criticism+robust_elected+idiom+counter_speech) = {near}")
print("  expected: " + ", ".join(f"{k} {v}" for k, v in sorted(exp.items())) + f"; reportHate true {rh[True]}")
if errors:
    print(f"\nFAILED: {len(errors)} problem(s)")
    for e in errors[:200]: print("  " + e)
    sys.exit(1)
print("\nALL CHECKS PASSED"); sys.exit(0)
