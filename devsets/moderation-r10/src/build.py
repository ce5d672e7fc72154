#!/usr/bin/env python3
"""Build blind-comments-4.jsonl and blind-hatecheck-4.jsonl from the hand-written lists in src/.
Labels are attached per class / functionality; lines are shuffled with fixed seeds."""
import json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

LABELS = {  # class: (expected, ground, reportHate)
    "criticism": ("KEEP", None, False), "robust_elected": ("REVIEW_OR_KEEP", None, False),
    "misinformation": ("KEEP", None, False), "clean": ("KEEP", None, False),
    "idiom": ("KEEP", None, False), "place_names": ("KEEP", None, False),
    "counter_speech": ("KEEP", None, False), "hate": ("DELETE", "HATE", True),
    "threat": ("DELETE", "THREAT", False), "harassment": ("DELETE", "HARASSMENT", False),
    "naming_public": ("DELETE", "NAMES_PUBLIC_IN_INCIDENT", False),
    "profanity": ("DELETE", "PROFANITY", False), "personal_data": ("DELETE", "PERSONAL_DATA", False),
    "abuse": ("DELETE", "ABUSE", False),
}

def comments():
    import importlib
    rows = []
    for mod in ("c_criticism", "c_keep", "c_delete"):
        try:
            m = importlib.import_module(mod)
        except ImportError:
            continue
        for cls, groups in m.DATA.items():
            for post, texts in groups:
                for t in texts:
                    rows.append((cls, post, t))
    rows.sort(key=lambda r: (r[0], r[1], r[2]))
    random.Random(20261207).shuffle(rows)
    with open(os.path.join(OUT, "blind-comments-4.jsonl"), "w", encoding="utf-8") as f:
        for i, (cls, post, t) in enumerate(rows, 1):
            e, g, r = LABELS[cls]
            o = {"id": "me-%04d" % i, "text": t, "onPost": post, "class": cls,
                 "expected": e, "ground": g, "reportHate": r}
            f.write(json.dumps(o, ensure_ascii=False) + "\n")

def hatecheck():
    import importlib
    rows = []
    for mod in ("hc_a", "hc_b", "hc_c"):
        try:
            m = importlib.import_module(mod)
        except ImportError:
            continue
        for func, cases in m.DATA.items():
            for target, t in cases:
                rows.append((func, target, t))
    rows.sort()
    random.Random(71202026).shuffle(rows)
    with open(os.path.join(OUT, "blind-hatecheck-4.jsonl"), "w", encoding="utf-8") as f:
        for i, (func, target, t) in enumerate(rows, 1):
            o = {"id": "hz-%04d" % i, "text": t, "functionality": func,
                 "hateful": func.endswith("_h"), "target": target}
            f.write(json.dumps(o, ensure_ascii=False) + "\n")

comments(); hatecheck()
