"""Build dev-messages-indep.jsonl from the hand-written src/*.txt files.

Each line: J|sender|text|note  (candr.txt: J|sender|TYPE|text|note).
J: E/W/S/N. sender: em:Name (email), fb:Name (Facebook public), fbp:Name (Facebook DM),
x:@handle (X). Metadata (dates, X public/private, generated email) is deterministic.
"""
import json, random, re, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "dev-messages-indep.jsonl")
JUR = {"E": "ENGLAND", "W": "WALES", "S": "SCOTLAND", "N": "NORTHERN_IRELAND"}
FILES = {"complaint.txt": ("complaint", "NONE"), "candr.txt": ("complaint_and_request", None),
         "sar.txt": ("sar", "SAR"), "eir.txt": ("eir", "EIR"), "foi.txt": ("foi", "FOI"),
         "ambiguous.txt": ("ambiguous", "FOI"), "service.txt": ("service_question", "NONE"),
         "other.txt": ("other", "NONE")}
PSEUDONYMS = {"Spreadsheet Sleuth", "The Auditor"}
ADDRESSES = {"Peter Collins": "12 Linden Grove", "Rory MacDonald": "3/2 14 Muirhead Street",
             "Janet Hollis": "9 Beech Walk", "Wendy Atkinson": "14 Heath Road",
             "Penny Rowe": "3 Wren Close", "Maureen Trainor": "17 Ballymoney Road",
             "Lee Holloway": "3 Tanner Row, Dudley", "Robert Cairns": "2/1 48 Gallowgate",
             "Ray Donnelly": "19 Foxglove Way"}
EMAIL_RE = re.compile(r"[\w.+-]+@example\.(?:com|net|org)")
rng = random.Random(20261207)
rows = []
for fn, (cls, typ) in FILES.items():
    for ln in open(os.path.join(HERE, fn), encoding="utf-8"):
        ln = ln.rstrip("\n")
        if not ln.strip():
            continue
        parts = ln.split("|")
        if cls == "complaint_and_request":
            j, snd, t, text, note = parts
        else:
            j, snd, text, note = parts
            t = typ
        text = text.replace("\\n", "\n")
        kind, _, who = snd.partition(":")
        name = handle = email = None
        if kind == "x":
            handle = who
        else:
            name = who
        m = EMAIL_RE.search(text)
        if m:
            email = m.group(0)
        if kind == "em" and not email:
            dom = rng.choice(["example.com", "example.net", "example.org"])
            local = re.sub(r"[^a-z. -]", "", who.lower()).replace(" ", ".").replace("-", "")
            email = f"{local}@{dom}"
        address = ADDRESSES.get(name)
        if kind == "em":
            channel, platform = "EMAIL", None
        elif kind == "fb":
            channel, platform = "PUBLIC", "FACEBOOK"
        elif kind == "fbp":
            channel, platform = "PRIVATE", "FACEBOOK"
        else:
            platform = "X"
            low = text.lower()
            public = "@council" in low or "dm" in low or rng.random() < 0.7
            channel = "PUBLIC" if public else "PRIVATE"
        complaint = cls in ("complaint", "complaint_and_request")
        ambiguous = cls == "ambiguous"
        valid = None
        if t != "NONE":
            valid = bool(name and name not in PSEUDONYMS and (email or address))
        d0 = 20089  # 2025-01-01 as days since epoch
        import datetime
        day = datetime.date(2025, 1, 1) + datetime.timedelta(days=rng.randrange(0, 1064))
        rows.append({"text": text, "receivedAt": day.isoformat(), "channel": channel,
                     "platform": platform,
                     "sender": {"name": name, "handle": handle, "email": email, "address": address},
                     "jurisdiction": JUR[j], "class": cls,
                     "expected": {"type": t, "ambiguous": ambiguous, "complaint": complaint,
                                  "valid": valid},
                     "note": note})
rng.shuffle(rows)
with open(OUT, "w", encoding="utf-8") as f:
    for i, r in enumerate(rows, 1):
        f.write(json.dumps({"id": f"dm-{i:04d}", **r}, ensure_ascii=False) + "\n")
print(len(rows), "rows ->", os.path.normpath(OUT))
