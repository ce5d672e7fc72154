#!/usr/bin/env python3
"""Assemble the hand-written parts into ../blind-drafts-2.jsonl with a fixed-seed shuffle."""
import json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common
for mod in ["p_political", "p_predet", "p_conduct", "p_discrim", "p_contempt", "p_fire",
            "p_preel", "p_exempt", "p_campaign", "p_clean1", "p_clean2"]:
    __import__(mod)
drafts = list(common.DRAFTS)
random.Random(20261207).shuffle(drafts)
KEYS = ["id", "text", "account", "authorRole", "platform", "profile", "preElection", "committee",
        "class", "expected", "trigger"]
out = os.path.join(HERE, "..", "blind-drafts-2.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for i, dr in enumerate(drafts, 1):
        dr["id"] = f"pc-{i:04d}"
        f.write(json.dumps({k: dr[k] for k in KEYS}, ensure_ascii=False) + "\n")
print(f"wrote {len(drafts)} drafts to {os.path.normpath(out)}")
