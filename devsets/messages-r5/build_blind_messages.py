#!/usr/bin/env python3
"""Build blind-messages-2.jsonl from the hand-written rows in data/.

Shuffles with a fixed seed, assigns ids mg-0001..., and computes every `due`
from the gov.uk bank-holiday data (uk-bank-holidays.json).

Usage: python3 build_blind_messages.py [path/to/uk-bank-holidays.json]
"""
import datetime as dt
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from data import sar, eir, foi, amb, cmp, none, extra  # noqa: E402

SEED = 20261207
LAST_DAY = dt.date(2027, 12, 31)   # last date the official data covers
JUR = {"E": "ENGLAND", "W": "WALES", "S": "SCOTLAND", "N": "NORTHERN_IRELAND"}
CHAN = {"E": ("EMAIL", None), "XP": ("PUBLIC", "X"), "XD": ("PRIVATE", "X"),
        "FP": ("PUBLIC", "FACEBOOK"), "FD": ("PRIVATE", "FACEBOOK")}
# kind -> (class, type, complaint, ambiguous)
KIND = {
    "sar": ("sar", "SAR", False, False),
    "eir": ("eir", "EIR", False, False),
    "foi": ("foi", "FOI", False, False),
    "amb": ("ambiguous", "FOI", False, True),
    "cmp+SAR": ("complaint_and_request", "SAR", True, False),
    "cmp+EIR": ("complaint_and_request", "EIR", True, False),
    "cmp+FOI": ("complaint_and_request", "FOI", True, False),
    "cmp": ("complaint", "NONE", True, False),
    "svc": ("service_question", "NONE", False, False),
    "oth": ("other", "NONE", False, False),
}


def find_holidays(path=None):
    cands = [path] if path else [
        os.path.join(HERE, "uk-bank-holidays.json"),
        os.path.join(HERE, "..", "..", "shared", "corpus", "uk-bank-holidays.json"),
    ]
    for c in cands:
        if c and os.path.exists(c):
            return c
    sys.exit("uk-bank-holidays.json not found; pass its path as the first argument")


def load_holidays(path):
    d = json.load(open(path))
    lists = {k: {dt.date.fromisoformat(x) for x in d[k]}
             for k in ("england-and-wales", "scotland", "northern-ireland")}
    return lists


def check_range(day):
    if day > LAST_DAY:
        raise ValueError(f"deadline computation needs data past {LAST_DAY}: {day}")


def working_day_due(received, holidays):
    """20th working day; day 1 is the first working day after the day of receipt."""
    day, count = received, 0
    while count < 20:
        day += dt.timedelta(days=1)
        check_range(day)
        if day.weekday() < 5 and day not in holidays:
            count += 1
    return day


def sar_due(received, holidays):
    """One calendar month; clamp to month end; roll off weekends and own-region holidays."""
    y, m = (received.year + 1, 1) if received.month == 12 else (received.year, received.month + 1)
    d = received.day
    while True:
        try:
            day = dt.date(y, m, d)
            break
        except ValueError:
            d -= 1
    while day.weekday() >= 5 or day in holidays:
        day += dt.timedelta(days=1)
    check_range(day)
    return day


def due_for(typ, jur, received, hol):
    union = hol["england-and-wales"] | hol["scotland"] | hol["northern-ireland"]
    own = {"ENGLAND": hol["england-and-wales"], "WALES": hol["england-and-wales"],
           "SCOTLAND": hol["scotland"], "NORTHERN_IRELAND": hol["northern-ireland"]}[jur]
    if typ == "SAR":
        return sar_due(received, own)
    if typ in ("FOI", "EIR"):
        return working_day_due(received, hol["scotland"] if jur == "SCOTLAND" else union)
    return None


def all_rows():
    rows = []
    for mod in (sar, eir, foi, amb, cmp, none, extra):
        rows.extend(mod.ROWS)
    return rows


def build(hol_path=None):
    hol = load_holidays(find_holidays(hol_path))
    out = []
    for kind, j, date, ch, sender, valid, text in all_rows():
        cls, typ, complaint, ambiguous = KIND[kind]
        name, handle, email, address = [x or None for x in sender.split("|")]
        channel, platform = CHAN[ch]
        jur = JUR[j]
        received = dt.date.fromisoformat(date)
        due = due_for(typ, jur, received, hol)
        out.append({
            "text": text, "receivedAt": date, "channel": channel, "platform": platform,
            "sender": {"name": name, "handle": handle, "email": email, "address": address},
            "jurisdiction": jur, "class": cls,
            "expected": {"type": typ, "ambiguous": ambiguous, "complaint": complaint,
                         "valid": valid if typ != "NONE" else None,
                         "due": due.isoformat() if due else None},
        })
    random.Random(SEED).shuffle(out)
    final = []
    for i, r in enumerate(out, 1):
        final.append({"id": f"mg-{i:04d}", **r})
    return final


if __name__ == "__main__":
    rows = build(sys.argv[1] if len(sys.argv) > 1 else None)
    dest = os.path.join(HERE, "blind-messages-2.jsonl")
    with open(dest, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {dest}")
