#!/usr/bin/env python3
"""Build blind-comments-3.jsonl and blind-hatecheck-3.jsonl from the hand-written lists in this folder."""
import glob, importlib.util, json, os, random
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
LABELS = {  # class: (expected, ground, reportHate)
    "criticism": ("KEEP", None, False), "robust_elected": ("REVIEW_OR_KEEP", None, False),
    "misinformation": ("KEEP", None, False), "clean": ("KEEP", None, False), "idiom": ("KEEP", None, False),
    "place_names": ("KEEP", None, False), "counter_speech": ("KEEP", None, False),
    "hate": ("DELETE", "HATE", True), "threat": ("DELETE", "THREAT", False),
    "harassment": ("DELETE", "HARASSMENT", False), "naming_public": ("DELETE", "NAMES_PUBLIC_IN_INCIDENT", False),
    "profanity": ("DELETE", "PROFANITY", False), "personal_data": ("DELETE", "PERSONAL_DATA", False),
    "abuse": ("DELETE", "ABUSE", False),
}
def load(prefix, attr):
    rows = []
    for p in sorted(glob.glob(os.path.join(HERE, prefix + "*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(p)[:-3], p)
        m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
        rows.extend(getattr(m, attr))
    return rows
def write(name, objs):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for o in objs: f.write(json.dumps(o, ensure_ascii=False) + "\n")
com = load("c_", "ROWS"); random.Random(20261207).shuffle(com)
objs = []
for i, (cls, post, text) in enumerate(com, 1):
    e, g, r = LABELS[cls]
    objs.append({"id": "mc-%04d" % i, "text": text.strip(), "onPost": post, "class": cls,
                 "expected": e, "ground": g, "reportHate": r})
write("blind-comments-3.jsonl", objs)
hc = load("hc_", "HC"); random.Random(71202026).shuffle(hc)
write("blind-hatecheck-3.jsonl", [{"id": "hx-%04d" % i, "text": t.strip(), "functionality": f,
      "hateful": f.endswith("_h"), "target": tg} for i, (f, tg, t) in enumerate(hc, 1)])
print(f"wrote {len(objs)} comments, {len(hc)} HateCheck cases")
