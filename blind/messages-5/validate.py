#!/usr/bin/env python3
"""Validate blind-messages-5.jsonl on its own terms. Does not import the build script.

Usage: python3 validate.py [file.jsonl] [--holidays path/to/uk-bank-holidays.json]
Exit status 0 only if every check passes.
"""
import calendar
import collections
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["id", "text", "receivedAt", "channel", "platform", "sender", "jurisdiction", "class", "expected"]
SENDER_KEYS = ["name", "handle", "email", "address"]
EXP_KEYS = ["type", "ambiguous", "complaint", "valid", "due"]
CHANNELS = {"PUBLIC", "PRIVATE", "EMAIL"}
PLATFORMS = {"X", "FACEBOOK", None}
JURS = {"ENGLAND", "WALES", "SCOTLAND", "NORTHERN_IRELAND"}
CLASSES = {"sar", "eir", "foi", "ambiguous", "complaint", "complaint_and_request",
           "service_question", "other"}
TYPES = {"FOI", "EIR", "SAR", "NONE"}
PSEUDONYMS = {"A Concerned Ratepayer", "Nosey Neighbour"}
EMAIL_DOMAINS = ("example.com", "example.net", "example.org")
MINIMUMS = {"rows": 240, "complaint": 45, "class complaint_and_request": 10, "SAR": 35, "EIR": 35, "FOI (not ambiguous)": 30,
            "ambiguous": 12, "class service_question": 25, "class other": 18,
            "ENGLAND": 25, "WALES": 25, "SCOTLAND": 25, "NORTHERN_IRELAND": 25,
            "SAR citing FOI/FOISA": 5, "EIR without 'environmental'": 25, "SAR CCTV/footage/recording": 5, "SAR care/housing/social work file": 5,
            "complaint_and_request SAR": 3, "complaint_and_request EIR": 3, "complaint_and_request FOI": 3,
            "EMAIL None": 60, "complaint without 'complain'": 25, "PUBLIC FACEBOOK": 15, "PUBLIC X": 15, "PRIVATE FACEBOOK": 10, "PRIVATE X": 8}
FIRST, LAST = dt.date(2025, 1, 1), dt.date(2027, 12, 31)
RECEIPT_FIRST = dt.date(2026, 1, 1)
RECEIPT_LAST = dt.date(2027, 11, 30)

errors = []


def err(rid, msg):
    errors.append(f"{rid}: {msg}")


def holidays_path(argv):
    if "--holidays" in argv:
        return argv[argv.index("--holidays") + 1]
    for c in (os.path.join(HERE, "uk-bank-holidays.json"),):
        if os.path.exists(c):
            return c
    sys.exit("uk-bank-holidays.json not found; use --holidays PATH")


def load(path):
    d = json.load(open(path))
    out = {k: set(d[k]) for k in ("england-and-wales", "scotland", "northern-ireland")}
    for k, v in out.items():
        for x in v:
            if dt.date.fromisoformat(x).weekday() >= 5:
                err("holidays", f"{k} {x} falls on a weekend")
    return out


def working_days(excluded):
    """Indexed list of working days in the period the official data covers."""
    days, d = [], FIRST - dt.timedelta(days=7)
    while d <= LAST:
        if d.weekday() < 5 and d.isoformat() not in excluded:
            days.append(d)
        d += dt.timedelta(days=1)
    return days


def nth_working_day(days, received, n=20):
    import bisect
    i = bisect.bisect_right(days, received)   # first working day strictly after receipt
    j = i + n - 1
    if j >= len(days):
        return None  # would need data past LAST
    return days[j]


def one_month(received, excluded):
    y, m = divmod(received.month, 12)
    y, m = received.year + y, m + 1
    last = calendar.monthrange(y, m)[1]
    d = dt.date(y, m, min(received.day, last))
    while d.weekday() >= 5 or d.isoformat() in excluded:
        d += dt.timedelta(days=1)
    return d


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    if "--holidays" in argv:
        args = [a for a in args if a != argv[argv.index("--holidays") + 1]]
    path = args[0] if args else os.path.join(HERE, "blind-messages-5.jsonl")
    hol = load(holidays_path(argv))
    union = hol["england-and-wales"] | hol["scotland"] | hol["northern-ireland"]
    own_list = {"ENGLAND": "england-and-wales", "WALES": "england-and-wales",
                "SCOTLAND": "scotland", "NORTHERN_IRELAND": "northern-ireland"}
    wd_union = working_days(union)
    wd_scot = working_days(hol["scotland"])
    wd_own = {k: working_days(hol[k]) for k in hol}

    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"line {n}", f"bad JSON: {e}")
    ids, texts = collections.Counter(), collections.Counter()
    c = collections.Counter()
    stats = collections.Counter()
    years = collections.Counter()
    for r in rows:
        rid = r.get("id", "?")
        if list(r.keys()) != KEYS:
            err(rid, f"keys {list(r.keys())}"); continue
        s, e = r["sender"], r["expected"]
        if not isinstance(s, dict) or sorted(s) != sorted(SENDER_KEYS):
            err(rid, "sender keys"); continue
        if not isinstance(e, dict) or sorted(e) != sorted(EXP_KEYS):
            err(rid, "expected keys"); continue
        ids[rid] += 1
        texts[r["text"].strip().lower()] += 1
        if not re.fullmatch(r"m5-\d{4}", rid):
            err(rid, "id format")
        if not r["text"].strip():
            err(rid, "empty text")
        if r["channel"] not in CHANNELS: err(rid, "channel")
        if r["platform"] not in PLATFORMS: err(rid, "platform")
        if r["jurisdiction"] not in JURS: err(rid, "jurisdiction")
        if r["class"] not in CLASSES: err(rid, "class")
        if e["type"] not in TYPES: err(rid, "type")
        for k in ("ambiguous", "complaint"):
            if not isinstance(e[k], bool): err(rid, f"{k} not bool")
        # channel / platform / handle
        if (r["channel"] == "EMAIL") != (r["platform"] is None):
            err(rid, "platform must be null exactly for EMAIL")
        if s["handle"] is not None and r["platform"] != "X":
            err(rid, "handle on a non-X message")
        if r["platform"] == "X" and not s["handle"]:
            err(rid, "X message without handle")
        if s["handle"] is not None and not re.fullmatch(r"@\w{1,30}", s["handle"]):
            err(rid, "handle format")
        if r["platform"] == "FACEBOOK" and not s["name"]:
            err(rid, "Facebook sender without profile name")
        if r["channel"] == "EMAIL" and not s["email"]:
            err(rid, "EMAIL message without sender email")
        for em in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", r["text"]) + ([s["email"]] if s["email"] else []):
            if not em.lower().endswith(EMAIL_DOMAINS):
                err(rid, f"email outside reserved domains: {em}")
            if em != s["email"]:
                err(rid, f"email in text not copied to sender: {em}")
        # class / labels
        cls, typ = r["class"], e["type"]
        want = {"sar": ("SAR", False, False), "eir": ("EIR", False, False),
                "foi": ("FOI", False, False), "ambiguous": ("FOI", False, True),
                "complaint": ("NONE", True, False), "service_question": ("NONE", False, False),
                "other": ("NONE", False, False)}
        if cls == "complaint_and_request":
            if typ == "NONE" or not e["complaint"] or e["ambiguous"]:
                err(rid, "complaint_and_request labels")
        elif cls in want and (typ, e["complaint"], e["ambiguous"]) != want[cls]:
            err(rid, f"class {cls} disagrees with labels")
        # validity
        if typ == "NONE":
            if e["valid"] is not None or e["due"] is not None:
                err(rid, "NONE must have valid and due null")
        else:
            if not isinstance(e["valid"], bool):
                err(rid, "valid must be bool for a request")
            has_name = bool(s["name"]) and s["name"] not in PSEUDONYMS
            has_contact = bool(s["email"] or s["address"])
            if e["valid"] is True and not (has_name and has_contact):
                err(rid, "valid true without real name and email/postal address")
            if e["valid"] is False and has_name and has_contact:
                err(rid, "valid false although name and contact are given")
        # dates
        try:
            rec = dt.date.fromisoformat(r["receivedAt"])
        except ValueError:
            err(rid, "receivedAt not a date"); continue
        if not (RECEIPT_FIRST <= rec <= RECEIPT_LAST):
            err(rid, "receivedAt outside 2026-01-01..2027-11-30")
        years[rec.year] += 1
        jur = r["jurisdiction"]
        if typ in ("FOI", "EIR"):
            want_due = nth_working_day(wd_scot if jur == "SCOTLAND" else wd_union, rec)
            if want_due is None:
                err(rid, "deadline needs data past 2027-12-31"); continue
            if jur != "SCOTLAND":
                alt = nth_working_day(wd_own[own_list[jur]], rec)
                if alt != want_due: stats["FOI/EIR outside Scotland that differ with own-region holidays only"] += 1
            else:
                alt = nth_working_day(wd_union, rec)
                if alt != want_due: stats["Scottish FOI/EIR that differ from the UK-union answer"] += 1
        elif typ == "SAR":
            want_due = one_month(rec, hol[own_list[jur]])
            if want_due > LAST:
                err(rid, "deadline needs data past 2027-12-31"); continue
            y, m = divmod(rec.month, 12)
            y, m = rec.year + y, m + 1
            plain = dt.date(y, m, min(rec.day, calendar.monthrange(y, m)[1]))
            if plain != want_due: stats["SAR rolled forward off a weekend or holiday"] += 1
            if rec.day > calendar.monthrange(y, m)[1]: stats["SAR clamped to month end"] += 1
            pi = plain.isoformat()
            if pi in union and not all(pi in hol[k] for k in hol):
                stats["SAR plain date on a holiday only some UK regions have"] += 1
        else:
            want_due = None
        got = e["due"]
        if typ != "NONE":
            if got != want_due.isoformat():
                err(rid, f"due {got} but rules give {want_due}")
        # counts
        c["rows"] += 1
        c[f"class {cls}"] += 1
        c[typ] += 1
        c[jur] += 1
        if e["complaint"]: c["complaint"] += 1
        if e["ambiguous"]: c["ambiguous"] += 1
        if typ == "FOI" and not e["ambiguous"]: c["FOI (not ambiguous)"] += 1
        if typ != "NONE": c[f"{typ} valid={e['valid']}"] += 1
        if cls == "complaint_and_request": c[f"complaint_and_request {typ}"] += 1
        c[f"{r['channel']} {r['platform']}"] += 1
        low = r["text"].lower()
        if typ == "SAR" and re.search(r"\bfoi\b|foisa|freedom of info", low):
            c["SAR citing FOI/FOISA"] += 1
        if typ == "SAR" and "subject access" in low:
            err(rid, "SAR text says 'subject access'")
        if typ == "EIR" and re.search(r"\beir\b|environmental information reg", low):
            err(rid, "EIR text names the EIR")
        if e["complaint"] and "complain" not in low:
            c["complaint without 'complain'"] += 1
        if typ == "EIR" and "environmental" not in low:
            c["EIR without 'environmental'"] += 1
        if typ == "SAR" and re.search(r"cctv|footage|camera|bodycam|recording", low):
            c["SAR CCTV/footage/recording"] += 1
        if typ == "SAR" and re.search(r"care|housing|social work|tenan|homeless|foster|hostel|accommodation", low):
            c["SAR care/housing/social work file"] += 1
        if typ != "NONE":
            win = {(rec + dt.timedelta(days=k)).isoformat() for k in range(1, (want_due - rec).days + 1)}
            only = {"Scotland-only holiday": hol["scotland"] - hol["england-and-wales"] - hol["northern-ireland"],
                    "NI-only holiday": hol["northern-ireland"] - hol["england-and-wales"] - hol["scotland"],
                    "Easter Monday (not Scotland)": (hol["england-and-wales"] & hol["northern-ireland"]) - hol["scotland"]}
            for name, hs in only.items():
                if win & hs:
                    stats[f"{jur} {typ} deadline window contains {name}"] += 1
            if any(x[5:] in ("12-25", "12-26", "12-28", "12-27") for x in win & union):
                stats["deadline window contains Christmas"] += 1
            if win & {"2026-04-03", "2027-03-26"}:
                stats["deadline window contains Good Friday"] += 1
        if typ == "EIR" and re.search(r"\bfoi\b|foisa|freedom of info", low):
            c["EIR citing FOI/FOISA"] += 1
    for n, r in enumerate(rows, 1):
        if r.get("id") != f"m5-{n:04d}":
            err(r.get("id", "?"), f"id out of order (line {n})")
    for k, v in ids.items():
        if v > 1: err(k, "duplicate id")
    for k, v in texts.items():
        if v > 1: err(k[:40], "duplicate text")
    for k, v in MINIMUMS.items():
        if c[k] < v:
            err("counts", f"{k}: {c[k]} < {v}")
    print("counts:")
    for k in sorted(c):
        print(f"  {k}: {c[k]}")
    print("receivedAt by year:", dict(sorted(years.items())))
    print("deadline traps:")
    for k in sorted(stats):
        print(f"  {k}: {stats[k]}")
    if errors:
        print(f"FAILED: {len(errors)} problem(s)")
        for x in errors:
            print("  " + x)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
