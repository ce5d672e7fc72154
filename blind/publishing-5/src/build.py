#!/usr/bin/env python3
"""Assemble the hand-written drafts, shuffle with a fixed seed, number u5-0001..., write the JSONL."""
import json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import p_political, p_predet, p_conduct, p_discrim, p_contempt, p_fire, p_preelec
import c_trap_words, c_trap_other, c_trap_more, c_campaign, c_exempt

SEED = 20261208
MODULES = [p_political, p_predet, p_conduct, p_discrim, p_contempt, p_fire, p_preelec,
           c_trap_words, c_trap_other, c_trap_more, c_campaign, c_exempt]
KEYS = ["id", "text", "account", "authorRole", "platform", "profile", "preElection", "committee",
        "class", "expected", "trigger"]

rows = [r for m in MODULES for r in m.DRAFTS]
random.Random(SEED).shuffle(rows)
out = os.path.join(os.path.dirname(HERE), "blind-drafts-5.jsonl")
with open(out, "w", encoding="utf-8", newline="\n") as f:
    for i, r in enumerate(rows, 1):
        rec = {"id": f"u5-{i:04d}", **r}
        f.write(json.dumps({k: rec[k] for k in KEYS}, ensure_ascii=False, separators=(",", ":")) + "\n")
print(f"wrote {len(rows)} drafts to {out}")
