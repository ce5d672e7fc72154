# mixed (organisation contacts and residents' data together), comment_pd (residents' own details in
# comments), other_id (other identifiers; a few traps with partial references only).
from common import R
MX, CP, OI = "mixed", "comment_pd", "other_id"
ITEMS = [
# ---- mixed
R("rS", MX, "Hi Deborah, we've logged the missed bin at 18 Rutland Close. If it isn't collected by Friday, call us on 0306 999 0412.", p=[("N","Deborah"),("A","18 Rutland Close")], o=[("T","0306 999 0412")], case=True),
R("rS", MX, "Thanks Paul. Rather than sharing your number (07700 900561) here, please email housing.repairs@marrowfield.gov.uk.", p=[("N","Paul"),("T","07700 900561")], o=[("E","housing.repairs@marrowfield.gov.uk")]),
R("cC", MX, "I rang 0113 496 0990 about the leak at 7 Beech Rise and they told me to post on here?? my number is 07700 900872 if anyone from repairs is reading", p=[("A","7 Beech Rise"),("T","07700 900872")], o=[("T","0113 496 0990")]),
R("rS", MX, "Hi Agnieszka, please bring your tenancy agreement to the Civic Centre, Harrowgate Street, LB1 1AA. We've noted the new email you gave us, aga.k@example.com.", p=[("N","Agnieszka"),("E","aga.k@example.com")], o=[("A","Civic Centre, Harrowgate Street"),("P","LB1 1AA")]),
R("cS", MX, "emailed planning@lowbridge.gov.uk three times about the wall at 44 Lime Grove, LB6 2NS, reply to tony.haig@example.co.uk please", p=[("A","44 Lime Grove"),("P","LB6 2NS"),("E","tony.haig@example.co.uk")], o=[("E","planning@lowbridge.gov.uk")]),
R("dK", MX, "Thanks to Gloria Mensah at Patel's Pharmacy for organising the prescription deliveries during the snow.", p=[("N","Gloria Mensah")], o=[("N","Patel's Pharmacy")]),
R("rS", MX, "Sorry Ray, the pest control visit to Flat 3, Ashdown Court has been rebooked. Questions? Call 0161 496 0322.", p=[("N","Ray"),("A","Flat 3, Ashdown Court")], o=[("T","0161 496 0322")], case=True),
R("cC", MX, "The woman at Singh's Superstore, Amrita, found my purse and rang me on 07700 900417. Brilliant", p=[("N","Amrita"),("T","07700 900417")], o=[("N","Singh's Superstore")]),
R("rS", MX, "Hi Mr Tomlinson, your appeal for the car at 12 Harbour View, SM4 3QD is with the team at parking.appeals@marrowfield.gov.uk.", p=[("N","Mr Tomlinson"),("A","12 Harbour View"),("P","SM4 3QD")], o=[("E","parking.appeals@marrowfield.gov.uk")], case=True),
R("cC", MX, "Samaritans 116 123 helped me when nobody else did. If anyone round here needs a chat my name's Dawn and you can text 07700 900908", p=[("N","Dawn"),("T","07700 900908")], o=[("T","116 123")]),
# ---- comment_pd
R("cC", CP, "Anyone selling a second-hand wheelchair? please call me 0161 496 0834 ask for Beverley", p=[("T","0161 496 0834"),("N","Beverley")]),
R("cS", CP, "Still waiting for my bus pass, DOB 14/03/1951, how long does it take", p=[("DOB","14/03/1951")]),
R("cC", CP, "My car YP19 KXT was towed from the retail park and nobody will tell me where it is", p=[("VRM","YP19 KXT")]),
R("cS", CP, "Refund my parking, card number 4929 1827 3645 5011 was charged twice", p=[("CARD","4929 1827 3645 5011")]),
R("cC", CP, "Please help, we're at 3 Welland Court, PE9 2DS and water is coming in through the sockets", p=[("A","3 Welland Court"),("P","PE9 2DS")]),
R("cK", CP, "Cllr Bhatt can you email me at linda.crowther@example.org about the bus cuts, you said you would", p=[("E","linda.crowther@example.org")]),
R("cS", CP, "my NI is WK 83 71 20 A, my payment still hasn't come through and I've rang 4 times", p=[("NI","WK 83 71 20 A")]),
R("cC", CP, "Contact me on 020 7946 0587 if anyone finds a brown wallet, name inside is Hamid Rahimi", p=[("T","020 7946 0587"),("N","Hamid Rahimi")]),
# ---- other_id
R("rS", OI, "Hi, we can see a payment from a card ending 5011 on the 3rd. Please DM us your reference so we can check the refund.", ),
R("dS", OI, "Scam alert: fraudsters are texting residents asking them to 'confirm your bank details' to receive a council tax rebate. We never do this."),
R("rS", OI, "Thanks, we've found the booking for number 14. The collection is confirmed for Tuesday.", ),
R("cC", OI, "My NHS number is 538 104 2760 and the blue badge form still says it's invalid, so I'm posting it here so they can see", p=[("NHS","538 104 2760")]),
R("cS", OI, "passport 530418872 was lost at the leisure centre, if found hand it to reception please", p=[("PASS","530418872")]),
R("rS", OI, "Please don't share full card numbers here. The last four digits (e.g. ending 3306) are enough for our team to trace a payment privately.", ),
]
