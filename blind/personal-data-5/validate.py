#!/usr/bin/env python3
"""Validate the blind personal-data set (round 12 (personal-data-5)).  Usage: python3 validate.py [path]
Exits non-zero on any error; prints counts."""
import json, re, sys, unicodedata
from collections import Counter

import os
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind-pd-5.jsonl")

SURFACES = {"draft", "reply", "comment"}
ACCOUNTS = {"CORPORATE", "SERVICE", "COUNCILLOR"}
PKINDS = {"EMAIL", "PHONE", "POSTCODE", "STREET_ADDRESS", "PERSON_NAME", "CHILD", "NI_NUMBER", "NHS_NUMBER",
          "PAYMENT_CARD", "BANK_ACCOUNT", "IBAN", "DATE_OF_BIRTH", "VEHICLE_REG", "PASSPORT", "DRIVING_LICENCE"}
OKINDS = {"PHONE", "EMAIL", "STREET_ADDRESS", "POSTCODE", "PERSON_NAME"}
CLASSES = {"org_phone", "org_email", "org_address", "business_name_like_person", "identifier_kind_phrase",
           "name_natural", "address_uncommon", "evasion", "case_linked", "child", "mixed", "clean",
           "comment_pd", "other_id"}
NO_PD_CLASSES = {"org_phone", "org_email", "org_address", "business_name_like_person", "identifier_kind_phrase", "clean"}
FIELDS = ["id", "surface", "account", "text", "class", "personal", "organisation", "caseLinked"]

MIN = {"records": 410, "draft+reply": 300, "comment": 100, "organisation": 80, "personal": 150,
       "caseLinked": 30, "clean": 100, "evasion": 25}
MIN_KIND = 10  # every personal kind

# ---------- normalisation and check digits ----------
ZW = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
CONF = {"А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
        "Х": "X", "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "і": "i", "ѕ": "s",
        "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
        "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "ο": "o", "ν": "v"}


def norm(s):
    out = []
    for ch in s:
        if ch in ZW:
            continue
        ch = CONF.get(ch, ch)
        if ch.isdigit() and not ("0" <= ch <= "9"):
            try:
                ch = str(unicodedata.digit(ch))
            except (TypeError, ValueError):
                pass
        out.append(unicodedata.normalize("NFKC", ch))
    return "".join(out)


WORDS = {"zero": "0", "oh": "0", "nought": "0", "one": "1", "two": "2", "three": "3", "four": "4",
         "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}


def digits(s):
    """Digits of a phone-like string; understands number words, 'double', and O/l look-alikes."""
    t = norm(s)
    t = re.sub(r"(?<=[\d\s])[Oo](?=[\d\sOol])|(?<=[\d\sOo])[Oo](?=[\d\s])", "0", t)
    t = re.sub(r"(?<=[\d\s0])[lI](?=[\d\s]|$)", "1", t)
    out, rep = [], 1
    for tok in re.findall(r"[a-z]+|\d", t.lower()):
        if tok == "double":
            rep = 2
        elif tok == "triple":
            rep = 3
        elif tok in WORDS:
            out.append(WORDS[tok] * rep); rep = 1
        elif tok.isdigit():
            out.append(tok * rep); rep = 1
    return "".join(out)


def ni_ok(s):
    t = re.sub(r"[\s\-]", "", norm(s)).upper()
    return (bool(re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", t)) and t[0] not in "DFIQUV" and t[1] not in "DFIOQUV"
            and t[:2] not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})


def nhs_ok(s):
    d = re.sub(r"\D", "", norm(s))
    if len(d) != 10:
        return False
    c = 11 - sum(int(d[i]) * (10 - i) for i in range(9)) % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(d[9])


def luhn_ok(s):
    d = re.sub(r"\D", "", norm(s))
    if not 13 <= len(d) <= 19:
        return False
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch) * (2 if i % 2 else 1)
        tot += n - 9 if n > 9 else n
    return tot % 10 == 0


def iban_ok(s):
    t = re.sub(r"\s", "", norm(s)).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", t):
        return False
    return int("".join(str(int(c, 36)) for c in t[4:] + t[:4])) % 97 == 1


DRAMA = [r"07700900\d{3}", r"01632960\d{3}", r"02079460\d{3}", r"011[3-8]4960\d{3}", r"01214960\d{3}",
         r"01314960\d{3}", r"01414960\d{3}", r"01514960\d{3}", r"01614960\d{3}", r"01914980\d{3}",
         r"02896496\d{3}", r"02920180\d{3}",
         r"08081570\d{3}", r"09098790\d{3}", r"03069990\d{3}"]
NATIONAL = {"101", "105", "111", "999", "116123"}


def drama_ok(s):
    d = digits(s)
    if d.startswith("440"):
        d = d[2:]
    elif d.startswith("44"):
        d = "0" + d[2:]
    if len(d) == 10 and d[0] != "0":
        d = "0" + d
    return any(re.fullmatch(p, d) for p in DRAMA)


PC = re.compile(r"^[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}$")


def postcode_ok(s):
    t = re.sub(r"\s+", " ", norm(s).upper().strip())
    return bool(PC.match(t))


CHECKS = {
    "NI_NUMBER": ni_ok, "NHS_NUMBER": nhs_ok, "PAYMENT_CARD": luhn_ok, "IBAN": iban_ok,
    "BANK_ACCOUNT": lambda s: bool(re.fullmatch(r"\d{8}", re.sub(r"\s", "", norm(s)))),
    "VEHICLE_REG": lambda s: bool(re.fullmatch(r"[A-Z]{2}\d{2} ?[A-Z]{3}", norm(s).upper())),
    "PASSPORT": lambda s: bool(re.fullmatch(r"\d{9}", re.sub(r"\s", "", norm(s)))),
    "DRIVING_LICENCE": lambda s: bool(re.fullmatch(r"[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}", norm(s).upper())),
}


def main():
    errors, warns = [], []
    recs = []
    with open(PATH, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                errors.append(f"line {ln}: blank line"); continue
            try:
                recs.append(json.loads(line))
            except json.JSONDecodeError as e:
                errors.append(f"line {ln}: bad JSON: {e}")
    ids, texts = set(), set()
    spelled_pc = 0
    for n, r in enumerate(recs, 1):
        rid = r.get("id", f"line{n}")
        if list(r.keys()) != FIELDS:
            errors.append(f"{rid}: fields {list(r.keys())} != {FIELDS}")
        if rid != "p5-%04d" % n:
            errors.append(f"{rid}: expected id p5-{n:04d}")
        if rid in ids:
            errors.append(f"{rid}: duplicate id")
        ids.add(rid)
        text = r.get("text", "")
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{rid}: empty text"); continue
        key = " ".join(norm(text).lower().split())
        if key in texts:
            errors.append(f"{rid}: duplicate text (after whitespace/case normalisation)")
        texts.add(key)
        if r.get("surface") not in SURFACES:
            errors.append(f"{rid}: bad surface")
        if r.get("account") not in ACCOUNTS:
            errors.append(f"{rid}: bad account")
        if r.get("class") not in CLASSES:
            errors.append(f"{rid}: bad class {r.get('class')}")
        if not isinstance(r.get("caseLinked"), bool):
            errors.append(f"{rid}: caseLinked not bool")
        items = []
        for side, kinds in (("personal", PKINDS), ("organisation", OKINDS)):
            lst = r.get(side)
            if not isinstance(lst, list):
                errors.append(f"{rid}: {side} not a list"); continue
            for it in lst:
                if not isinstance(it, dict) or set(it) != {"kind", "text"}:
                    errors.append(f"{rid}: bad {side} item {it}"); continue
                if it["kind"] not in kinds:
                    errors.append(f"{rid}: bad {side} kind {it['kind']}")
                if not it["text"] or it["text"] not in text:
                    errors.append(f"{rid}: {side} span not in text: {it['text']!r}")
                items.append((side, it["kind"], it["text"]))
        # occurrence counts: occurrences not inside a longer annotated span must equal times listed
        spans = Counter(t for _, _, t in items)
        occ = {}
        for s in spans:
            occ[s] = [m.start() for m in re.finditer("(?=" + re.escape(s) + ")", text)]
        for s, listed in spans.items():
            free = 0
            for st in occ[s]:
                inside = any(o != s and len(o) > len(s) and any(os_ <= st and st + len(s) <= os_ + len(o) for os_ in occ[o])
                             for o in spans)
                if not inside:
                    free += 1
            if free != listed:
                errors.append(f"{rid}: span {s!r} listed {listed}x but occurs {free}x (outside longer spans)")
        pnames = {t for side, k, t in items if side == "personal" and k == "PERSON_NAME"}
        for side, k, t in items:
            if side == "personal" and k == "CHILD" and t in pnames:
                errors.append(f"{rid}: child name also PERSON_NAME: {t!r}")
            if k in CHECKS and side == "personal" and not CHECKS[k](t):
                errors.append(f"{rid}: {k} fails check: {t!r}")
            if k == "PHONE" and side == "personal" and not drama_ok(t):
                errors.append(f"{rid}: resident phone not in an Ofcom drama range: {t!r}")
            if k == "PHONE" and side == "organisation":
                d = digits(t)
                if d.startswith("18001"):
                    t = d[5:]; d = t
                if not (3 <= len(d) <= 13) or not (drama_ok(t) or d in NATIONAL):
                    errors.append(f"{rid}: implausible organisation phone {t!r}")
            if k == "POSTCODE":
                if re.search(r"\d", norm(t)):
                    if not postcode_ok(t):
                        errors.append(f"{rid}: bad postcode {t!r}")
                else:
                    spelled_pc += 1
            if k == "EMAIL":
                nt = norm(t).lower()
                if not ("@" in nt or re.search(r"\bat\b|\[at\]|\(at\)|\{at\}", nt.replace(" ", " "))
                        or re.search(r"@", nt.replace(" ", ""))):
                    errors.append(f"{rid}: email has no @ or 'at': {t!r}")
        cls = r.get("class")
        if cls in NO_PD_CLASSES and r.get("personal"):
            errors.append(f"{rid}: class {cls} must have no personal data")
        if cls == "clean" and r.get("organisation"):
            errors.append(f"{rid}: clean record has organisation items")
        if r.get("caseLinked") and not any(side == "personal" and k in ("STREET_ADDRESS", "POSTCODE") for side, k, _ in items):
            errors.append(f"{rid}: caseLinked without a resident address/postcode")
        if r.get("caseLinked") and r.get("surface") == "comment":
            errors.append(f"{rid}: caseLinked on a comment")
        # unannotated long digit runs
        masked = text
        for _, _, t in items:
            masked = masked.replace(t, " ")
        for m in re.finditer(r"\d[\d \-]{5,}\d", norm(masked)):
            if len(re.sub(r"\D", "", m.group())) >= 7:
                warns.append(f"WARN {rid}: unannotated digit run {m.group()!r}")

    surf = Counter(r.get("surface") for r in recs)
    acc = Counter(r.get("account") for r in recs)
    cls = Counter(r.get("class") for r in recs)
    pk = Counter(i["kind"] for r in recs for i in r.get("personal", []))
    ok = Counter(i["kind"] for r in recs for i in r.get("organisation", []))
    dr = surf["draft"] + surf["reply"]
    nopd = sum(1 for r in recs if not r.get("personal"))
    noann = sum(1 for r in recs if not r.get("personal") and not r.get("organisation"))
    mixed = sum(1 for r in recs if r.get("personal") and r.get("organisation"))
    cl = sum(1 for r in recs if r.get("caseLinked"))
    print(f"records: {len(recs)}")
    print(f"per surface: {dict(surf)} (draft+reply = {dr})")
    print(f"per account: {dict(acc)}")
    print("per class:")
    for c in sorted(cls):
        print(f"  {c:<28} {cls[c]}")
    print(f"personal items: {sum(pk.values())}")
    for k, v in pk.most_common():
        print(f"  {k:<16} {v}")
    print(f"organisation items: {sum(ok.values())}")
    for k, v in ok.most_common():
        print(f"  {k:<16} {v}")
    print(f"records with no personal data: {nopd} ({round(100 * nopd / max(1, len(recs)))}%); with no annotations at all: {noann}")
    print(f"records mixing organisation contacts and personal data: {mixed}")
    print(f"caseLinked true: {cl}")
    print(f"spelled-out postcodes (shape not checked): {spelled_pc}")
    checks = {"records": len(recs), "draft+reply": dr, "comment": surf["comment"], "organisation": sum(ok.values()),
              "personal": sum(pk.values()), "caseLinked": cl, "clean": cls["clean"], "evasion": cls["evasion"]}
    for k in sorted(PKINDS):
        checks[k] = pk[k]
        MIN.setdefault(k, MIN_KIND)
    for k, v in MIN.items():
        if checks[k] < v:
            errors.append(f"minimum not met: {k} = {checks[k]} < {v}")
    for w in warns:
        print(w)
    for e in errors:
        print("ERROR", e)
    if errors:
        print(f"FAILED: {len(errors)} error(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
