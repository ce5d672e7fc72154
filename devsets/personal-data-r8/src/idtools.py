"""Check-digit helpers used to make and verify the fictional identifiers.  python3 src/idtools.py"""
import random


def nhs_check(nine):
    c = 11 - sum(int(nine[i]) * (10 - i) for i in range(9)) % 11
    return None if c == 10 else (0 if c == 11 else c)


def luhn_complete(partial):
    for d in range(10):
        s = partial + str(d)
        tot = 0
        for i, ch in enumerate(reversed(s)):
            n = int(ch) * (2 if i % 2 else 1)
            tot += n - 9 if n > 9 else n
        if tot % 10 == 0:
            return s


def iban_gb(bank4, sort6, acct8):
    bban = bank4 + sort6 + acct8
    num = int("".join(str(int(c, 36)) for c in bban + "GB00"))
    return "GB%02d%s" % (98 - num % 97, bban)


if __name__ == "__main__":
    rnd = random.Random(311207)
    print("NHS:")
    n = 0
    while n < 8:
        nine = "".join(str(rnd.randrange(10)) for _ in range(9))
        if nine[0] in "0": continue
        c = nhs_check(nine)
        if c is None: continue
        s = nine + str(c); print("  ", s[:3], s[3:6], s[6:]); n += 1
    print("cards:")
    for pre in ("4929", "5413", "4658", "5299", "4917", "3742"):
        body = pre + "".join(str(rnd.randrange(10)) for _ in range(11 if pre[0] != "3" else 10))
        print("  ", luhn_complete(body))
    print("IBAN:")
    for bank in ("XMPL", "FAKE", "TEST"):
        s = "".join(str(rnd.randrange(10)) for _ in range(6)); a = "".join(str(rnd.randrange(10)) for _ in range(8))
        print("  ", iban_gb(bank, s, a))
