"""Check-digit helpers used to make the fictional identifiers (NHS mod-11, IBAN mod-97, Luhn).
`python3 idtools.py` prints the batch that was used."""
def nhs(first9):
    s = sum(int(d) * (10 - i) for i, d in enumerate(first9))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    return None if c == 10 else first9 + str(c)

def iban(bank, sort, acct):
    bban = bank + sort + acct
    n = int("".join(str(int(c, 36)) for c in bban + "GB00"))
    return "GB%02d%s" % (98 - n % 97, bban)

def luhn(s):
    d = [int(c) for c in s if c.isdigit()]
    t = 0
    for i, x in enumerate(reversed(d)):
        x = x * 2 if i % 2 else x
        t += x - 9 if x > 9 else x
    return t % 10 == 0

if __name__ == "__main__":
    for f in ["401023718", "943476591", "485777345", "612093884", "725330198", "834610272", "450118927",
              "999012334", "638204175", "712993460", "402556781", "917345208"]:
        print("NHS", nhs(f))
    for b, s, a in [("WEST", "123456", "98765432"), ("NWBK", "601613", "31926819"), ("BARC", "200415", "73829104"),
                    ("LOYD", "309634", "11847265"), ("HBUK", "401276", "50938172"), ("MIDL", "400515", "62019384"),
                    ("NAIA", "070116", "44830291"), ("ABBY", "090128", "27364519"), ("RBOS", "166300", "18274635"),
                    ("BUKB", "202015", "90817263"), ("TSBS", "774926", "35172840"), ("SRLG", "609242", "71625348")]:
        print("IBAN", iban(b, s, a))
    for c in ["4111111111111111", "4242424242424242", "5555555555554444", "4000056655665556", "5105105105105100",
              "378282246310005", "6011111111111117", "4012888888881881", "5200828282828210", "371449635398431",
              "4917610000000000", "2223003122003222"]:
        print("CARD", c, luhn(c))
