# evasion: identifiers written to evade filters or by habit. Trick characters are written as escapes.
from common import R
EV = "evasion"
ZW = "\u200b"   # zero-width space
SH = "\u00ad"   # soft hyphen


def fw(s):
    """Render ASCII digits/letters/@/. of a hand-written value in fullwidth forms."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def script(s, zero):
    """Render ASCII digits in another script whose zero is code point `zero`."""
    return "".join(chr(zero + int(c)) if c.isdigit() else c for c in s)


AR, FA, DEV, BEN = 0x0660, 0x06F0, 0x0966, 0x09E6

e1 = "sarah dot pike at example dot com"
e2 = "j.okafor [at] example.org"
e3 = "oh seven seven double oh nine double oh one two three"
e4 = "07700" + ZW + "900" + ZW + "456"
e5 = fw("07700 900789")
e6 = "JT 48 22 91 C"
e7 = "PL" + ZW + "61" + ZW + "03" + ZW + "77" + ZW + "B"
e8 = "LS6" + ZW + " 2QT"
e9 = "k\u0430ren.bly@example.co.uk"          # Cyrillic a
e10 = script("07700 900333", AR)
e11 = "dazza_m{at}example{dot}org"
e12 = "07700 nine double oh 654"
e13 = "O77OO 9OO 3l7"
e14 = "0 7 7 0 0 9 0 0 2 4 8"
e15 = "em fourteen, two double-you ee"
e16 = "ro" + SH + "byn.hart@example.org"
e17 = fw("dan.reeve@example.com")
e18 = script("0161 496 0571", DEV)
e19 = "0113 four nine six oh eight seven two"
e20 = "mike at example dot co dot uk"
e21 = "\u039c\u039a9 3\u03a1\u0392"           # Greek M K P B
e22 = "SN\u200d 72 45 18 D"                    # zero-width joiner
e23 = script("020 7946 0312", FA)
e24 = "TOLLY.B AT EXAMPLE DOT ORG"
e25 = "07700" + SH + "900" + SH + "614"
e26 = fw("NE6 5XR")
e27 = script("0131 496 0288", BEN)
e28 = "ellie(at)example(dot)co(dot)uk"
e29 = "07700 nine zero zero, one nine nine"
e30 = "6720193481".replace("", ZW)[1:-1]       # NHS number, ZWSP between every digit
e31 = "nat\u200b@\u200bexample.com"

ITEMS = [
R("cC", EV, "Can someone from housing actually get back to me, email " + e1 + " I've been waiting since July", p=[("E", e1)]),
R("cS", EV, "Been trying to get through on the phone for an hour. Contact me " + e2 + " about the blocked drain", p=[("E", e2)]),
R("cC", EV, "ring me on " + e3 + " if the bin men want to know where the gate is", p=[("T", e3)]),
R("cS", EV, "My number is " + e4 + ", please get someone to call me about my mum's care package", p=[("T", e4)]),
R("cC", EV, "text me " + e5 + " if you find my dog, he's a grey lurcher, went missing by the canal", p=[("T", e5)]),
R("cS", EV, "I've been told to quote my NI number so here it is " + e6 + " now can someone sort my council tax support", p=[("NI", e6)]),
R("cC", EV, "just put it on here so they cant say they lost it again: " + e7 + ". Six weeks with no money", p=[("NI", e7)]),
R("cC", EV, "Bin not collected again at " + e8 + ", every other house in the street got theirs", p=[("P", e8)]),
R("cS", EV, "My email's " + e9 + " — please tell the planning officer to get in touch about next door's extension", p=[("E", e9)]),
R("cC", EV, "My phone number is " + e10 + " please someone call me about my rent, I don't read English well", p=[("T", e10)]),
R("cC", EV, "lol they won't DM back, just email " + e11 + " if ur selling the sofa", p=[("E", e11)]),
R("cS", EV, "Get the manager to phone me on " + e12 + " TODAY about the mould in my son's room", p=[("T", e12)]),
R("cC", EV, "mobile is " + e13 + " for anyone who saw the accident on the roundabout", p=[("T", e13)]),
R("cS", EV, "please call " + e14 + " I am 82 and can't use the website", p=[("T", e14)]),
R("cC", EV, "postcode is " + e15 + " and nobody has swept our road since the leaves came down", p=[("P", e15)]),
R("cS", EV, "Please can the warden contact me " + e16 + " about the cars parking on the grass verge", p=[("E", e16)]),
R("cC", EV, "Sent three emails, no reply. Try " + e17 + " and actually answer this time", p=[("E", e17)]),
R("cK", EV, "Cllr can you ring me " + e18 + " re the planning meeting, thanks", p=[("T", e18)]),
R("cC", EV, "landline is " + e19 + " if the social worker needs to reach my dad", p=[("T", e19)]),
R("cS", EV, "Inbox me instead, " + e20 + ", I'm not putting the details of the abuse on here", p=[("E", e20)]),
R("cC", EV, "The skip has been outside " + e21 + " for five weeks, blocking the dropped kerb", p=[("P", e21)]),
R("cS", EV, "NI is " + e22 + ". The form keeps rejecting it, what am I doing wrong??", p=[("NI", e22)]),
R("rS", EV, "Thanks Amir, we'll call you back on " + e23 + " this afternoon.", p=[("N","Amir"),("T", e23)]),
R("cC", EV, "EMAIL " + e24 + " IF YOU WANT THE PHOTOS OF THE FLY TIPPER", p=[("E", e24)]),
R("cC", EV, "anybody who found a black rucksack on the 42 bus please ring " + e25, p=[("T", e25)]),
R("rS", EV, "Hi Lorraine, we've noted the missed collection at " + e26 + " and the crew will return tomorrow.", p=[("N","Lorraine"),("P", e26)], case=True),
R("cS", EV, "My mobile's broke so use the landline " + e27 + " about the care assessment", p=[("T", e27)]),
R("cC", EV, "If anyone has a spare pram for a refugee family please email " + e28, p=[("E", e28)]),
R("cC", EV, "Phone me on " + e29 + " about the leak, I'm in all day", p=[("T", e29)]),
R("cS", EV, "You keep asking for my NHS number for the blue badge so here " + e30 + " can I have an answer now", p=[("NHS", e30)]),
R("cC", EV, "anyone got a spare ticket for the fireworks, " + e31, p=[("E", e31)]),
]
