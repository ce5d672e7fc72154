#!/usr/bin/env python3
"""Validate blind-pd.jsonl: parsing, schema, ids, substrings, check digits; print counts."""
import json, re, sys, unicodedata
from collections import Counter

PATH = sys.argv[1] if len(sys.argv) > 1 else "blind-pd.jsonl"
SURFACES = {"draft", "reply", "comment"}
ACCOUNTS = {"CORPORATE", "SERVICE", "COUNCILLOR"}
CLASSES = {"org_phone", "org_email", "org_address", "business_name_like_person", "identifier_kind_phrase",
           "name_natural", "address_uncommon", "evasion", "case_linked", "child", "mixed", "clean",
           "comment_pd", "other_id"}
PKINDS = {"EMAIL", "PHONE", "POSTCODE", "STREET_ADDRESS", "PERSON_NAME", "CHILD", "NI_NUMBER", "NHS_NUMBER",
          "PAYMENT_CARD", "BANK_ACCOUNT", "IBAN", "DATE_OF_BIRTH", "VEHICLE_REG", "PASSPORT", "DRIVING_LICENCE"}
OKINDS = {"PHONE", "EMAIL", "STREET_ADDRESS", "POSTCODE", "PERSON_NAME"}
TRICKS = re.compile("[\u200b\u00ad\uff00-\uffef\u0400-\u04ff\u0370-\u03ff]")

def plain_digits(s):
    """Map any Unicode decimal digit to ASCII, drop everything else that isn't alnum."""
    out = []
    for ch in s:
        if ch.isdigit():
            try:
                out.append(str(unicodedata.digit(ch)))
            except (TypeError, ValueError):
                pass
        elif ch.isalnum():
            out.append(ch)
    return "".join(out)

def ni_ok(s):
    t = re.sub(r"\s", "", s).upper()
    m = re.fullmatch(r"([A-Z])([A-Z])(\d{6})([A-D])", t)
    if not m:
        return None  # not checkable (words / tricks)
    a, b = m.group(1), m.group(2)
    return not (a in "DFIQUV" or b in "DFIQUVO" or a + b in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"})

def nhs_ok(s):
    t = re.sub(r"\D", "", s)
    if len(t) != 10:
        return False
    tot = sum(int(d) * w for d, w in zip(t[:9], range(10, 1, -1)))
    c = 11 - tot % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(t[9])

def luhn_ok(s):
    t = re.sub(r"\D", "", s)
    tot = 0
    for i, ch in enumerate(reversed(t)):
        d = int(ch) * (2 if i % 2 else 1)
        tot += d - 9 if d > 9 else d
    return 13 <= len(t) <= 19 and tot % 10 == 0

def iban_ok(s):
    t = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"GB\d{2}[A-Z]{4}\d{14}", t):
        return False
    return int("".join(str(int(c, 36)) for c in t[4:] + t[:4])) % 97 == 1

PC_RE = re.compile(r"^(GIR 0AA|[A-PR-UWYZ](\d[\dA-HJKPSTUW]?|[A-HK-Y]\d[\dABEHMNPRVWXY]?) \d[ABD-HJLNP-UW-Z]{2})$")
VR_RE = re.compile(r"^[A-HJ-PR-Y][A-HJ-PR-Y](0[2-9]|[1-6]\d|7[0-4]) [A-HJ-PR-Z]{3}$")

errors, warnings = [], []
recs, ids = [], set()
with open(PATH, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        if not line.strip():
            errors.append(f"line {ln}: blank line"); continue
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {ln}: JSON error {e}"); continue
        recs.append(r)
        rid = r.get("id")
        if not isinstance(rid, str) or not re.fullmatch(r"pd-\d{4}", rid):
            errors.append(f"line {ln}: bad id {rid!r}")
        if rid in ids:
            errors.append(f"line {ln}: duplicate id {rid}")
        ids.add(rid)
        for key in ("surface", "account", "text", "class", "personal", "organisation", "caseLinked"):
            if key not in r:
                errors.append(f"{rid}: missing {key}")
        if r.get("surface") not in SURFACES: errors.append(f"{rid}: bad surface {r.get('surface')}")
        if r.get("account") not in ACCOUNTS: errors.append(f"{rid}: bad account {r.get('account')}")
        if r.get("class") not in CLASSES: errors.append(f"{rid}: bad class {r.get('class')}")
        if not isinstance(r.get("caseLinked"), bool): errors.append(f"{rid}: caseLinked not bool")
        text = r.get("text", "")
        for group, kinds in (("personal", PKINDS), ("organisation", OKINDS)):
            need = Counter()
            for it in r.get(group, []):
                k, t = it.get("kind"), it.get("text")
                if k not in kinds:
                    errors.append(f"{rid}: bad {group} kind {k}")
                if not t or t not in text:
                    errors.append(f"{rid}: {group} text not in text: {t!r}")
                need[t] += 1
            for t, n in need.items():
                if t and text.count(t) < n:
                    errors.append(f"{rid}: {group} {t!r} listed {n}x but occurs {text.count(t)}x")
        # check digits on cleanly written identifiers
        for it in r.get("personal", []):
            k, t = it["kind"], it["text"]
            tricky = bool(TRICKS.search(t)) or r.get("class") == "evasion"
            if k == "NI_NUMBER" and not tricky:
                ok = ni_ok(t)
                if ok is False: errors.append(f"{rid}: invalid NI {t}")
            elif k == "NI_NUMBER" and tricky:
                ok = ni_ok(plain_digits(t))
                if ok is False: errors.append(f"{rid}: invalid NI (after normalising) {t!r}")
            if k == "NHS_NUMBER" and not nhs_ok(t): errors.append(f"{rid}: bad NHS check digit {t}")
            if k == "PAYMENT_CARD" and not luhn_ok(t): errors.append(f"{rid}: card fails Luhn {t}")
            if k == "IBAN" and not iban_ok(t): errors.append(f"{rid}: IBAN fails mod-97 {t}")
            if k == "POSTCODE" and not tricky and not PC_RE.match(t.upper()):
                errors.append(f"{rid}: postcode shape {t}")
            if k == "VEHICLE_REG" and not VR_RE.match(t): errors.append(f"{rid}: vehicle reg shape {t}")
            if k == "BANK_ACCOUNT" and not re.fullmatch(r"\d{8}", t): errors.append(f"{rid}: account no. {t}")
            if k == "PASSPORT" and not re.fullmatch(r"\d{9}", t): errors.append(f"{rid}: passport {t}")
            if k == "DRIVING_LICENCE" and not re.fullmatch(r"[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}", t):
                errors.append(f"{rid}: driving licence shape {t}")
        for it in r.get("organisation", []):
            if it["kind"] == "POSTCODE" and not PC_RE.match(it["text"]):
                errors.append(f"{rid}: org postcode shape {it['text']}")
        # warn on unannotated long digit runs (possible missed identifier)
        spans = [it["text"] for it in r.get("personal", []) + r.get("organisation", [])]
        for m in re.finditer(r"\d[\d \-]{5,}\d", text):
            if not any(m.group(0).strip() in s or s in m.group(0) for s in spans):
                warnings.append(f"{rid}: unannotated digit run {m.group(0)!r}")
        if r.get("class") == "clean" and (r.get("personal") or r.get("organisation")):
            warnings.append(f"{rid}: clean item has annotations")
        if r.get("class") == "case_linked" and not r.get("caseLinked"):
            errors.append(f"{rid}: case_linked class but caseLinked false")

surf = Counter(r["surface"] for r in recs)
cls = Counter(r["class"] for r in recs)
acct = Counter(r["account"] for r in recs)
pk = Counter(it["kind"] for r in recs for it in r["personal"])
ok_ = Counter(it["kind"] for r in recs for it in r["organisation"])
no_pd = sum(1 for r in recs if not r["personal"])
no_any = sum(1 for r in recs if not r["personal"] and not r["organisation"])
mix = sum(1 for r in recs if r["personal"] and r["organisation"])
cl = sum(1 for r in recs if r["caseLinked"])

print(f"records: {len(recs)}")
print("per surface:", dict(surf), f"(draft+reply = {surf['draft'] + surf['reply']})")
print("per account:", dict(acct))
print("per class:")
for k, v in sorted(cls.items()):
    print(f"  {k:28s} {v}")
print(f"personal items: {sum(pk.values())}")
for k, v in sorted(pk.items(), key=lambda x: -x[1]):
    print(f"  {k:16s} {v}")
print(f"organisation items: {sum(ok_.values())}")
for k, v in sorted(ok_.items(), key=lambda x: -x[1]):
    print(f"  {k:16s} {v}")
print(f"records with no personal data: {no_pd} ({no_pd / max(len(recs), 1):.0%}); with no annotations at all: {no_any}")
print(f"records mixing organisation contacts and personal data: {mix}")
print(f"caseLinked true: {cl}")

# brief minimums
mins = [("draft+reply >= 300", surf["draft"] + surf["reply"] >= 300), ("comment >= 100", surf["comment"] >= 100),
        ("organisation items >= 80", sum(ok_.values()) >= 80), ("personal items >= 150", sum(pk.values()) >= 150)]
for k in ("EMAIL", "PHONE", "POSTCODE", "STREET_ADDRESS", "PERSON_NAME", "CHILD", "NI_NUMBER"):
    mins.append((f"{k} >= 10", pk[k] >= 10))
for name, good in mins:
    if not good:
        errors.append(f"minimum not met: {name}")

for w in warnings:
    print("WARN", w)
for e in errors:
    print("ERROR", e)
print("OK" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
