"""Shared helpers for the hand-written items. Each item is built with R(...)."""
ITEMS = []

SURF = {"d": "draft", "r": "reply", "c": "comment"}
ACC = {"C": "CORPORATE", "S": "SERVICE", "K": "COUNCILLOR"}


def R(surface, account, cls, text, p=(), o=(), case=False):
    ITEMS.append({
        "surface": SURF[surface], "account": ACC[account], "text": text, "class": cls,
        "personal": [{"kind": k, "text": t} for k, t in p],
        "organisation": [{"kind": k, "text": t} for k, t in o],
        "caseLinked": bool(case),
    })


def _map(s, zero):
    return "".join(chr(zero + int(c)) if c.isdigit() else c for c in s)


def fw(s):
    """Fullwidth digits, letters and @."""
    out = []
    for c in s:
        if "0" <= c <= "9" or "A" <= c <= "Z" or "a" <= c <= "z":
            out.append(chr(ord(c) - 0x21 + 0xFF01))
        elif c == "@":
            out.append("\uff20")
        elif c == ".":
            out.append("\uff0e")
        else:
            out.append(c)
    return "".join(out)


def ar(s):  # Arabic-Indic digits
    return _map(s, 0x0660)


def fa(s):  # Extended Arabic-Indic (Persian) digits
    return _map(s, 0x06F0)


def dev(s):  # Devanagari digits
    return _map(s, 0x0966)


def ben(s):  # Bengali digits
    return _map(s, 0x09E6)


def zw(s, every=3):
    """Insert U+200B zero-width spaces every few characters."""
    return "\u200b".join(s[i:i + every] for i in range(0, len(s), every))


def shy(s, every=4):
    """Insert U+00AD soft hyphens."""
    return "\u00ad".join(s[i:i + every] for i in range(0, len(s), every))
