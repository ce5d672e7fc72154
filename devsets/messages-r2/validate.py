#!/usr/bin/env python3
"""Validates blind-messages.jsonl: parsing, schema, unique ids, label consistency, counts, and an
independent recomputation of every due date from the gov.uk bank-holiday data (uk-bank-holidays.json, given
as the second argument; it lives with the external evaluation corpora, beside the project).

This file deliberately does not import build_blind_messages.py: the deadline arithmetic is
re-implemented here a different way (an indexed list of working days for FOI/EIR, calendar
month arithmetic via calendar.monthrange for SAR).

Exit status 0 when everything passes, 1 otherwise.
"""
import bisect
import calendar
import collections
import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "blind-messages.jsonl"
HOLIDAYS = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE.parents[2] / "shared" / "corpus" / "uk-bank-holidays.json"

TYPES = {"FOI", "EIR", "SAR", "NONE"}
CLASSES = {"sar", "eir", "foi", "ambiguous", "complaint", "complaint_and_request",
           "service_question", "other"}
CHANNELS = {"PUBLIC", "PRIVATE", "EMAIL"}
PLATFORMS = {"X", "FACEBOOK", None}
JURS = {"ENGLAND", "WALES", "SCOTLAND", "NORTHERN_IRELAND"}
MINIMA = {"rows": 210, "complaint": 45, "SAR": 35, "EIR": 35, "FOI": 40, "ambiguous": 15,
          "NONE": 40, "SCOTLAND": 25, "NORTHERN_IRELAND": 20, "WALES": 20}

errors = []


def err(msg):
    errors.append(msg)


# ---- calendars -------------------------------------------------------------------------------
hol_json = json.loads(HOLIDAYS.read_text())
ew = set(hol_json["england-and-wales"])
sc = set(hol_json["scotland"])
ni = set(hol_json["northern-ireland"])
COVER_END = "2027-12-31"  # official data ends here; nothing may depend on provisional 2028
CAL_FOR_SAR = {"ENGLAND": ew, "WALES": ew, "SCOTLAND": sc, "NORTHERN_IRELAND": ni}


def working_days(closed_iso):
    """Sorted list of working days (ISO strings) from 2024-12-01 to COVER_END."""
    out, d = [], dt.date(2024, 12, 1)
    end = dt.date.fromisoformat(COVER_END)
    while d <= end:
        s = d.isoformat()
        if d.isoweekday() <= 5 and s not in closed_iso:
            out.append(s)
        d += dt.timedelta(days=1)
    return out


WD_UNION = working_days(ew | sc | ni)
WD_SCOT = working_days(sc)
WD_EW = working_days(ew)
WD_NI = working_days(ni)


def twentieth(received_iso, wd):
    i = bisect.bisect_right(wd, received_iso)  # first working day strictly after receipt = day 1
    if i + 19 >= len(wd):
        return None
    return wd[i + 19]


def foi_eir_due(received_iso, jur):
    return twentieth(received_iso, WD_SCOT if jur == "SCOTLAND" else WD_UNION)


def sar_due(received_iso, jur):
    r = dt.date.fromisoformat(received_iso)
    y, m = divmod(r.year * 12 + (r.month - 1) + 1, 12)
    m += 1
    last = calendar.monthrange(y, m)[1]
    d = dt.date(y, m, min(r.day, last))
    closed = CAL_FOR_SAR[jur]
    while d.isoweekday() > 5 or d.isoformat() in closed:
        d = d + dt.timedelta(days=1)
    return d.isoformat() if d.isoformat() <= COVER_END else None


# ---- parse -----------------------------------------------------------------------------------
rows = []
for n, line in enumerate(DATA.read_text(encoding="utf-8").splitlines(), 1):
    if not line.strip():
        err(f"line {n}: blank line")
        continue
    try:
        rows.append(json.loads(line))
    except json.JSONDecodeError as e:
        err(f"line {n}: not JSON ({e})")

ids = [r.get("id") for r in rows]
for i, c in collections.Counter(ids).items():
    if c > 1:
        err(f"duplicate id {i}")
texts = collections.Counter(r.get("text") for r in rows)
for t, c in texts.items():
    if c > 1:
        err(f"duplicate text: {t[:60]!r}")

KEYS = {"id", "text", "receivedAt", "channel", "platform", "sender", "jurisdiction", "class",
        "expected"}
SKEYS = {"name", "handle", "email", "address"}
EKEYS = {"type", "ambiguous", "complaint", "valid", "due"}
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$")

for r in rows:
    rid = r.get("id", "?")
    if set(r) != KEYS:
        err(f"{rid}: keys {sorted(set(r) ^ KEYS)}")
        continue
    if not re.fullmatch(r"bm-\d{4}", rid):
        err(f"{rid}: bad id")
    if not isinstance(r["text"], str) or len(r["text"].strip()) < 5:
        err(f"{rid}: empty text")
    try:
        rec = dt.date.fromisoformat(r["receivedAt"])
        if not (dt.date(2025, 1, 1) <= rec <= dt.date(2027, 12, 31)):
            err(f"{rid}: receivedAt outside 2025-2027")
    except (TypeError, ValueError):
        err(f"{rid}: bad receivedAt")
        continue
    if r["channel"] not in CHANNELS:
        err(f"{rid}: channel")
    if r["platform"] not in PLATFORMS:
        err(f"{rid}: platform")
    if (r["channel"] == "EMAIL") != (r["platform"] is None):
        err(f"{rid}: EMAIL must have platform null and social channels a platform")
    if r["jurisdiction"] not in JURS:
        err(f"{rid}: jurisdiction")
    if r["class"] not in CLASSES:
        err(f"{rid}: class")
    s, e = r["sender"], r["expected"]
    if set(s) != SKEYS:
        err(f"{rid}: sender keys")
        continue
    if set(e) != EKEYS:
        err(f"{rid}: expected keys")
        continue
    if r["channel"] == "EMAIL" and not s["email"]:
        err(f"{rid}: email message without sender email")
    if s["email"] is not None and not EMAIL_RE.match(s["email"]):
        err(f"{rid}: bad email {s['email']}")
    if s["handle"] is not None and not s["handle"].startswith("@"):
        err(f"{rid}: handle must start with @")
    if s["handle"] is not None and r["platform"] != "X":
        err(f"{rid}: handle on a non-X message")
    if e["type"] not in TYPES:
        err(f"{rid}: type")
    for k in ("ambiguous", "complaint"):
        if not isinstance(e[k], bool):
            err(f"{rid}: {k} must be boolean")

    # label consistency
    t, cls = e["type"], r["class"]
    if e["ambiguous"] and (t != "FOI" or cls != "ambiguous"):
        err(f"{rid}: ambiguous must be type FOI, class ambiguous")
    if cls == "ambiguous" and not e["ambiguous"]:
        err(f"{rid}: class ambiguous without ambiguous flag")
    if t == "NONE":
        want = {"complaint"} if e["complaint"] else {"service_question", "other"}
        if cls not in want:
            err(f"{rid}: NONE with complaint={e['complaint']} has class {cls}")
        if e["valid"] is not None or e["due"] is not None:
            err(f"{rid}: NONE must have valid and due null")
    else:
        if e["complaint"] and cls != "complaint_and_request":
            err(f"{rid}: request+complaint must be class complaint_and_request")
        if not e["complaint"] and not e["ambiguous"] and cls != t.lower():
            err(f"{rid}: class {cls} does not match type {t}")
        if not isinstance(e["valid"], bool):
            err(f"{rid}: valid must be boolean for a request")
        contact = bool(s["email"] or s["address"])
        if e["valid"] and not (s["name"] and contact):
            err(f"{rid}: valid=true needs a name and an email or postal address")
        if not s["name"] and e["valid"]:
            err(f"{rid}: no name but valid")
        if not contact and e["valid"]:
            err(f"{rid}: handle-only/no contact but valid")

        # independent due-date recomputation
        if t == "SAR":
            want_due = sar_due(r["receivedAt"], r["jurisdiction"])
        else:
            want_due = foi_eir_due(r["receivedAt"], r["jurisdiction"])
        if want_due is None:
            err(f"{rid}: due date would need bank-holiday data beyond {COVER_END}")
        elif e["due"] != want_due:
            err(f"{rid}: due {e['due']} but recomputed {want_due}")

# ---- counts ----------------------------------------------------------------------------------
exp = [r["expected"] for r in rows if "expected" in r]
counts = {
    "rows": len(rows),
    "complaint": sum(e["complaint"] for e in exp),
    "SAR": sum(e["type"] == "SAR" for e in exp),
    "EIR": sum(e["type"] == "EIR" for e in exp),
    "FOI": sum(e["type"] == "FOI" and not e["ambiguous"] for e in exp),
    "ambiguous": sum(e["ambiguous"] for e in exp),
    "NONE": sum(e["type"] == "NONE" for e in exp),
}
jc = collections.Counter(r["jurisdiction"] for r in rows)
counts.update({j: jc[j] for j in ("SCOTLAND", "NORTHERN_IRELAND", "WALES")})
for k, v in MINIMA.items():
    if counts[k] < v:
        err(f"count {k} = {counts[k]} < required {v}")

print("rows:", counts["rows"])
print("type:", dict(collections.Counter(e["type"] for e in exp)))
print("FOI (not ambiguous):", counts["FOI"], "| ambiguous (type FOI):", counts["ambiguous"])
print("complaint=true:", counts["complaint"],
      "| of which also a request:", sum(e["complaint"] and e["type"] != "NONE" for e in exp))
print("class:", dict(sorted(collections.Counter(r["class"] for r in rows).items())))
print("jurisdiction:", dict(jc))
print("channel:", dict(collections.Counter(r["channel"] for r in rows)),
      "platform:", dict(collections.Counter(str(r["platform"]) for r in rows)))
req = [r for r in rows if r["expected"]["type"] != "NONE"]
print("valid among requests:", dict(collections.Counter(
    (r["expected"]["type"], r["expected"]["valid"]) for r in req)))

# ---- deadline edge coverage (diagnostic) ------------------------------------------------------
own_wd = {"ENGLAND": WD_EW, "WALES": WD_EW, "NORTHERN_IRELAND": WD_NI}
union_matters = sum(1 for r in req if r["expected"]["type"] in ("FOI", "EIR")
                    and r["jurisdiction"] != "SCOTLAND"
                    and twentieth(r["receivedAt"], own_wd[r["jurisdiction"]]) != r["expected"]["due"])
scot_differs = sum(1 for r in req if r["expected"]["type"] in ("FOI", "EIR")
                   and r["jurisdiction"] == "SCOTLAND"
                   and twentieth(r["receivedAt"], WD_UNION) != r["expected"]["due"])
sar_rows = [r for r in req if r["expected"]["type"] == "SAR"]


def plain_month(received_iso):
    rdt = dt.date.fromisoformat(received_iso)
    y, m = (rdt.year + (rdt.month == 12), rdt.month % 12 + 1)
    return dt.date(y, m, min(rdt.day, calendar.monthrange(y, m)[1])).isoformat()


sar_rolled = sum(1 for r in sar_rows if plain_month(r["receivedAt"]) != r["expected"]["due"])
sar_clamped = sum(1 for r in sar_rows
                  if dt.date.fromisoformat(plain_month(r["receivedAt"])).day
                  != dt.date.fromisoformat(r["receivedAt"]).day)
ANY_HOL = ew | sc | ni
ALL_HOL = ew & sc & ni
sar_regional = sum(1 for r in sar_rows
                   if plain_month(r["receivedAt"]) in ANY_HOL - ALL_HOL)
print("FOI/EIR outside Scotland whose due date needs the UK-wide union (own-region list "
      "alone would differ):", union_matters)
print("Scottish FOI/EIR whose due date differs from the UK-union calendar:", scot_differs)
print("SARs whose due date rolls forward off a weekend/holiday:", sar_rolled,
      "| month-end clamped:", sar_clamped,
      "| plain date falls on a holiday of only some UK regions:", sar_regional)

if errors:
    print(f"\nFAILED: {len(errors)} problem(s)")
    for m in errors:
        print(" -", m)
    sys.exit(1)
print("\nOK: all checks passed, every due date recomputed independently and matched")
