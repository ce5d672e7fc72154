#!/usr/bin/env python3
"""Validate blind-comments-5.jsonl (adapted from the round-10 format folder's validate.py, comments
checks only). Prints counts per class; exit 0 only if all checks pass."""
import json, os, re, sys, unicodedata
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "blind-comments-5.jsonl"
PREFIX = "c5"
errors = []
def err(m): errors.append(m)

CLASS_LABELS = {  # class: (expected, ground, reportHate, minimum)
    "criticism": ("KEEP", None, False, 1), "robust_elected": ("REVIEW_OR_KEEP", None, False, 1),
    "misinformation": ("KEEP", None, False, 16), "clean": ("KEEP", None, False, 20),
    "idiom": ("KEEP", None, False, 16), "place_names": ("KEEP", None, False, 20),
    "counter_speech": ("KEEP", None, False, 16), "hate": ("DELETE", "HATE", True, 25),
    "threat": ("DELETE", "THREAT", False, 30), "harassment": ("DELETE", "HARASSMENT", False, 30),
    "naming_public": ("DELETE", "NAMES_PUBLIC_IN_INCIDENT", False, 25),
    "profanity": ("DELETE", "PROFANITY", False, 25), "personal_data": ("DELETE", "PERSONAL_DATA", False, 14),
    "abuse": ("DELETE", ("ABUSE", "OFFENSIVE"), False, 25),
}
EXPECTED = {"KEEP", "DELETE", "REVIEW_OR_KEEP", "DELETE_OR_REVIEW"}
GROUNDS = {None, "HATE", "THREAT", "HARASSMENT", "NAMES_PUBLIC_IN_INCIDENT", "PROFANITY", "PERSONAL_DATA",
           "ABUSE", "OFFENSIVE", "DEFAMATION"}
KEYS = {"id", "text", "onPost", "class", "expected", "ground", "reportHate"}
MIN_TOTAL, MIN_CRIT = 330, 110
# Ofcom drama ranges (digits only, without spaces)
DRAMA = [("07700900", 3), ("01632960", 3), ("01134960", 3), ("02079460", 3), ("01614960", 3),
         ("01314960", 3), ("02920180", 3), ("02896496", 3), ("08081570", 3), ("09098790", 3)]

def norm(t): return re.sub(r"\s+", " ", unicodedata.normalize("NFC", t)).strip().lower()

def phone_ok(digits):
    return any(digits.startswith(p) and len(digits) == len(p) + n for p, n in DRAMA)

def load():
    path = os.path.join(HERE, NAME); rows = []
    if not os.path.exists(path):
        err(f"{NAME}: missing"); return rows
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
    return rows

def main():
    rows = load()
    ids, texts = Counter(), Counter()
    for i, (n, o) in enumerate(rows, 1):
        if set(o) != KEYS:
            err(f"{NAME}:{n}: fields {sorted(o)} != {sorted(KEYS)}")
        if o.get("id") != "%s-%04d" % (PREFIX, i):
            err(f"{NAME}:{n}: id {o.get('id')!r} not {PREFIX}-{i:04d} (ids numbered in file order)")
        t = o.get("text")
        if not isinstance(t, str) or len(t.strip()) < 3:
            err(f"{NAME}:{n}: empty or non-string text")
        else:
            texts[norm(t)] += 1
            for m in re.finditer(r"(?<![\w-])0\d[\d ]{8,12}\d", t):
                d = re.sub(r"\D", "", m.group())
                if len(d) in (10, 11) and not phone_ok(d):
                    err(f"{NAME}:{n}: phone-like number outside Ofcom drama ranges: {m.group()}")
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
        if o.get("expected") == "DELETE" and o.get("ground") is None:
            err(f"{NAME}:{n}: DELETE without a ground")
        if not isinstance(o.get("onPost"), str) or not o.get("onPost").strip():
            err(f"{NAME}:{n}: empty onPost")
        cls[c] += 1; exp[o.get("expected")] += 1; rh[o.get("reportHate")] += 1
    total = len(rows)
    for c, (_, _, _, m) in CLASS_LABELS.items():
        if cls[c] < m: err(f"{NAME}: class {c} has {cls[c]} < minimum {m}")
    crit = cls["criticism"] + cls["robust_elected"]
    if total < MIN_TOTAL: err(f"{NAME}: {total} lines < {MIN_TOTAL}")
    if crit < MIN_CRIT: err(f"{NAME}: criticism + robust_elected = {crit} < {MIN_CRIT}")
    if crit * 3 < total: err(f"{NAME}: criticism + robust_elected = {crit} is less than a third of {total}")
    print(f"{NAME}: {total} lines")
    for c in CLASS_LABELS:
        e, g, r, m = CLASS_LABELS[c]
        print(f"  {c:16s} {cls[c]:4d}  (min {m})  expected={e} ground={g if not isinstance(g, tuple) else g[0]} reportHate={r}")
    print(f"  criticism+robust_elected = {crit} ({100*crit/max(total,1):.1f}%)")
    print("  expected: " + ", ".join(f"{k} {v}" for k, v in sorted(exp.items())) +
          f"; reportHate true {rh[True]}")

main()
if errors:
    print(f"\nFAILED: {len(errors)} problem(s)")
    for e in errors[:200]: print("  " + e)
    sys.exit(1)
print("\nALL CHECKS PASSED"); sys.exit(0)
