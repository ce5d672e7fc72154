"""Build ../blind-pd-2.jsonl from the hand-written items (fixed-seed shuffle)."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
import items_a, items_b, items_c, items_d, items_e, items_f  # noqa: F401  (they register items)

SEED = 20261207
items = list(common.ITEMS)
random.Random(SEED).shuffle(items)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "blind-pd-2.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for i, it in enumerate(items, 1):
        rec = {"id": "pe-%04d" % i, "surface": it["surface"], "account": it["account"], "text": it["text"],
               "class": it["class"], "personal": it["personal"], "organisation": it["organisation"],
               "caseLinked": it["caseLinked"]}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", len(items), "records to", os.path.normpath(out))
