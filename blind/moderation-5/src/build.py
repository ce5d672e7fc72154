#!/usr/bin/env python3
"""Attach labels to the hand-written lists, shuffle with a fixed seed, write blind-comments-5.jsonl."""
import json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from posts import POSTS
from c_criticism import CRITICISM
from c_elected import ROBUST_ELECTED
from c_keep import MISINFORMATION, CLEAN, IDIOM, PLACE_NAMES, COUNTER_SPEECH
from c_hate import HATE
from c_threat import THREAT
from c_harass import HARASSMENT
from c_naming import NAMING
from c_profanity import PROFANITY
from c_other import PERSONAL_DATA, ABUSE

SEED = 20261208
OUT = os.path.join(os.path.dirname(HERE), "blind-comments-5.jsonl")
LISTS = [  # (class, items, expected, ground, reportHate)
    ("criticism", CRITICISM, "KEEP", None, False),
    ("robust_elected", ROBUST_ELECTED, "REVIEW_OR_KEEP", None, False),
    ("misinformation", MISINFORMATION, "KEEP", None, False),
    ("clean", CLEAN, "KEEP", None, False),
    ("idiom", IDIOM, "KEEP", None, False),
    ("place_names", PLACE_NAMES, "KEEP", None, False),
    ("counter_speech", COUNTER_SPEECH, "KEEP", None, False),
    ("hate", HATE, "DELETE", "HATE", True),
    ("threat", THREAT, "DELETE", "THREAT", False),
    ("harassment", HARASSMENT, "DELETE", "HARASSMENT", False),
    ("naming_public", NAMING, "DELETE", "NAMES_PUBLIC_IN_INCIDENT", False),
    ("profanity", PROFANITY, "DELETE", "PROFANITY", False),
    ("personal_data", PERSONAL_DATA, "DELETE", "PERSONAL_DATA", False),
    ("abuse", ABUSE, "DELETE", "ABUSE", False),
]

def main():
    rows = []
    for cls, items, expected, ground, rh in LISTS:
        for text, post in items:
            rows.append({"text": text, "onPost": POSTS[post], "class": cls,
                         "expected": expected, "ground": ground, "reportHate": rh})
    random.Random(SEED).shuffle(rows)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for i, r in enumerate(rows, 1):
            o = {"id": "c5-%04d" % i, **r}
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} lines to {OUT}")

if __name__ == "__main__":
    main()
