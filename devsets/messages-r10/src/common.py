"""Helpers for the hand-written source rows. Each helper returns one record (without id/due)."""
JUR = {"E": "ENGLAND", "W": "WALES", "S": "SCOTLAND", "N": "NORTHERN_IRELAND"}
TYPE_OF = {"sar": "SAR", "eir": "EIR", "foi": "FOI", "ambiguous": "FOI", "complaint": "NONE",
           "service_question": "NONE", "other": "NONE"}
PSEUDONYMS = {"A Concerned Ratepayer", "Nosey Neighbour"}


def _rec(cls, jur, date, text, channel, platform, name, handle, email, address, typ, valid):
    if cls == "complaint_and_request":
        assert typ in ("FOI", "EIR", "SAR"), text[:40]
    else:
        assert typ is None or typ == TYPE_OF[cls], text[:40]
        typ = TYPE_OF[cls]
    if typ == "NONE":
        v = None
    else:
        v = bool(name) and name not in PSEUDONYMS and bool(email or address)
        if valid is not None:
            assert valid == v, text[:40]
    return {"text": text.strip(), "receivedAt": date, "channel": channel, "platform": platform,
            "sender": {"name": name, "handle": handle, "email": email, "address": address},
            "jurisdiction": JUR[jur], "class": cls,
            "expected": {"type": typ, "ambiguous": cls == "ambiguous",
                         "complaint": cls in ("complaint", "complaint_and_request"),
                         "valid": v, "due": None}}


def em(cls, jur, date, text, name, email, address=None, typ=None, valid=None):
    return _rec(cls, jur, date, text, "EMAIL", None, name, None, email, address, typ, valid)


def fb(cls, jur, date, text, name, public=True, email=None, address=None, typ=None, valid=None):
    return _rec(cls, jur, date, text, "PUBLIC" if public else "PRIVATE", "FACEBOOK", name, None,
                email, address, typ, valid)


def xx(cls, jur, date, text, handle, public=True, name=None, email=None, address=None, typ=None, valid=None):
    return _rec(cls, jur, date, text, "PUBLIC" if public else "PRIVATE", "X", name, handle,
                email, address, typ, valid)
