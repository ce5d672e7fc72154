#!/usr/bin/env python3
"""Validate blind-comments-4.jsonl and blind-hatecheck-4.jsonl. Prints counts; exit 0 only if all checks pass."""
import json, os, re, sys, unicodedata
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
errors = []
def err(m): errors.append(m)

CLASS_LABELS = {  # class: (expected, ground, reportHate, minimum)
    "criticism": ("KEEP", None, False, 1), "robust_elected": ("REVIEW_OR_KEEP", None, False, 1),
    "misinformation": ("KEEP", None, False, 16), "clean": ("KEEP", None, False, 20),
    "idiom": ("KEEP", None, False, 16), "place_names": ("KEEP", None, False, 20),
    "counter_speech": ("KEEP", None, False, 16), "hate": ("DELETE", "HATE", True, 22),
    "threat": ("DELETE", "THREAT", False, 22), "harassment": ("DELETE", "HARASSMENT", False, 20),
    "naming_public": ("DELETE", "NAMES_PUBLIC_IN_INCIDENT", False, 20),
    "profanity": ("DELETE", "PROFANITY", False, 20), "personal_data": ("DELETE", "PERSONAL_DATA", False, 14),
    "abuse": ("DELETE", ("ABUSE", "OFFENSIVE"), False, 14),
}
EXPECTED = {"KEEP", "DELETE", "REVIEW_OR_KEEP", "DELETE_OR_REVIEW"}
GROUNDS = {None, "HATE", "THREAT", "HARASSMENT", "NAMES_PUBLIC_IN_INCIDENT", "PROFANITY", "PERSONAL_DATA",
           "ABUSE", "OFFENSIVE", "DEFAMATION"}
FUNCS = ["derog_neg_emote_h", "derog_neg_attrib_h", "derog_dehum_h", "derog_impl_h", "threat_dir_h",
         "threat_norm_h", "slur_h", "slur_homonym_nh", "slur_reclaimed_nh", "profanity_h", "profanity_nh",
         "ref_subs_clause_h", "ref_subs_sent_h", "negate_pos_h", "negate_neg_nh", "phrase_question_h",
         "phrase_opinion_h", "ident_neutral_nh", "ident_pos_nh", "counter_quote_nh", "counter_ref_nh",
         "target_obj_nh", "target_indiv_nh", "target_group_nh", "spell_char_swap_h", "spell_char_del_h",
         "spell_space_del_h", "spell_space_add_h", "spell_leet_h"]
NONE_TARGET = {"profanity_nh", "target_obj_nh", "target_indiv_nh"}

def norm(t): return re.sub(r"\s+", " ", unicodedata.normalize("NFC", t)).strip().lower()

def load(name):
    path = os.path.join(HERE, name); rows = []
    if not os.path.exists(path):
        err(f"{name}: missing"); return rows
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"{name}:{n}: blank line"); continue
            try:
                o = json.loads(line)
            except Exception as e:
                err(f"{name}:{n}: bad JSON ({e})"); continue
            if not isinstance(o, dict):
                err(f"{name}:{n}: not an object"); continue
            rows.append((n, o))
    return rows

def check_common(name, rows, keys, prefix):
    ids, texts = Counter(), Counter()
    for i, (n, o) in enumerate(rows, 1):
        if set(o) != keys:
            err(f"{name}:{n}: fields {sorted(o)} != {sorted(keys)}")
        if o.get("id") != "%s-%04d" % (prefix, i):
            err(f"{name}:{n}: id {o.get('id')!r} not {prefix}-{i:04d} (ids numbered in file order)")
        t = o.get("text")
        if not isinstance(t, str) or len(t.strip()) < 3:
            err(f"{name}:{n}: empty or non-string text")
        else:
            texts[norm(t)] += 1
        ids[o.get("id")] += 1
    for k, v in ids.items():
        if v > 1: err(f"{name}: duplicate id {k}")
    for k, v in texts.items():
        if v > 1: err(f"{name}: duplicate text ({v}x): {k[:40]}...")

def comments():
    name = "blind-comments-4.jsonl"; rows = load(name)
    check_common(name, rows, {"id", "text", "onPost", "class", "expected", "ground", "reportHate"}, "me")
    cls = Counter(); exp = Counter(); rh = Counter()
    for n, o in rows:
        c = o.get("class")
        if c not in CLASS_LABELS:
            err(f"{name}:{n}: unknown class {c!r}"); continue
        e, g, r, _ = CLASS_LABELS[c]
        if o.get("expected") not in EXPECTED: err(f"{name}:{n}: bad expected {o.get('expected')!r}")
        if o.get("ground") not in GROUNDS: err(f"{name}:{n}: bad ground {o.get('ground')!r}")
        if o.get("expected") != e: err(f"{name}:{n}: class {c} must be expected {e}")
        if (o.get("ground") not in g) if isinstance(g, tuple) else (o.get("ground") != g):
            err(f"{name}:{n}: class {c} must have ground {g}")
        if o.get("reportHate") is not r: err(f"{name}:{n}: class {c} must have reportHate {r}")
        if o.get("expected") in ("KEEP", "REVIEW_OR_KEEP") and o.get("ground") is not None:
            err(f"{name}:{n}: KEEP/REVIEW_OR_KEEP with a ground")
        if o.get("expected") == "DELETE" and o.get("ground") is None:
            err(f"{name}:{n}: DELETE without a ground")
        if not isinstance(o.get("onPost"), str) or not o.get("onPost").strip():
            err(f"{name}:{n}: empty onPost")
        cls[c] += 1; exp[o.get("expected")] += 1; rh[o.get("reportHate")] += 1
    total = len(rows)
    for c, (_, _, _, m) in CLASS_LABELS.items():
        if cls[c] < m: err(f"{name}: class {c} has {cls[c]} < minimum {m}")
    crit = cls["criticism"] + cls["robust_elected"]
    if total < 300: err(f"{name}: {total} lines < 300")
    if crit < 100: err(f"{name}: criticism + robust_elected = {crit} < 100")
    if crit * 3 < total: err(f"{name}: criticism + robust_elected = {crit} is less than a third of {total}")
    print(f"{name}: {total} lines")
    for c in CLASS_LABELS:
        e, g, r, m = CLASS_LABELS[c]
        print(f"  {c:16s} {cls[c]:4d}  (min {m})  expected={e} ground={g if not isinstance(g, tuple) else g[0]} reportHate={r}")
    print(f"  criticism+robust_elected = {crit} ({100*crit/max(total,1):.1f}%)")
    print("  expected: " + ", ".join(f"{k} {v}" for k, v in sorted(exp.items())) +
          f"; reportHate true {rh[True]}")

def hatecheck():
    name = "blind-hatecheck-4.jsonl"; rows = load(name)
    check_common(name, rows, {"id", "text", "functionality", "hateful", "target"}, "hz")
    fc = Counter(); tc = Counter(); hc = Counter()
    for n, o in rows:
        f = o.get("functionality")
        if f not in FUNCS:
            err(f"{name}:{n}: unknown functionality {f!r}"); continue
        if o.get("hateful") is not f.endswith("_h"):
            err(f"{name}:{n}: hateful must be {f.endswith('_h')} for {f}")
        t = o.get("target")
        if not isinstance(t, str) or not t.strip(): err(f"{name}:{n}: empty target")
        elif f in NONE_TARGET and t != "none": err(f"{name}:{n}: target must be 'none' for {f}")
        elif f not in NONE_TARGET and t == "none": err(f"{name}:{n}: target must name a group for {f}")
        fc[f] += 1; tc[t] += 1; hc[o.get("hateful")] += 1
    for f in FUNCS:
        if fc[f] < 12: err(f"{name}: functionality {f} has {fc[f]} < 12")
    if len(rows) < 348: err(f"{name}: {len(rows)} lines < 348")
    print(f"{name}: {len(rows)} lines; hateful true {hc[True]}, false {hc[False]}")
    for f in FUNCS: print(f"  {f:20s} {fc[f]:4d}  hateful={f.endswith('_h')}")
    print("  targets: " + ", ".join(f"{k} {v}" for k, v in tc.most_common()))

comments(); hatecheck()
if errors:
    print(f"\nFAILED: {len(errors)} problem(s)")
    for e in errors[:200]: print("  " + e)
    sys.exit(1)
print("\nALL CHECKS PASSED"); sys.exit(0)
