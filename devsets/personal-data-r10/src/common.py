"""Record helper and Unicode-trick renderers for the blind personal-data set (round 10)."""
ITEMS = []

def R(surface, account, cls, text, p=(), o=(), case=False):
    """Add one hand-written record. p / o are lists of (KIND, exact substring)."""
    rec = {"surface": surface, "account": account, "text": text, "class": cls,
           "personal": [{"kind": k, "text": t} for k, t in p],
           "organisation": [{"kind": k, "text": t} for k, t in o],
           "caseLinked": case}
    ITEMS.append(rec)
    return rec

FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz@."}

def fw(s):
    """Fullwidth digits/letters/@/."""
    return "".join(FW.get(c, c) for c in s)

def script(s, base):
    return "".join(chr(base + int(c)) if c.isdigit() else c for c in s)

def arabic(s): return script(s, 0x0660)
def persian(s): return script(s, 0x06F0)
def deva(s): return script(s, 0x0966)
def beng(s): return script(s, 0x09E6)

def zw(s, every=3, ch="\u200b"):
    """Insert an invisible character after every `every` visible characters."""
    out = []
    for i, c in enumerate(s):
        out.append(c)
        if (i + 1) % every == 0 and i + 1 < len(s):
            out.append(ch)
    return "".join(out)

def shy(s, every=4):
    return zw(s, every, "\u00ad")

CYR = {"A": "\u0410", "B": "\u0412", "E": "\u0415", "K": "\u041a", "M": "\u041c", "H": "\u041d", "O": "\u041e",
       "P": "\u0420", "C": "\u0421", "T": "\u0422", "X": "\u0425", "a": "\u0430", "e": "\u0435", "o": "\u043e",
       "p": "\u0440", "c": "\u0441", "x": "\u0445", "y": "\u0443"}
GRK = {"A": "\u0391", "B": "\u0392", "E": "\u0395", "Z": "\u0396", "H": "\u0397", "I": "\u0399", "K": "\u039a",
       "M": "\u039c", "N": "\u039d", "O": "\u039f", "P": "\u03a1", "T": "\u03a4", "Y": "\u03a5", "X": "\u03a7",
       "o": "\u03bf"}

def cyr(s, only=None):
    """Swap Latin letters for Cyrillic look-alikes (only those in `only`, if given)."""
    return "".join(CYR[c] if c in CYR and (only is None or c in only) else c for c in s)

def grk(s, only=None):
    return "".join(GRK[c] if c in GRK and (only is None or c in only) else c for c in s)
