#!/usr/bin/env python3
"""Check-digit helpers used to make the fictional identifiers. `python3 src/idtools.py` prints the batch used."""
import random

def nhs(nine):
    s = sum(int(nine[i]) * (10 - i) for i in range(9)) % 11
    c = 11 - s
    c = 0 if c == 11 else c
    return None if c == 10 else nine + str(c)

def luhn(partial):
    d = [int(x) for x in partial + "0"]
    tot = 0
    for i, n in enumerate(reversed(d)):
        if i % 2:
            n *= 2
            n = n - 9 if n > 9 else n
        tot += n
    return partial + str((10 - tot % 10) % 10)

def iban(bank, sort, acct):
    bban = bank + sort + acct
    num = int("".join(str(int(c, 36)) for c in bban + "GB00"))
    return "GB%02d%s" % (98 - num % 97, bban)

if __name__ == "__main__":
    rnd = random.Random(1210)
    print("NHS:")
    n = 0
    while n < 10:
        x = nhs("".join(str(rnd.randint(0, 9)) for _ in range(9)))
        if x and x[0] in "4679":
            print(" ", x[:3], x[3:6], x[6:]); n += 1
    print("cards (test ranges):")
    for pre in ["4000 0012 3456 7", "5555 5544 3322 1", "4929 1212 3434 5", "5412 7534 5678 9"]:
        p = pre.replace(" ", "") + "".join(str(rnd.randint(0, 9)) for _ in range(15 - len(pre.replace(" ", ""))))
        print(" ", luhn(p))
    print("IBAN:")
    for bank, sort, acct in [("NWBK", "601613", "31926819"), ("BARC", "200415", "70441382"), ("MIDL", "400515", "58223164"), ("LOYD", "309634", "12840057")]:
        print(" ", iban(bank, sort, acct))
