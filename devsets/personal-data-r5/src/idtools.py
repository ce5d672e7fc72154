"""Check-digit helpers for the fictional identifiers in this set.
Run `python3 idtools.py` to print a fresh batch of valid values (fixed seed)."""
import random, re, unicodedata

NI_BAD_FIRST = set("DFIQUV")
NI_BAD_SECOND = set("DFIOQUV")
NI_BAD_PAIRS = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}

ZW = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
CONFUSABLES = {  # Cyrillic / Greek look-alikes -> Latin
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
    "Т": "T", "Х": "X", "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y",
    "і": "i", "ѕ": "s", "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K",
    "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "ο": "o", "ν": "v",
}


def normalise(s):
    """Strip invisible characters, fold look-alikes and any Unicode decimal digit to ASCII."""
    out = []
    for ch in s:
        if ch in ZW:
            continue
        ch = CONFUSABLES.get(ch, ch)
        if ch.isdigit() and not ("0" <= ch <= "9"):
            try:
                ch = str(unicodedata.digit(ch))
            except (TypeError, ValueError):
                pass
        ch = unicodedata.normalize("NFKC", ch)
        out.append(ch)
    return "".join(out)


WORDS = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "one": "1", "two": "2", "three": "3",
         "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}


def words_to_digits(s):
    """'oh seven seven double oh ...' -> '07700...'; leaves digits alone."""
    toks = re.findall(r"[a-z]+|\d", normalise(s).lower())
    out, rep = [], 1
    for t in toks:
        if t == "double":
            rep = 2; continue
        if t == "triple":
            rep = 3; continue
        if t in WORDS:
            out.append(WORDS[t] * rep); rep = 1
        elif t.isdigit():
            out.append(t * rep); rep = 1
    return "".join(out)


def digits(s):
    d = re.sub(r"\D", "", normalise(s))
    if len(d) < 6:
        d = words_to_digits(s)
    return d


def ni_ok(s):
    t = re.sub(r"[\s\-]", "", normalise(s)).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", t):
        return False
    a, b = t[0], t[1]
    return a not in NI_BAD_FIRST and b not in NI_BAD_SECOND and t[:2] not in NI_BAD_PAIRS


def nhs_ok(s):
    d = digits(s)
    if len(d) != 10:
        return False
    tot = sum(int(d[i]) * (10 - i) for i in range(9))
    c = 11 - tot % 11
    if c == 11:
        c = 0
    return c != 10 and c == int(d[9])


def luhn_ok(s):
    d = digits(s)
    if not 13 <= len(d) <= 19:
        return False
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def iban_ok(s):
    t = re.sub(r"\s", "", normalise(s)).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", t):
        return False
    r = t[4:] + t[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


DRAMA = [r"07700900\d{3}", r"01632960\d{3}", r"02079460\d{3}", r"01134960\d{3}", r"01144960\d{3}",
         r"01154960\d{3}", r"01164960\d{3}", r"01174960\d{3}", r"01184960\d{3}", r"01214960\d{3}",
         r"01314960\d{3}", r"01414960\d{3}", r"01514960\d{3}", r"01614960\d{3}", r"01914980\d{3}",
         r"02896496\d{3}", r"02920180\d{3}", r"01184960\d{3}"]


def drama_ok(s):
    d = digits(s)
    if d.startswith("44"):
        d = "0" + d[2:]
    return any(re.fullmatch(p, d) for p in DRAMA)


POSTCODE_RE = re.compile(r"^(GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})$")


def postcode_ok(s):
    t = re.sub(r"\s+", " ", normalise(s).upper().strip())
    t2 = t.replace(" ", "")
    return bool(POSTCODE_RE.match(t)) or bool(POSTCODE_RE.match(t2))


def vrm_ok(s):
    return bool(re.fullmatch(r"[A-Z]{2}\d{2} ?[A-Z]{3}", normalise(s).upper().strip()))


def dl_ok(s):
    return bool(re.fullmatch(r"[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}", re.sub(r"\s", "", normalise(s)).upper()))


def passport_ok(s):
    return bool(re.fullmatch(r"\d{9}", re.sub(r"\s", "", normalise(s))))


# ---------- generators ----------
def make_ni(rng):
    L = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = rng.choice(L) + rng.choice(L)
        t = p + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")
        if ni_ok(t):
            return t


def make_nhs(rng):
    while True:
        d = "".join(rng.choice("0123456789") for _ in range(9))
        tot = sum(int(d[i]) * (10 - i) for i in range(9))
        c = 11 - tot % 11
        if c == 11:
            c = 0
        if c != 10:
            return d + str(c)


def make_card(rng, prefix="4"):
    body = prefix + "".join(rng.choice("0123456789") for _ in range(15 - len(prefix)))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def make_iban(sort, acct, bank="NWBK"):
    bb = bank + sort + acct
    r = bb + "GB00"
    num = "".join(str(int(c, 36)) for c in r)
    ck = 98 - int(num) % 97
    return "GB%02d%s" % (ck, bb)


if __name__ == "__main__":
    rng = random.Random(20261207)
    print("NI", [make_ni(rng) for _ in range(14)])
    print("NHS", [make_nhs(rng) for _ in range(8)])
    print("CARD", [make_card(rng) for _ in range(4)], [make_card(rng, "5") for _ in range(3)])
    print("IBAN", make_iban("601613", "31926819"), make_iban("404715", "52807736", "MIDL"),
          make_iban("200415", "73310428", "BARC"), make_iban("309634", "18840552", "LOYD"))
