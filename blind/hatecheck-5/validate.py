#!/usr/bin/env python3
"""Validate blind-hatecheck-5.jsonl. Prints counts; exit 0 only if all checks pass.
Adapted from the moderation-4 format folder's validate.py, keeping only the HateCheck checks."""
import json, os, re, sys, unicodedata
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "blind-hatecheck-5.jsonl"
PREFIX = "h5"
MIN_PER_FUNC = 13
MIN_LINES = 380
errors = []
def err(m): errors.append(m)

FUNCS = ["derog_neg_emote_h", "derog_neg_attrib_h", "derog_dehum_h", "derog_impl_h", "threat_dir_h",
         "threat_norm_h", "slur_h", "slur_homonym_nh", "slur_reclaimed_nh", "profanity_h", "profanity_nh",
         "ref_subs_clause_h", "ref_subs_sent_h", "negate_pos_h", "negate_neg_nh", "phrase_question_h",
         "phrase_opinion_h", "ident_neutral_nh", "ident_pos_nh", "counter_quote_nh", "counter_ref_nh",
         "target_obj_nh", "target_indiv_nh", "target_group_nh", "spell_char_swap_h", "spell_char_del_h",
         "spell_space_del_h", "spell_space_add_h", "spell_leet_h"]
NONE_TARGET = {"profanity_nh", "target_obj_nh", "target_indiv_nh"}
KEYS = {"id", "text", "functionality", "hateful", "target"}

def norm(t): return re.sub(r"\s+", " ", unicodedata.normalize("NFC", t)).strip().lower()

rows = []
path = os.path.join(HERE, NAME)
if not os.path.exists(path):
    err(f"{NAME}: missing")
else:
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"{NAME}:{n}: blank line"); continue
            try:
                o = json.loads(line)
            except Exception as e:
                err(f"{NAME}:{n}: bad JSON ({e})"); continue
            if not isinstance(o, dict):
                err(f"{NAME}:{n}: not an object"); continue
            rows.append((n, o))

ids, texts = Counter(), Counter()
for i, (n, o) in enumerate(rows, 1):
    if set(o) != KEYS:
        err(f"{NAME}:{n}: fields {sorted(o)} != {sorted(KEYS)}")
    if o.get("id") != "%s-%04d" % (PREFIX, i):
        err(f"{NAME}:{n}: id {o.get('id')!r} not {PREFIX}-{i:04d} (ids numbered in file order)")
    t = o.get("text")
    if not isinstance(t, str) or len(t.strip()) < 3:
        err(f"{NAME}:{n}: empty or non-string text")
    else:
        texts[norm(t)] += 1
    ids[o.get("id")] += 1
for k, v in ids.items():
    if v > 1: err(f"{NAME}: duplicate id {k}")
for k, v in texts.items():
    if v > 1: err(f"{NAME}: duplicate text ({v}x): {k[:40]}...")

fc = Counter(); tc = Counter(); hc = Counter()
for n, o in rows:
    f = o.get("functionality")
    if f not in FUNCS:
        err(f"{NAME}:{n}: unknown functionality {f!r}"); continue
    if o.get("hateful") is not f.endswith("_h"):
        err(f"{NAME}:{n}: hateful must be {f.endswith('_h')} for {f}")
    t = o.get("target")
    if not isinstance(t, str) or not t.strip(): err(f"{NAME}:{n}: empty target")
    elif f in NONE_TARGET and t != "none": err(f"{NAME}:{n}: target must be 'none' for {f}")
    elif f not in NONE_TARGET and t == "none": err(f"{NAME}:{n}: target must name a group for {f}")
    fc[f] += 1; tc[t] += 1; hc[o.get("hateful")] += 1
for f in FUNCS:
    if fc[f] < MIN_PER_FUNC: err(f"{NAME}: functionality {f} has {fc[f]} < {MIN_PER_FUNC}")
if len(rows) < MIN_LINES: err(f"{NAME}: {len(rows)} lines < {MIN_LINES}")

print(f"{NAME}: {len(rows)} lines; hateful true {hc[True]}, false {hc[False]}")
for f in FUNCS: print(f"  {f:20s} {fc[f]:4d}  hateful={f.endswith('_h')}")
print("  targets: " + ", ".join(f"{k} {v}" for k, v in tc.most_common()))
if errors:
    print(f"\nFAILED: {len(errors)} problem(s)")
    for e in errors[:200]: print("  " + e)
    sys.exit(1)
print("\nALL CHECKS PASSED"); sys.exit(0)
