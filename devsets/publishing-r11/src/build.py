#!/usr/bin/env python3
"""Assemble the hand-written drafts into ../dev-drafts-r11.jsonl (fixed-seed shuffle, ids ur11-0001...)."""
import importlib, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "dev-drafts-r11.jsonl")
SEED = 20261207
MODULES = ["p_political", "p_predet", "p_conduct", "p_discrim", "p_contempt", "p_fire",
           "p_preelection", "p_preexempt", "p_campaign", "p_clean1", "p_clean2"]
PRIMARY = {"political_opinion": "POLITICAL", "predetermination": "POLITICAL", "conduct": "CONDUCT",
           "discrimination": "CONDUCT", "contempt": "CONDUCT", "fire_detail": "INCIDENT_DETAIL",
           "pre_election": "POLITICAL"}
# account code -> (account, authorRole, profile or None for module default)
ACCT = {"C": ("CORPORATE", "COMMS_TEAM", None), "S": ("SERVICE", "OFFICER", None),
        "Sc": ("SERVICE", "COMMS_TEAM", None), "M": ("COUNCILLOR", "COUNCILLOR", None),
        "P": ("OFFICER_PERSONAL", "OFFICER", None),
        "FS": ("SERVICE", "OFFICER", "suffolk-fire-rescue"),
        "FSc": ("SERVICE", "COMMS_TEAM", "suffolk-fire-rescue")}
PLAT = {"X": "X", "FB": "FACEBOOK", "IG": "INSTAGRAM", "LI": "LINKEDIN"}

def main():
    sys.path.insert(0, HERE)
    records = []
    for name in MODULES:
        m = importlib.import_module(name)
        cls = m.CLASS
        for row in m.ROWS:
            acct, plat, text, trigger = row[:4]
            extra = row[4] if len(row) > 4 else {}
            account, role, prof = ACCT[acct]
            profile = prof or getattr(m, "PROFILE", "uk-council")
            expected = ([PRIMARY[cls]] if cls in PRIMARY else []) + list(extra.get("secondary", []))
            records.append({"text": text, "account": account, "authorRole": role,
                            "platform": PLAT[plat], "profile": profile,
                            "preElection": bool(extra.get("pre", getattr(m, "PRE", False))),
                            "committee": extra.get("committee"), "class": cls,
                            "expected": expected, "trigger": trigger})
    random.Random(SEED).shuffle(records)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for i, r in enumerate(records, 1):
            f.write(json.dumps({"id": f"ur11-{i:04d}", **r}, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} drafts to {OUT}")

if __name__ == "__main__":
    main()
