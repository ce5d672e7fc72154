#!/usr/bin/env python3
"""Validate blind-drafts-5.jsonl: schema, unique ids/texts, class/label consistency, minimums.
Prints counts; exits 1 on any error."""
import json, os, re, sys
from collections import Counter
from itertools import combinations

PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind-drafts-5.jsonl")
KEYS = ["id", "text", "account", "authorRole", "platform", "profile", "preElection", "committee",
        "class", "expected", "trigger"]
ACCOUNTS = {"CORPORATE", "SERVICE", "COUNCILLOR", "OFFICER_PERSONAL"}
ROLES = {"COMMS_TEAM", "OFFICER", "COUNCILLOR"}
PLATFORMS = {"X", "FACEBOOK", "INSTAGRAM", "LINKEDIN"}
PROFILES = {"uk-council", "suffolk-fire-rescue"}
CATS = {"POLITICAL", "CONDUCT", "INCIDENT_DETAIL", "PERSONAL_DATA", "CONFIDENTIAL"}
SECONDARY = {"PERSONAL_DATA", "CONFIDENTIAL"}
COMMITTEES = {None, "planning", "licensing", "regulatory"}
PRIMARY = {"political_opinion": "POLITICAL", "predetermination": "POLITICAL", "conduct": "CONDUCT",
           "discrimination": "CONDUCT", "contempt": "CONDUCT", "fire_detail": "INCIDENT_DETAIL",
           "pre_election": "POLITICAL"}
CLEAN = {"clean_trap", "councillor_campaigning", "pre_election_exempt"}
MINIMUM = {**{c: 20 for c in PRIMARY}, "clean_trap": 100, "councillor_campaigning": 18,
           "pre_election_exempt": 18}
TOTAL_MIN = 330
PROBLEM_MIN = 150
CLEAN_MIN = 150
ROLE_OF = {"CORPORATE": {"COMMS_TEAM"}, "SERVICE": {"OFFICER", "COMMS_TEAM"},
           "COUNCILLOR": {"COUNCILLOR"}, "OFFICER_PERSONAL": {"OFFICER"}}

errors = []
def err(msg):
    errors.append(msg)

rows = []
with open(PATH, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            err(f"line {n}: blank line"); continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"line {n}: bad JSON ({e})")

ids, texts = Counter(), Counter()
for r in rows:
    rid = r.get("id", "?")
    if list(r.keys()) != KEYS:
        err(f"{rid}: keys {list(r.keys())} != {KEYS}"); continue
    if not re.fullmatch(r"u5-\d{4}", rid): err(f"{rid}: bad id format")
    ids[rid] += 1
    t = r["text"]
    if not isinstance(t, str) or not t.strip(): err(f"{rid}: empty text")
    texts[t.strip().lower()] += 1
    if r["account"] not in ACCOUNTS: err(f"{rid}: bad account")
    if r["authorRole"] not in ROLES: err(f"{rid}: bad authorRole")
    elif r["account"] in ROLE_OF and r["authorRole"] not in ROLE_OF[r["account"]]:
        err(f"{rid}: authorRole {r['authorRole']} implausible for {r['account']}")
    if r["platform"] not in PLATFORMS: err(f"{rid}: bad platform")
    if r["profile"] not in PROFILES: err(f"{rid}: bad profile")
    if not isinstance(r["preElection"], bool): err(f"{rid}: preElection not bool")
    if r["committee"] not in COMMITTEES: err(f"{rid}: bad committee")
    if r["committee"] is not None and r["account"] != "COUNCILLOR":
        err(f"{rid}: committee set on a non-councillor account")
    if not isinstance(r["trigger"], str) or not r["trigger"].strip(): err(f"{rid}: empty trigger")
    else:
        tw = re.findall(r"[a-z0-9']+", r["trigger"].lower()); xw = re.findall(r"[a-z0-9']+", t.lower())
        grams = {tuple(xw[i:i + 4]) for i in range(len(xw) - 3)}
        if any(tuple(tw[i:i + 4]) in grams for i in range(len(tw) - 3)):
            err(f"{rid}: trigger quotes the text")
    exp, cls = r["expected"], r["class"]
    if not isinstance(exp, list) or any(c not in CATS for c in exp) or len(set(exp)) != len(exp):
        err(f"{rid}: bad expected {exp}"); continue
    if cls in PRIMARY:
        if not exp or exp[0] != PRIMARY[cls]:
            err(f"{rid}: class {cls} needs primary {PRIMARY[cls]} first, got {exp}")
        if any(c not in SECONDARY for c in exp[1:]):
            err(f"{rid}: only PERSONAL_DATA/CONFIDENTIAL may be secondary, got {exp}")
    elif cls in CLEAN:
        if exp: err(f"{rid}: clean class {cls} must have expected [], got {exp}")
    else:
        err(f"{rid}: unknown class {cls}")
    # class-specific constraints
    if cls == "political_opinion" and r["account"] not in {"CORPORATE", "SERVICE"}:
        err(f"{rid}: political_opinion must be on CORPORATE/SERVICE")
    if cls == "predetermination" and (r["account"] != "COUNCILLOR" or r["committee"] is None):
        err(f"{rid}: predetermination needs a COUNCILLOR with committee")
    if cls == "fire_detail" and r["profile"] != "suffolk-fire-rescue":
        err(f"{rid}: fire_detail must use suffolk-fire-rescue")
    if cls in ("pre_election", "pre_election_exempt") and not r["preElection"]:
        err(f"{rid}: {cls} must have preElection true")
    if cls == "pre_election" and r["account"] not in {"CORPORATE", "SERVICE"}:
        err(f"{rid}: pre_election is council publicity (CORPORATE/SERVICE)")
    if cls == "councillor_campaigning" and r["account"] != "COUNCILLOR":
        err(f"{rid}: councillor_campaigning must be on a COUNCILLOR account")
    if r["account"] == "COUNCILLOR" and r["authorRole"] != "COUNCILLOR":
        err(f"{rid}: councillor account must have authorRole COUNCILLOR")

for k, v in ids.items():
    if v > 1: err(f"duplicate id {k}")
for k, v in texts.items():
    if v > 1: err(f"duplicate text: {k[:50]}...")
expected_ids = {f"u5-{i:04d}" for i in range(1, len(rows) + 1)}
if set(ids) != expected_ids: err("ids are not a contiguous u5-0001.. sequence")

# near-duplicate (template) check: word-set Jaccard
def words(t): return set(re.findall(r"[a-z0-9']+", t.lower()))
ws = [(r.get("id"), words(r.get("text", ""))) for r in rows]
for (a, wa), (b, wb) in combinations(ws, 2):
    if wa and wb and len(wa & wb) / len(wa | wb) > 0.6:
        err(f"near-duplicate texts {a} / {b}")

# shuffled: classes should not sit in long runs
by_class = Counter(r.get("class") for r in rows)
run, longest, prev = 0, 0, None
for r in rows:
    run = run + 1 if r.get("class") == prev else 1
    prev = r.get("class"); longest = max(longest, run)
if longest > 10: err(f"classes appear unshuffled (run of {longest})")

for c, m in MINIMUM.items():
    if by_class[c] < m: err(f"class {c}: {by_class[c]} < minimum {m}")
if len(rows) < TOTAL_MIN: err(f"total {len(rows)} < {TOTAL_MIN}")
if sum(by_class[c] for c in PRIMARY) < PROBLEM_MIN:
    err(f"problem drafts {sum(by_class[c] for c in PRIMARY)} < {PROBLEM_MIN}")
if sum(by_class[c] for c in CLEAN) < CLEAN_MIN:
    err(f"clean drafts {sum(by_class[c] for c in CLEAN)} < {CLEAN_MIN}")
for pr in PROFILES:
    if not any(r.get("profile") == pr for r in rows): err(f"no draft on profile {pr}")
# fixed-seed reproducibility: rebuild in memory and compare
import subprocess, hashlib
_src = os.path.join(os.path.dirname(os.path.abspath(__file__)), "src", "build.py")
if os.path.exists(_src) and os.path.abspath(PATH) == os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind-drafts-5.jsonl"):
    _before = hashlib.sha256(open(PATH, "rb").read()).hexdigest()
    subprocess.run([sys.executable, _src], check=True, stdout=subprocess.DEVNULL)
    if hashlib.sha256(open(PATH, "rb").read()).hexdigest() != _before:
        err("src/build.py does not reproduce the JSONL exactly")
for a in ACCOUNTS:
    if not any(r.get("account") == a for r in rows): err(f"no draft on account {a}")
for pl in PLATFORMS:
    if not any(r.get("platform") == pl for r in rows): err(f"no draft on platform {pl}")

def table(title, counter):
    print(f"\n{title}")
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        print(f"  {str(k):26s} {v:4d}")

print(f"drafts: {len(rows)}")
table("by class", by_class)
table("by expected category (occurrences)", Counter(c for r in rows for c in r.get("expected", [])))
table("by expected set", Counter("+".join(r.get("expected", [])) or "[] (clean)" for r in rows))
table("by account", Counter(r.get("account") for r in rows))
table("by authorRole", Counter(r.get("authorRole") for r in rows))
table("by platform", Counter(r.get("platform") for r in rows))
table("by profile", Counter(r.get("profile") for r in rows))
table("by preElection", Counter(r.get("preElection") for r in rows))
table("by committee", Counter(r.get("committee") for r in rows))

if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for e in errors: print("  " + e)
    sys.exit(1)
print("\nOK: no errors")
