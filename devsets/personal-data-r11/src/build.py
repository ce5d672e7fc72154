#!/usr/bin/env python3
"""Build dev-pd-r11.jsonl: attach ids after a fixed-seed shuffle. Usage: python3 src/build.py"""
import json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import items_names, items_child, items_addr, items_evasion, items_org, items_traps, items_misc

SEED = 20261207
OUT = os.path.join(os.path.dirname(HERE), "dev-pd-r11.jsonl")


def main():
    items = []
    for m in (items_names, items_child, items_addr, items_evasion, items_org, items_traps, items_misc):
        items.extend(m.ITEMS)
    random.Random(SEED).shuffle(items)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": "pr11-%04d" % n}
            rec.update(it)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(items)} records to {OUT}")


if __name__ == "__main__":
    main()
