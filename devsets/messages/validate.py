#!/usr/bin/env python3
"""Check dev-messages-indep.jsonl: schema, unique ids/texts, label consistency, counts.
Usage: python3 validate.py [file]"""
import json, re, sys, collections, datetime

PATH = sys.argv[1] if len(sys.argv) > 1 else "dev-messages-indep.jsonl"
KEYS = {"id", "text", "receivedAt", "channel", "platform", "sender", "jurisdiction", "class",
        "expected", "note"}
SENDER_KEYS = {"name", "handle", "email", "address"}
EXP_KEYS = {"type", "ambiguous", "complaint", "valid"}
CLASS_TYPES = {"sar": {"SAR"}, "eir": {"EIR"}, "foi": {"FOI"}, "ambiguous": {"FOI"},
               "complaint": {"NONE"}, "complaint_and_request": {"FOI", "EIR", "SAR"},
               "service_question": {"NONE"}, "other": {"NONE"}}
JURS = {"ENGLAND", "WALES", "SCOTLAND", "NORTHERN_IRELAND"}
MINIMUMS = {"rows": 400, "complaint": 90, "SAR": 60, "EIR": 60, "FOI_not_ambiguous": 70,
            "ambiguous": 40, "service_question": 60, "other": 30}
errors = []
def err(i, msg):
    errors.append(f"line {i}: {msg}")

rows, ids, texts = [], set(), set()
for i, line in enumerate(open(PATH, encoding="utf-8"), 1):
    try:
        r = json.loads(line)
    except Exception as e:
        err(i, f"bad JSON: {e}"); continue
    rows.append(r)
    if set(r) != KEYS:
        err(i, f"keys {sorted(set(r) ^ KEYS)}"); continue
    if "due" in r["expected"]:
        err(i, "due field must be omitted")
    if set(r["sender"]) != SENDER_KEYS or set(r["expected"]) != EXP_KEYS:
        err(i, "sender/expected keys"); continue
    if not re.fullmatch(r"dm-\d{4}", r["id"]) or r["id"] in ids:
        err(i, f"bad or duplicate id {r['id']}")
    ids.add(r["id"])
    t = " ".join(r["text"].lower().split())
    if not t or t in texts:
        err(i, "empty or duplicate text")
    texts.add(t)
    if not isinstance(r["note"], str) or not r["note"].strip():
        err(i, "missing note")
    try:
        d = datetime.date.fromisoformat(r["receivedAt"])
        if not 2025 <= d.year <= 2027:
            err(i, "receivedAt out of range")
    except Exception:
        err(i, "bad receivedAt")
    if r["jurisdiction"] not in JURS:
        err(i, "jurisdiction")
    ch, pf, s = r["channel"], r["platform"], r["sender"]
    if ch not in {"EMAIL", "PUBLIC", "PRIVATE"} or pf not in {"X", "FACEBOOK", None}:
        err(i, "channel/platform enum")
    if (ch == "EMAIL") != (pf is None):
        err(i, "platform must be null exactly for EMAIL")
    if ch == "EMAIL" and not s["email"]:
        err(i, "EMAIL without sender email")
    if (s["handle"] is not None) != (pf == "X"):
        err(i, "handle only on X")
    if s["email"] and not re.fullmatch(r"[\w.+-]+@example\.(com|net|org)", s["email"]):
        err(i, "email must use reserved domains")
    for m in re.findall(r"[\w.+-]+@example\.(?:com|net|org)", r["text"]):
        if m != s["email"]:
            err(i, "email in text not copied to sender")
    e, c = r["expected"], r["class"]
    if c not in CLASS_TYPES or e["type"] not in CLASS_TYPES[c]:
        err(i, f"class {c} / type {e['type']} mismatch"); continue
    if e["complaint"] != (c in ("complaint", "complaint_and_request")):
        err(i, "complaint flag vs class")
    if e["ambiguous"] != (c == "ambiguous"):
        err(i, "ambiguous flag vs class")
    if e["type"] == "NONE":
        if e["valid"] is not None:
            err(i, "valid must be null for NONE")
    else:
        if not isinstance(e["valid"], bool):
            err(i, "valid must be boolean for requests")
        elif e["valid"] and not (s["name"] and (s["email"] or s["address"])):
            err(i, "valid request needs a name and an email or postal address")
        elif not e["valid"] and s["name"] and (s["email"] or s["address"]) \
                and s["name"] not in {"Spreadsheet Sleuth", "The Auditor"}:
            err(i, "named contactable requester marked invalid")

cnt = collections.Counter()
for r in rows:
    e = r["expected"]
    cnt["rows"] += 1
    cnt[r["class"]] += 1
    cnt[e["type"]] += 1
    if e["complaint"]:
        cnt["complaint_flag"] += 1
    if e["type"] == "FOI" and not e["ambiguous"]:
        cnt["FOI_not_ambiguous"] += 1
got = dict(cnt, complaint=cnt["complaint_flag"])
for k, v in MINIMUMS.items():
    if got.get(k, 0) < v:
        errors.append(f"count {k} = {got.get(k, 0)} < {v}")

print("rows", len(rows), "| by class", dict(collections.Counter(r["class"] for r in rows)))
print("by type", dict(collections.Counter(r["expected"]["type"] for r in rows)),
      "| complaint=true", cnt["complaint_flag"], "| FOI not ambiguous", cnt["FOI_not_ambiguous"])
print("by jurisdiction", dict(collections.Counter(r["jurisdiction"] for r in rows)))
print("by channel/platform", dict(collections.Counter((r["channel"], r["platform"]) for r in rows)))
print("valid", dict(collections.Counter((r["expected"]["type"], r["expected"]["valid"])
                                       for r in rows if r["expected"]["type"] != "NONE")))
if errors:
    print("\n".join(errors[:50])); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print("OK: all checks passed")
