#!/usr/bin/env python3
"""Build blind-comments-2.jsonl and blind-hatecheck-2.jsonl from the hand-written lists here."""
import json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import c_criticism, c_keep, c_delete, hc_a, hc_b, hc_c

CLASSES = {  # class: (source list, expected, ground, reportHate)
    "criticism": (c_criticism.ITEMS, "KEEP", None, False),
    "robust_elected": (c_keep.ROBUST, "REVIEW_OR_KEEP", None, False),
    "misinformation": (c_keep.MISINFO, "KEEP", None, False),
    "clean": (c_keep.CLEAN, "KEEP", None, False),
    "idiom": (c_keep.IDIOM, "KEEP", None, False),
    "place_names": (c_keep.PLACES, "KEEP", None, False),
    "counter_speech": (c_keep.COUNTER, "KEEP", None, False),
    "hate": (c_delete.HATE, "DELETE", "HATE", True),
    "threat": (c_delete.THREAT, "DELETE", "THREAT", False),
    "harassment": (c_delete.HARASS, "DELETE", "HARASSMENT", False),
    "naming_public": (c_delete.NAMING, "DELETE", "NAMES_PUBLIC_IN_INCIDENT", False),
    "profanity": (c_delete.PROFANITY, "DELETE", "PROFANITY", False),
    "personal_data": (c_delete.PD, "DELETE", "PERSONAL_DATA", False),
    "abuse": (c_delete.ABUSE, "DELETE", "ABUSE", False),
}

def main():
    recs = []
    for cls, (items, exp, ground, rh) in CLASSES.items():
        for on_post, text in items:
            recs.append({"text": text, "onPost": on_post, "class": cls, "expected": exp,
                         "ground": ground, "reportHate": rh})
    random.Random(20261207).shuffle(recs)
    with open(os.path.join(OUT, "blind-comments-2.jsonl"), "w", encoding="utf-8") as f:
        for i, r in enumerate(recs, 1):
            f.write(json.dumps({"id": "md-%04d" % i, **r}, ensure_ascii=False) + "\n")
    hc = []
    for fn, target, text in hc_a.CASES + hc_b.CASES + hc_c.CASES:
        hc.append({"text": text, "functionality": fn, "hateful": fn.endswith("_h"), "target": target})
    random.Random(71202026).shuffle(hc)
    with open(os.path.join(OUT, "blind-hatecheck-2.jsonl"), "w", encoding="utf-8") as f:
        for i, r in enumerate(hc, 1):
            f.write(json.dumps({"id": "hc-%04d" % i, **r}, ensure_ascii=False) + "\n")
    print(len(recs), "comments;", len(hc), "hatecheck cases")

if __name__ == "__main__":
    main()
