from common import R, fw, ar, fa, dev, ben, zw, shy

# ---------------- evasion ----------------
E = "evasion"
R("c", "S", E, "Nobody answers the phone so email me: kelly.brogan at gmail dot com. It's about the missed bins on our row.",
  p=[("EMAIL", "kelly.brogan at gmail dot com")])
R("c", "C", E, "Ring me back please, oh seven seven double oh, nine double oh, four one two. Been waiting a week for the repair man.",
  p=[("PHONE", "oh seven seven double oh, nine double oh, four one two")])
R("c", "S", E, "My details for the hardship fund, NI is GE 22 54 41 A, can someone just sort it.",
  p=[("NI_NUMBER", "GE 22 54 41 A")])
e1 = zw("dwynwen.hughes@hotmail.co.uk", 4)
R("c", "C", E, f"Contact me on {e1} about the flooding, I've got photos.",
  p=[("EMAIL", e1)])
ph1 = fw("07700 900736")
R("c", "S", E, f"Text {ph1} if you find a grey cat on the estate, answers to Smudge.",
  p=[("PHONE", ph1)])
R("c", "C", E, "Email is marcus_vane[at]outlook[dot]com — please someone from planning get in touch, the extension next door is huge.",
  p=[("EMAIL", "marcus_vane[at]outlook[dot]com")])
ph2 = ar("01632 960 218")
R("c", "S", E, f"أرجو الاتصال بي بخصوص السكن: {ph2}. Please call me about housing.",
  p=[("PHONE", ph2)])
R("c", "C", E, "I'm on 0 1 6 1  4 9 6  0 5 7 3 if the councillor wants to actually hear from a resident for once.",
  p=[("PHONE", "0 1 6 1  4 9 6  0 5 7 3")])
e2 = "tаnyа.rees@btinternet.com"  # Cyrillic а
R("c", "S", E, f"Message {e2} about the allotment waiting list, I've been on it 4 years.",
  p=[("EMAIL", e2)])
R("c", "C", E, "Hit me up on whatsapp seven seven zero zero nine zero zero eight eight one, with the plus four four in front, about the lost dog.",
  p=[("PHONE", "seven seven zero zero nine zero zero eight eight one")])
ni2 = zw("CZ528830B", 2)
R("c", "S", E, f"Council tax reduction form keeps rejecting my NI {ni2}, is the website broken?",
  p=[("NI_NUMBER", ni2)])
R("c", "C", E, "bob (dot) tregear (at) yahoo (dot) co (dot) uk — the skip permit people can find me there.",
  p=[("EMAIL", "bob (dot) tregear (at) yahoo (dot) co (dot) uk")])
ph3 = fa("07700 900 294")
R("c", "S", E, f"برای کمک به من زنگ بزنید {ph3} — landlord has cut off the heating.",
  p=[("PHONE", ph3)])
e3 = fw("rashid.m@gmail.com")
R("c", "C", E, f"Can the housing officer email me at {e3} instead of posting letters, I'm never at the old address.",
  p=[("EMAIL", e3)])
R("c", "S", E, "Call 0113-496-0-seven-four-one, ask for Babs, about the stray horses on the common.",
  p=[("PHONE", "0113-496-0-seven-four-one"), ("PERSON_NAME", "Babs")])
ph4 = dev("020 7946 0388")
R("c", "C", E, f"मुझे फोन करें {ph4} — bin not collected, please help.",
  p=[("PHONE", ph4)])
R("c", "S", E, "For the petition, you can reach me at h.ogunleye AT protonmail DOT com.",
  p=[("EMAIL", "h.ogunleye AT protonmail DOT com")])
R("c", "C", E, "NI: W L 6 2 4 9 4 4 A. My UC sanction letter says the council has it wrong.",
  p=[("NI_NUMBER", "W L 6 2 4 9 4 4 A")])
ph5 = ben("07700 900 157")
R("c", "S", E, f"আমার নম্বর {ph5}, please ring about the repair.",
  p=[("PHONE", ph5)])
ph6 = shy("01414960622", 3)
R("c", "C", E, f"I've left my number with the contact centre twice: {ph6}. Still nothing.",
  p=[("PHONE", ph6)])
R("c", "S", E, "My email (remove the spaces) is  l i z . c a r d e w @ g m a i l . c o m",
  p=[("EMAIL", "l i z . c a r d e w @ g m a i l . c o m")])
R("r", "S", E, "Hi, thanks — we've got your details (sue.barraclough at sky dot com) and someone from repairs will email you today.",
  p=[("EMAIL", "sue.barraclough at sky dot com")])
R("c", "C", E, "Anyone found a brown wallet in the Morrisons car park, my mobile is 07700 9OO 5l9 (yes I know, the 0s are Os, spam bots).",
  p=[("PHONE", "07700 9OO 5l9")])
e4 = "oleksandr.kovalenko＠ukr.net"
R("c", "S", E, f"Будь ласка, пишіть мені {e4} — about the homes for Ukraine payment.",
  p=[("EMAIL", e4)])
nhs1 = zw("919 392 0687", 3)
R("c", "C", E, f"NHS number is {nhs1} if the care team needs it, my mum's referral has gone missing again.",
  p=[("NHS_NUMBER", nhs1)])
nhs2 = ar("535 521 8504")
R("c", "S", E, f"My NHS no. {nhs2} — the blue badge form says it doesn't match.",
  p=[("NHS_NUMBER", nhs2)])
R("c", "C", E, "Postcode is ess en one, one queue ex. Nobody has collected the glass for a month. (SN1 1QX for the bots)",
  p=[("POSTCODE", "ess en one, one queue ex"), ("POSTCODE", "SN1 1QX")])
pc = fw("LS6 2QP")
R("c", "S", E, f"Fly tip outside ours, postcode {pc}, big pile of garden waste and a fridge.",
  p=[("POSTCODE", pc)])
R("c", "C", E, "email me jade.fenwick at live dot co dot uk OR ring oh one one five four nine six oh two six oh.",
  p=[("EMAIL", "jade.fenwick at live dot co dot uk"), ("PHONE", "oh one one five four nine six oh two six oh")])
ph7 = zw("07700900843", 2)
R("c", "S", E, f"Lost my wedding ring at the lido, reward offered. Call {ph7}.",
  p=[("PHONE", ph7)])
R("c", "C", E, "HB 13 48 84 D — that's my NI, the benefits team asked me to post it here?? Is that right?",
  p=[("NI_NUMBER", "HB 13 48 84 D")])
R("r", "S", "identifier_kind_phrase", "Hi, please don't share your National Insurance number here. We've hidden your comment. The benefits team will never ask you to post it publicly.")
e5 = "nіcola.grainger@gmail.com"  # Cyrillic і
R("c", "S", E, f"Dear council, reply to {e5} please, not the old email.",
  p=[("EMAIL", e5)])
R("c", "C", E, "Card for the parking fine: 4153 5709 7886 4857, exp 09/28. Your payment page keeps timing out so can someone just take it.",
  p=[("PAYMENT_CARD", "4153 5709 7886 4857")])
pc2 = ar("CF24 3EW")
R("c", "S", E, f"رمز بريدي {pc2}. No bin collection since the holiday.",
  p=[("POSTCODE", pc2)])
R("c", "C", E, "My number is 0 7 7 0 0   9 0 0   6 6 2 — call after 6, I work days.",
  p=[("PHONE", "0 7 7 0 0   9 0 0   6 6 2")])

# ---------------- other_id ----------------
O = "other_id"
R("c", "S", O, "NI number PS267900C, date of birth 14/02/1961. Please just process my pension credit, I've sent the form three times.",
  p=[("NI_NUMBER", "PS267900C"), ("DATE_OF_BIRTH", "14/02/1961")])
R("c", "C", O, "My NHS number is 676 260 7306 and the hospital discharge team still hasn't called about my care package.",
  p=[("NHS_NUMBER", "676 260 7306")])
R("c", "S", O, "Paid for the garden waste with card 4917 3608 7100 8332 and got no sticker. Can you check?",
  p=[("PAYMENT_CARD", "4917 3608 7100 8332")])
R("c", "C", O, "Refund for the cancelled wedding booking please to IBAN GB59 MIDL 4047 1552 8077 36.",
  p=[("IBAN", "GB59 MIDL 4047 1552 8077 36")])
R("c", "S", O, "Housing benefit should go to account 31926819, sort code 60-16-13, not my old one.",
  p=[("BANK_ACCOUNT", "31926819")])
R("c", "C", O, "Car clamped outside my own house, reg is KM19 ZXT. I have a permit!",
  p=[("VEHICLE_REG", "KM19 ZXT")])
R("r", "S", O, "Hi, the penalty notice for vehicle WN68 LPD was issued correctly, but you can appeal on the website.",
  p=[("VEHICLE_REG", "WN68 LPD")])
R("c", "S", O, "Born 3 March 1948, registered blind, and the bus pass office wants me to come in person. Ridiculous.",
  p=[("DATE_OF_BIRTH", "3 March 1948")])
R("c", "C", O, "Passport number 538271946 — is that what you need for the right to rent check? The letting agent says the council asked.",
  p=[("PASSPORT", "538271946")])
R("c", "S", O, "Driving licence is PRICE712148DW9XK for the taxi licence renewal, application went in October.",
  p=[("DRIVING_LICENCE", "PRICE712148DW9XK")])
R("c", "C", O, "NI number RS233369D. Been told by the Jobcentre to give it to you for the discretionary payment.",
  p=[("NI_NUMBER", "RS233369D")])
R("c", "S", O, "My mum's NHS number 544 554 5148 — she's been in Ward 7 for a month waiting for a care home place.",
  p=[("NHS_NUMBER", "544 554 5148")])
R("c", "C", O, "Someone's used my card 5690 9832 5991 1338 on your parking app, how do I report fraud?",
  p=[("PAYMENT_CARD", "5690 9832 5991 1338")])
R("c", "S", O, "White van BD21 KWM dumps rubbish in the lay-by every Friday. Owner lives two doors up from me.",
  p=[("VEHICLE_REG", "BD21 KWM")])
R("c", "C", O, "DOB 22.07.1985, NI XA661218D. The council tax support form won't submit.",
  p=[("DATE_OF_BIRTH", "22.07.1985"), ("NI_NUMBER", "XA661218D")])
R("r", "S", O, "Thanks, we've found the payment. The refund will go back to the card ending 1605 within 5 working days.")
R("c", "S", O, "Pay the grant to IBAN GB41BARC20041573310428 please, it's my business account.",
  p=[("IBAN", "GB41BARC20041573310428")])
R("c", "C", O, "Account number 52807736 sort code 40-47-15 for the Household Support Fund money. Thanks.",
  p=[("BANK_ACCOUNT", "52807736")])
R("c", "S", O, "Registration SF70 RMU, blue Corsa, parked on the zig-zags by St Anne's every morning. Someone will get hurt.",
  p=[("VEHICLE_REG", "SF70 RMU")])
R("c", "C", O, "My father was born on 9 November 1939 and the care assessment form says 1993. Please correct it.",
  p=[("DATE_OF_BIRTH", "9 November 1939")])
R("c", "S", O, "NI number is BZ498395A and NHS is 600 125 1177 — the OT said I'd need both for the grab rails.",
  p=[("NI_NUMBER", "BZ498395A"), ("NHS_NUMBER", "600 125 1177")])
R("c", "C", O, "Taxi badge application: licence MCKEN803052AR9ZL, passport 701938265. What else is missing?",
  p=[("DRIVING_LICENCE", "MCKEN803052AR9ZL"), ("PASSPORT", "701938265")])
R("r", "S", O, "Hi, please don't post bank details here. We've hidden the comment with your account number for your safety.")
R("c", "S", O, "Card 5007 0337 0936 0575 charged twice for the same bulky collection!",
  p=[("PAYMENT_CARD", "5007 0337 0936 0575")])
R("c", "C", O, "The car that hit the bollard on the square was YR17 PHA, silver Audi, drove off.",
  p=[("VEHICLE_REG", "YR17 PHA")])
R("c", "S", O, "It's my daughter's blue badge, NHS number 161 696 8591, she was born 30/06/2009. Why has it been refused?",
  p=[("NHS_NUMBER", "161 696 8591"), ("DATE_OF_BIRTH", "30/06/2009")])
R("c", "C", O, "NI GM164229D. Sending here because nobody answers the phone. Need the hardship fund before Christmas.",
  p=[("NI_NUMBER", "GM164229D")])
R("c", "S", O, "Refund to GB53 LOYD 3096 3418 8405 52 as agreed on the phone, thanks.",
  p=[("IBAN", "GB53 LOYD 3096 3418 8405 52")])
R("c", "C", O, "For the right to buy application, my passport number is 644019283 and my date of birth 5th May 1972.",
  p=[("PASSPORT", "644019283"), ("DATE_OF_BIRTH", "5th May 1972")])
R("c", "S", O, "Tenant at ours owes me rent; his reg is LV66 TGO if the council wants to chase him. NI EW079258B too.",
  p=[("VEHICLE_REG", "LV66 TGO"), ("NI_NUMBER", "EW079258B")])
