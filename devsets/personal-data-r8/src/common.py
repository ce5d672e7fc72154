"""Record helper and evasion renderers for the hand-written items.

R(code, cls, text, p=[...], o=[...], case=False)
  code: two letters, surface (d=draft, r=reply, c=comment) + account (C=CORPORATE, S=SERVICE, L=COUNCILLOR)
  p / o: "KIND|exact span" strings; KIND is a short code from K below.
"""
ITEMS = []
SURF = {"d": "draft", "r": "reply", "c": "comment"}
ACC = {"C": "CORPORATE", "S": "SERVICE", "L": "COUNCILLOR"}
K = {"N": "PERSON_NAME", "A": "STREET_ADDRESS", "PC": "POSTCODE", "PH": "PHONE", "E": "EMAIL", "C": "CHILD",
     "NI": "NI_NUMBER", "NHS": "NHS_NUMBER", "CARD": "PAYMENT_CARD", "BANK": "BANK_ACCOUNT", "IBAN": "IBAN",
     "DOB": "DATE_OF_BIRTH", "VRN": "VEHICLE_REG", "PASS": "PASSPORT", "DL": "DRIVING_LICENCE"}


def _conv(lst):
    out = []
    for s in lst:
        k, t = s.split("|", 1)
        out.append({"kind": K[k], "text": t})
    return out


def R(code, cls, text, p=(), o=(), case=False):
    ITEMS.append({"surface": SURF[code[0]], "account": ACC[code[1]], "text": text, "class": cls,
                  "personal": _conv(p), "organisation": _conv(o), "caseLinked": case})


# ---- evasion renderers (applied to a hand-written value) ----
ZWSP, SHY = "\u200b", "\u00ad"


def zw(s, *pos):
    """insert U+200B before each given index of s"""
    for i in sorted(pos, reverse=True):
        s = s[:i] + ZWSP + s[i:]
    return s


def shy(s, *pos):
    for i in sorted(pos, reverse=True):
        s = s[:i] + SHY + s[i:]
    return s


def fw(s, letters=False):
    out = []
    for ch in s:
        if ch.isdigit() or (letters and ch.isalpha() and ch.isascii()):
            out.append(chr(ord(ch) + 0xFEE0))
        elif ch == "@":
            out.append("\uff20")
        elif ch == "." and letters:
            out.append("\uff0e")
        else:
            out.append(ch)
    return "".join(out)


def _script(s, zero):
    return "".join(chr(zero + int(c)) if c.isdigit() and c.isascii() else c for c in s)


def arabic(s): return _script(s, 0x0660)
def persian(s): return _script(s, 0x06F0)
def deva(s): return _script(s, 0x0966)
def beng(s): return _script(s, 0x09E6)


CYR = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "A": "А", "B": "В", "E": "Е", "K": "К",
       "M": "М", "H": "Н", "O": "О", "P": "Р", "C": "С", "T": "Т", "X": "Х"}
GRK = {"A": "Α", "B": "Β", "E": "Ε", "Z": "Ζ", "H": "Η", "I": "Ι", "K": "Κ", "M": "Μ", "N": "Ν", "O": "Ο",
       "P": "Ρ", "T": "Τ", "Y": "Υ", "X": "Χ", "o": "ο"}


def cyr(s, which=None):
    """swap look-alike letters to Cyrillic (only the characters in `which`, or all it can)"""
    return "".join(CYR[c] if c in CYR and (which is None or c in which) else c for c in s)


def grk(s, which=None):
    return "".join(GRK[c] if c in GRK and (which is None or c in which) else c for c in s)
