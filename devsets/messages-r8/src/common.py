"""Row helper for the hand-written messages.

m(cls, jur, date, ch, text, name=None, handle=None, email=None, address=None, typ=None)
  cls: sar | eir | foi | ambiguous | complaint | complaint_and_request | service_question | other
  jur: E (England) W (Wales) S (Scotland) N (Northern Ireland)
  ch:  EM (email) | PF (public Facebook) | PX (public X) | DF (private Facebook) | DX (private X)
  typ: only for complaint_and_request (SAR | EIR | FOI)
Validity and due dates are filled in by build.py from the rules in the README.
"""
JUR = {"E": "ENGLAND", "W": "WALES", "S": "SCOTLAND", "N": "NORTHERN_IRELAND"}
CH = {"EM": ("EMAIL", None), "PF": ("PUBLIC", "FACEBOOK"), "PX": ("PUBLIC", "X"),
      "DF": ("PRIVATE", "FACEBOOK"), "DX": ("PRIVATE", "X")}
TYPE_OF = {"sar": "SAR", "eir": "EIR", "foi": "FOI", "ambiguous": "FOI", "complaint": "NONE",
           "service_question": "NONE", "other": "NONE"}


def m(cls, jur, date, ch, text, name=None, handle=None, email=None, address=None, typ=None):
    channel, platform = CH[ch]
    t = typ if cls == "complaint_and_request" else TYPE_OF[cls]
    assert t in ("SAR", "EIR", "FOI", "NONE"), (cls, typ)
    return {"text": text.strip(), "receivedAt": date, "channel": channel, "platform": platform,
            "sender": {"name": name, "handle": handle, "email": email, "address": address},
            "jurisdiction": JUR[jur], "class": cls,
            "type": t, "ambiguous": cls == "ambiguous",
            "complaint": cls in ("complaint", "complaint_and_request")}
