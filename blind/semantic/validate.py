#!/usr/bin/env python3
"""Validate the blind semantic-stage evaluation sets and print counts.

Checks: every line parses as a JSON object; exact key set; ids unique and well formed;
class / expected / ground / account values are allowed and consistent with each other;
text non-empty; per-class minimum counts from the brief. Exit status 1 on any error.
"""
import collections, json, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

COMMENT_CLASSES = {  # class: (expected, ground, minimum)
    "criticism": ("KEEP", None, 110),
    "legitimate": ("KEEP", None, 50),
    "hate_implicit": ("DELETABLE", "HATE", 30),
    "threat_veiled": ("DELETABLE", "THREAT", 30),
    "harassment": ("DELETABLE", "HARASSMENT", 25),
    "naming_public": ("DELETABLE", "NAMES_PUBLIC_IN_INCIDENT", 30),
    "abuse_no_swearing": ("DELETABLE", "ABUSE", 20),
}
DRAFT_CLASSES = {  # class: (expected, allowed accounts, minimum)
    "political_official": ("REVIEW", {"CORPORATE", "SERVICE", "OFFICER_PERSONAL"}, 60),
    "conduct_official": ("REVIEW", {"CORPORATE", "SERVICE", "OFFICER_PERSONAL", "COUNCILLOR"}, 30),
    "clean_official": ("CLEAN", {"CORPORATE", "SERVICE", "OFFICER_PERSONAL"}, 80),
    "councillor_campaigning": ("CLEAN", {"COUNCILLOR"}, 30),
}
errors = []


def load(name, keys, id_re):
    rows, seen = [], set()
    for n, line in enumerate((HERE / name).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            errors.append(f"{name}:{n}: blank line"); continue
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{name}:{n}: bad JSON: {e}"); continue
        if not isinstance(r, dict) or set(r) != keys:
            errors.append(f"{name}:{n}: keys {sorted(r) if isinstance(r, dict) else type(r)} != {sorted(keys)}"); continue
        if not re.fullmatch(id_re, r["id"]):
            errors.append(f"{name}:{n}: bad id {r['id']!r}")
        if r["id"] in seen:
            errors.append(f"{name}:{n}: duplicate id {r['id']}")
        seen.add(r["id"])
        if not isinstance(r["text"], str) or not r["text"].strip():
            errors.append(f"{name}:{n}: empty text")
        rows.append(r)
    texts = collections.Counter(r["text"] for r in rows)
    for t, c in texts.items():
        if c > 1:
            errors.append(f"{name}: duplicate text x{c}: {t[:60]!r}")
    return rows


comments = load("blind-comments.jsonl", {"id", "text", "onPost", "class", "expected", "ground"}, r"sc-\d{4}")
drafts = load("blind-drafts.jsonl", {"id", "text", "account", "class", "expected"}, r"sd-\d{4}")

for r in comments:
    spec = COMMENT_CLASSES.get(r["class"])
    if not spec:
        errors.append(f"{r['id']}: unknown class {r['class']}"); continue
    if (r["expected"], r["ground"]) != spec[:2]:
        errors.append(f"{r['id']}: expected/ground {r['expected']}/{r['ground']} != {spec[:2]}")
    if not isinstance(r["onPost"], str) or not r["onPost"].strip():
        errors.append(f"{r['id']}: empty onPost")
for r in drafts:
    spec = DRAFT_CLASSES.get(r["class"])
    if not spec:
        errors.append(f"{r['id']}: unknown class {r['class']}"); continue
    if r["expected"] != spec[0]:
        errors.append(f"{r['id']}: expected {r['expected']} != {spec[0]}")
    if r["account"] not in spec[1]:
        errors.append(f"{r['id']}: account {r['account']} not allowed for {r['class']}")


def show(title, counter):
    print(f"  {title}:")
    for k, v in sorted(counter.items(), key=lambda kv: str(kv[0])):
        print(f"    {str(k):28} {v}")


print(f"blind-comments.jsonl: {len(comments)} lines")
cc = collections.Counter(r["class"] for r in comments)
show("class", cc)
show("expected", collections.Counter(r["expected"] for r in comments))
show("ground", collections.Counter(r["ground"] for r in comments))
print(f"blind-drafts.jsonl: {len(drafts)} lines")
dc = collections.Counter(r["class"] for r in drafts)
show("class", dc)
show("expected", collections.Counter(r["expected"] for r in drafts))
show("account", collections.Counter(r["account"] for r in drafts))
show("class x account", collections.Counter(f"{r['class']}/{r['account']}" for r in drafts))

for cls, spec in COMMENT_CLASSES.items():
    if cc[cls] < spec[2]:
        errors.append(f"comments: {cls} has {cc[cls]} < {spec[2]}")
for cls, spec in DRAFT_CLASSES.items():
    if dc[cls] < spec[2]:
        errors.append(f"drafts: {cls} has {dc[cls]} < {spec[2]}")
if len(comments) < 300:
    errors.append(f"comments: {len(comments)} < 300")
if len(drafts) < 200:
    errors.append(f"drafts: {len(drafts)} < 200")

if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nOK")
