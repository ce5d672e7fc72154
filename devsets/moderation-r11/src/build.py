#!/usr/bin/env python3
"""Attach labels, shuffle with a fixed seed and write dev-comments-r11.jsonl (one level up)."""
import json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from c_threat import THREAT
from c_harass import HARASS
from c_naming import NAMING
from c_hate_abuse import HATE, ABUSE
from c_criticism import CRITICISM
from c_keep import ROBUST_ELECTED, IDIOM, COUNTER

LABELS = {  # class: (expected, ground, reportHate)
    "criticism": ("KEEP", None, False), "robust_elected": ("REVIEW_OR_KEEP", None, False),
    "idiom": ("KEEP", None, False), "counter_speech": ("KEEP", None, False),
    "hate": ("DELETE", "HATE", True), "threat": ("DELETE", "THREAT", False),
    "harassment": ("DELETE", "HARASSMENT", False), "naming_public": ("DELETE", "NAMES_PUBLIC_IN_INCIDENT", False),
    "abuse": ("DELETE", "ABUSE", False),
}
SOURCES = [("threat", THREAT), ("harassment", HARASS), ("naming_public", NAMING), ("hate", HATE),
           ("abuse", ABUSE), ("criticism", CRITICISM), ("robust_elected", ROBUST_ELECTED),
           ("idiom", IDIOM), ("counter_speech", COUNTER)]
SEED = 20261207

rows = []
for cls, items in SOURCES:
    e, g, r = LABELS[cls]
    for text, post in items:
        rows.append({"text": text, "onPost": post, "class": cls, "expected": e, "ground": g, "reportHate": r})
random.Random(SEED).shuffle(rows)
out = os.path.join(os.path.dirname(HERE), "dev-comments-r11.jsonl")
with open(out, "w", encoding="utf-8", newline="\n") as f:
    for i, o in enumerate(rows, 1):
        rec = {"id": "mr11-%04d" % i, **o}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(f"wrote {len(rows)} lines to {out}")
