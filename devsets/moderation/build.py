#!/usr/bin/env python3
"""Build dev-comments-indep.jsonl from the hand-written src/*.txt files (cls|post|text|note)."""
import json, glob, random
POSTS = {
 "bins": "Council post about changes to bin collections",
 "roads": "Council post about road resurfacing and potholes",
 "plan": "Council post about a planning application decision",
 "park": "Council post about parking charges and enforcement",
 "school": "Council post about school places or school closures",
 "lib": "Council post about library opening hours",
 "ctax": "Council post about council tax rises",
 "event": "Council post about a community event",
 "police": "Police appeal shared by the council",
 "cllr": "Councillor's post about ward work",
 "housing": "Council post about housing and temporary accommodation",
 "parks": "Council post about parks and green spaces",
}
CLS = {
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
rows = []
for f in sorted(glob.glob("src/*.txt")):
    for ln in open(f, encoding="utf-8"):
        ln = ln.rstrip("\n")
        if not ln.strip() or ln.startswith("#"):
            continue
        c, p, t, n = ln.split("|")
        e, g, r = CLS[c.strip()]
        rows.append({"text": t.strip(), "onPost": POSTS[p.strip()], "class": c.strip(),
                     "expected": e, "ground": g, "reportHate": r, "note": n.strip()})
random.Random(20261207).shuffle(rows)
with open("dev-comments-indep.jsonl", "w", encoding="utf-8") as o:
    for i, r in enumerate(rows, 1):
        o.write(json.dumps({"id": f"dc-{i:04d}", **r}, ensure_ascii=False) + "\n")
print(len(rows))
