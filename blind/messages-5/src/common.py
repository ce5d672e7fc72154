"""Helpers: turn a hand-written row into a record. Type, complaint, ambiguous and valid follow from
the class and the sender, as README.md's conventions say; `due` is filled in by build.py."""
import unicodedata

CH = {"E": ("EMAIL", None), "PF": ("PUBLIC", "FACEBOOK"), "PX": ("PUBLIC", "X"),
      "DF": ("PRIVATE", "FACEBOOK"), "DX": ("PRIVATE", "X")}
J = {"EN": "ENGLAND", "WA": "WALES", "SC": "SCOTLAND", "NI": "NORTHERN_IRELAND"}
TYPE = {"sar": "SAR", "eir": "EIR", "foi": "FOI", "ambiguous": "FOI", "complaint": "NONE",
        "service_question": "NONE", "other": "NONE"}
DOMS = ("example.com", "example.net", "example.org")


def auto_email(name):
    a = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    a = a.replace("cllr ", "").replace("'", "").replace(" ", ".")
    return f"{a}@{DOMS[sum(map(ord, a)) % 3]}"


def R(cls, j, date, ch, text, name=None, handle=None, email=None, addr=None, t=None):
    channel, platform = CH[ch]
    if channel == "EMAIL" and email is None:
        email = auto_email(name)
    typ = t if cls == "complaint_and_request" else TYPE[cls]
    assert typ in ("FOI", "EIR", "SAR", "NONE")
    if platform == "X":
        assert handle, text
    else:
        assert handle is None, text
    if platform == "FACEBOOK":
        assert name, text
    valid = None if typ == "NONE" else bool(name and (email or addr))
    return {"text": text, "receivedAt": date, "channel": channel, "platform": platform,
            "sender": {"name": name, "handle": handle, "email": email, "address": addr},
            "jurisdiction": J[j], "class": cls,
            "expected": {"type": typ, "ambiguous": cls == "ambiguous",
                         "complaint": cls in ("complaint", "complaint_and_request"),
                         "valid": valid, "due": None}}
