"""Record helper and evasion renderers for the hand-written items."""
KINDS = {"N": "PERSON_NAME", "A": "STREET_ADDRESS", "PC": "POSTCODE", "PH": "PHONE", "E": "EMAIL", "CH": "CHILD",
         "NI": "NI_NUMBER", "NHS": "NHS_NUMBER", "CARD": "PAYMENT_CARD", "BANK": "BANK_ACCOUNT", "IBAN": "IBAN",
         "DOB": "DATE_OF_BIRTH", "REG": "VEHICLE_REG", "PASS": "PASSPORT", "DL": "DRIVING_LICENCE"}
SURF = {"d": "draft", "r": "reply", "c": "comment"}
ACC = {"C": "CORPORATE", "S": "SERVICE", "K": "COUNCILLOR"}
ITEMS = []


def R(surface, account, cls, text, p=(), o=(), case=False):
    rec = {"surface": SURF[surface], "account": ACC[account], "text": text, "class": cls,
           "personal": [{"kind": KINDS[k], "text": t} for k, t in p],
           "organisation": [{"kind": KINDS[k], "text": t} for k, t in o],
           "caseLinked": case}
    ITEMS.append(rec)
    return rec


def zw(s, every=3, ch="\u200b"):
    """Insert an invisible character after every `every` visible characters."""
    out, n = [], 0
    for c in s:
        out.append(c)
        if c != " ":
            n += 1
            if n % every == 0:
                out.append(ch)
    r = "".join(out)
    return r[:-1] if r.endswith(ch) else r


def fw(s):
    """Fullwidth digits (and @ and .)."""
    return "".join(chr(ord(c) + 0xFEE0) if ("0" <= c <= "9" or c in "@.") else c for c in s)


def ar(s):
    """Arabic-Indic digits."""
    return "".join(chr(0x0660 + int(c)) if "0" <= c <= "9" else c for c in s)


CYR = {"A": "\u0410", "B": "\u0412", "E": "\u0415", "K": "\u041a", "M": "\u041c", "H": "\u041d", "O": "\u041e",
       "P": "\u0420", "C": "\u0421", "T": "\u0422", "X": "\u0425", "a": "\u0430", "e": "\u0435", "o": "\u043e",
       "p": "\u0440", "c": "\u0441", "x": "\u0445", "y": "\u0443"}
GRK = {"A": "\u0391", "B": "\u0392", "E": "\u0395", "Z": "\u0396", "H": "\u0397", "K": "\u039a", "M": "\u039c",
       "N": "\u039d", "O": "\u039f", "P": "\u03a1", "T": "\u03a4", "X": "\u03a7", "o": "\u03bf"}


def cyr(s):
    return "".join(CYR.get(c, c) for c in s)


def grk(s):
    return "".join(GRK.get(c, c) for c in s)
