#!/usr/bin/env python3
"""Validate blind-drafts.jsonl: parse, schema, unique ids, consistency, counts."""
import json, sys, collections, os

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind-drafts.jsonl")
ACCOUNTS = {"CORPORATE", "SERVICE", "COUNCILLOR", "OFFICER_PERSONAL"}
ROLES = {"COMMS_TEAM", "OFFICER", "COUNCILLOR"}
PLATFORMS = {"X", "FACEBOOK", "INSTAGRAM", "LINKEDIN"}
PROFILES = {"uk-council", "suffolk-fire-rescue"}
CATS = {"POLITICAL", "CONDUCT", "INCIDENT_DETAIL", "PERSONAL_DATA", "CONFIDENTIAL"}
PROBLEM = {"political_opinion": "POLITICAL", "predetermination": "POLITICAL", "conduct": "CONDUCT",
           "discrimination": "CONDUCT", "contempt": "CONDUCT", "fire_detail": "INCIDENT_DETAIL",
           "pre_election": "POLITICAL"}
CLEAN = {"pre_election_exempt", "councillor_campaigning", "clean_trap"}
KEYS = ["id", "text", "account", "authorRole", "platform", "profile", "preElection", "committee",
        "class", "expected", "trigger"]

errors, warnings = [], []
rows = []
with open(PATH, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            errors.append(f"line {n}: blank line"); continue
        try:
            rows.append((n, json.loads(line)))
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: bad JSON: {e}")

ids, texts = collections.Counter(), collections.Counter()
for n, r in rows:
    where = f"line {n} ({r.get('id')})"
    if list(r.keys()) != KEYS:
        errors.append(f"{where}: keys {list(r.keys())}")
    ids[r.get("id")] += 1
    texts[r.get("text", "").strip().lower()] += 1
    if not isinstance(r.get("text"), str) or len(r["text"].strip()) < 10:
        errors.append(f"{where}: text missing/too short")
    if r.get("account") not in ACCOUNTS: errors.append(f"{where}: account {r.get('account')}")
    if r.get("authorRole") not in ROLES: errors.append(f"{where}: authorRole {r.get('authorRole')}")
    if r.get("platform") not in PLATFORMS: errors.append(f"{where}: platform {r.get('platform')}")
    if r.get("profile") not in PROFILES: errors.append(f"{where}: profile {r.get('profile')}")
    if not isinstance(r.get("preElection"), bool): errors.append(f"{where}: preElection not bool")
    com = r.get("committee")
    if com is not None and (not isinstance(com, str) or not com): errors.append(f"{where}: committee")
    exp = r.get("expected")
    if not isinstance(exp, list) or any(c not in CATS for c in exp) or len(set(exp)) != len(exp):
        errors.append(f"{where}: expected {exp}")
        exp = []
    if not isinstance(r.get("trigger"), str) or not r["trigger"].strip():
        errors.append(f"{where}: trigger missing")
    cls = r.get("class")
    # account / role consistency
    acc, role = r.get("account"), r.get("authorRole")
    if (acc == "COUNCILLOR") != (role == "COUNCILLOR"):
        errors.append(f"{where}: COUNCILLOR account/role mismatch")
    if acc == "OFFICER_PERSONAL" and role != "OFFICER":
        errors.append(f"{where}: OFFICER_PERSONAL must be OFFICER")
    if com is not None and acc != "COUNCILLOR":
        errors.append(f"{where}: committee set on non-councillor")
    # class consistency
    if cls in PROBLEM:
        if PROBLEM[cls] not in exp: errors.append(f"{where}: {cls} must include {PROBLEM[cls]}")
    elif cls in CLEAN:
        if exp: errors.append(f"{where}: clean class {cls} with expected {exp}")
    else:
        errors.append(f"{where}: unknown class {cls}")
    if cls == "predetermination" and (acc != "COUNCILLOR" or com is None):
        errors.append(f"{where}: predetermination needs councillor with committee")
    if cls == "political_opinion" and acc == "COUNCILLOR":
        errors.append(f"{where}: political_opinion should be official/officer")
    if cls == "fire_detail" and r.get("profile") != "suffolk-fire-rescue":
        errors.append(f"{where}: fire_detail needs suffolk-fire-rescue")
    if cls in ("pre_election", "pre_election_exempt") and r.get("preElection") is not True:
        errors.append(f"{where}: {cls} needs preElection true")
    if cls == "councillor_campaigning" and acc != "COUNCILLOR":
        errors.append(f"{where}: councillor_campaigning needs COUNCILLOR account")
    if r.get("platform") == "X" and len(r.get("text", "")) > 280:
        warnings.append(f"{where}: X post {len(r['text'])} chars > 280")

for i, c in ids.items():
    if c > 1: errors.append(f"duplicate id {i} x{c}")
for t, c in texts.items():
    if c > 1: errors.append(f"duplicate text x{c}: {t[:60]}")

recs = [r for _, r in rows]
by_class = collections.Counter(r["class"] for r in recs)
by_cat = collections.Counter(c for r in recs for c in r["expected"])
by_acc = collections.Counter(r["account"] for r in recs)
by_plat = collections.Counter(r["platform"] for r in recs)
by_prof = collections.Counter(r["profile"] for r in recs)
by_role = collections.Counter(r["authorRole"] for r in recs)
problem = sum(1 for r in recs if r["expected"])
clean = sum(1 for r in recs if not r["expected"])
pre = sum(1 for r in recs if r["preElection"])
com = collections.Counter(r["committee"] for r in recs if r["committee"])
multi = sum(1 for r in recs if len(r["expected"]) > 1)

# brief minimums
if len(recs) < 320: errors.append(f"only {len(recs)} lines (< 320)")
if problem < 120: errors.append(f"only {problem} problem drafts (< 120)")
if clean < 120: errors.append(f"only {clean} clean drafts (< 120)")
for cls in PROBLEM:
    if by_class[cls] < 15: errors.append(f"class {cls}: {by_class[cls]} (< 15)")

def show(title, counter):
    print(title)
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        print(f"  {k:<24} {v}")

print(f"records: {len(recs)}  problem: {problem}  clean: {clean}  multi-category: {multi}  preElection=true: {pre}")
show("per class:", by_class)
show("per expected category:", by_cat)
show("per account:", by_acc)
show("per authorRole:", by_role)
show("per platform:", by_plat)
show("per profile:", by_prof)
show("per committee:", com)
for w in warnings: print("WARN", w)
for e in errors: print("ERROR", e)
print("OK" if not errors else f"FAILED ({len(errors)} errors)")
sys.exit(1 if errors else 0)
