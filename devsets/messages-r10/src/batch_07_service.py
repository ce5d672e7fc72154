from common import em, fb, xx

ROWS = [
fb("service_question", "W", "2025-01-20", """Hi, how do I go about getting a copy of the records you have on me? Is there a form or do I just email someone?""", "Bryn Lewis", public=False),

xx("service_question", "E", "2025-02-10", """@council what's the right email address to send a freedom of information request to? can't find it on the website""", "@hpwrites"),

fb("service_question", "N", "2025-03-24", """Someone's dumped a load of tyres and a mattress in the lay-by on the Ballynahinch Road just past the garage, thought yous would want to know""", "Lorraine Shaw", public=True),

em("service_question", "S", "2025-04-28", """Hello
I'd like to make a noise complaint about the flat above me. They play music until 3 or 4am most weekends and it's getting worse. Flat 3/1, 55 Allison Street. What happens next?
Thanks, Rahul Bhatt""", "Rahul Bhatt", "rahul.bhatt@example.com", address="Flat 3/1, 55 Allison Street"),

fb("service_question", "W", "2025-05-06", """Pryd fydd y bin du yn cael ei gasglu wythnos yma gan fod dydd Llun yn ŵyl y banc?""", "Angharad Huws", public=True),

xx("service_question", "S", "2025-06-09", """@council there's green scummy stuff all over the pond at Lochbrae Park, dogs going in. might want to put a sign up""", "@leithwalker"),

em("service_question", "E", "2025-07-01", """Hi there,
Could you send me a replacement blue recycling box? Ours was taken by the wind in the storm. 17 Larch Close.
Many thanks
Jo Whitfield""", "Jo Whitfield", "jo.whitfield@example.net", address="17 Larch Close"),

fb("service_question", "N", "2025-08-11", """Does the recycling centre at Cregagh take plasterboard? and do you need a permit for a van""", "Wesley Gibson", public=True),

fb("service_question", "W", "2025-08-26", """What time is the pool at Canolfan Hamdden open on bank holiday Monday?""", "Kelly Ann Price", public=True),

xx("service_question", "E", "2025-09-22", """@council I've moved house - how do I get on the electoral register at my new address?""", "@jess_in_hull", public=False),

em("service_question", "W", "2025-10-13", """Hello, I'd like to change my council tax direct debit from the 1st to the 15th of the month please. Account 440219876.
Regards
Gareth Llewelyn""", "Gareth Llewelyn", "gareth.llewelyn@example.org"),

fb("service_question", "S", "2025-11-17", """There's a dead deer on the verge of the B9015 near the farm road, just in case nobody has reported it""", "Ruth Gordon", public=True),

em("service_question", "N", "2025-12-15", """Hi, can I book a bulky collection for a fridge freezer and a single bed? What's the charge and what dates do you have in January?
Declan Rooney""", "Declan Rooney", "declan.rooney@example.com"),

fb("service_question", "W", "2026-01-05", """Morning! Is the library in Llandeilo open yet after Christmas or still closed?""", "Non Jones", public=True),

xx("service_question", "N", "2026-02-02", """@council how do I ask for CCTV footage? my car was clipped in the Castle St car park yesterday""", "@coleraine_cal"),

em("service_question", "E", "2026-02-16", """Dear Environmental Health,
I'd like to report a takeaway on Market Street where I saw staff handling raw chicken and then serving chips without washing hands. I don't want to be named.
Regards, R. Ahmed""", "Rukhsana Ahmed", "r.ahmed@example.com"),

fb("service_question", "W", "2026-03-30", """We're planning a street party for the summer on Heol Fach. How do we apply to close the road and is there a fee?""", "Lowri Bowen", public=False),

xx("service_question", "S", "2026-04-20", """@council where's my polling station for the Holyrood election? new to Inverness""", "@newtoinverness"),

em("service_question", "W", "2026-05-11", """Hello,
There's a big branch hanging off the oak tree on the council verge outside 4 Maes y Coed. Could someone come and look at it before it falls on a car? No rush panic, just worried with the wind.
Ifor Bevan""", "Ifor Bevan", "ifor.bevan@example.net", address="4 Maes y Coed"),

fb("service_question", "N", "2026-06-29", """Is the council doing anything with the Eleventh night bonfire site at the playing fields? Kids asking if the pitch will be open Saturday""", "Ryan Stewart", public=True),

em("service_question", "S", "2026-07-20", """I'd like to arrange pest control for mice in my kitchen. How soon can someone come and is there a charge for council tenants?
Morag Innes
12 Hillhead Drive""", "Morag Innes", "morag.innes@example.com", address="12 Hillhead Drive"),

fb("service_question", "W", "2026-08-24", """How do I apply for a postal vote? I'm working away a lot""", "Darren Hopkins", public=False),

xx("service_question", "E", "2026-09-28", """@council streetlight on Bramble Way outside no.22 has been flickering since last night fyi""", "@bramble_way_residents"),

em("service_question", "W", "2026-10-26", """Good afternoon,
My father passed away last week. What do I need to do about his council tax, and can the single occupancy discount on his bungalow be stopped?
Karen Thomas""", "Karen Thomas", "karen.thomas@example.org"),

fb("service_question", "S", "2026-11-23", """Hi can I buy a lair in advance at Kirkmichael cemetery? Mum wants to be next to dad. Who do I speak to""", "Ailsa Muir", public=False),

xx("service_question", "N", "2026-12-21", """@council what are the bin days over Christmas & New Year for Antrim? the calendar's not loading""", "@antrimannie"),

em("service_question", "E", "2027-01-04", """Hi, I'm looking to apply for a premises licence for a small micropub. Where do I find the application form and plan requirements?
Cheers
Nathan Brierley""", "Nathan Brierley", "nathan.brierley@example.com"),

fb("service_question", "W", "2027-02-01", """Can I pay my council tax at the post office in Brynmawr still or is it online only now?""", "Sandra Vaughan", public=True),

em("service_question", "N", "2027-03-08", """Hello, I've been asked by my solicitor to get "a subject access form" from the council. Do you have one, or what do I need to put in a letter?
Ciara Maginn""", "Ciara Maginn", "ciara.maginn@example.net"),

xx("service_question", "S", "2027-04-05", """@council is the path along the Water of Leith open again after the landslip? walking it on Sat""", "@leithwaterwalks"),

em("service_question", "W", "2027-06-07", """Shwmae, I've lost my blue badge. How do I get a replacement and will I need to pay again?
Emyr Lloyd""", "Emyr Lloyd", "emyr.lloyd@example.com"),

fb("service_question", "E", "2027-07-19", """There's black smoke coming from the chimney of the unit behind Argyle St right now, smells like plastic burning. Someone might want to go and look""", "Tasha Greaves", public=True),

xx("service_question", "W", "2027-08-31", """@council my son's starting at Ysgol Bro Hafodwen in Sept - how do we apply for the school bus pass?""", "@llandeilo_mam", public=False),

em("service_question", "N", "2027-10-04", """Hi, I'd like to request a new brown bin for garden waste, we've just moved into 3 Rathmore Gardens. Do I need to pay first?
Louise Kerr""", "Louise Kerr", "louise.kerr@example.org", address="3 Rathmore Gardens"),
]
