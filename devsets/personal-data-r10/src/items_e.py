# Batch E: identifiers written to evade or by habit; other identifiers (NHS, NI, cards, IBAN, DOB, regs...) and traps.
from common import R, fw, arabic, persian, deva, beng, zw, shy, cyr, grk
D, Y, C = "draft", "reply", "comment"
CO, SV, CL = "CORPORATE", "SERVICE", "COUNCILLOR"
PN, SA, PC, PH, EM = "PERSON_NAME", "STREET_ADDRESS", "POSTCODE", "PHONE", "EMAIL"

# ---------------- evasion ----------------
v = zw("07700 900277", 2)
R(C, SV, "evasion", f"selling my old wheelie bin shed, text {v} if you want it, must collect",
  p=[(PH, v)])
v = zw("hollie.brannigan@example.com", 5)
R(C, CO, "evasion", f"pls contact me {v} about the parking fine, ive tried everything else",
  p=[(EM, v)])
v = "tomos dot llywelyn at example dot org"
R(C, SV, "evasion", f"Ebostiwch fi / email me: {v} — I've got photos of the lorry driving over the verge",
  p=[(EM, v)])
v = "oh seven seven double oh nine double oh six one eight"
R(C, CO, "evasion", f"they wont let me put numbers in so its {v} if anyone found my dog near the quarry",
  p=[(PH, v)])
v = "JT 43 81 27 C"
R(Y, SV, "evasion", f"Hi Dionne, we've found your claim. The National Insurance number we hold is {v}, so please check it matches your payslip.",
  p=[(PN, "Dionne"), ("NI_NUMBER", v)])
v = fw("0113 496 0559")
R(C, SV, "evasion", f"ring me on {v} someone needs to see the state of this alley",
  p=[(PH, v)])
v = "deano_1979 [at] example [dot] net"
R(C, SV, "evasion", f"Dont post my stuff publicly but if the housing officer wants to get me its {v}",
  p=[(EM, v)])
v = arabic("07700 900648")
R(C, CO, "evasion", f"Please call my father on {v}, he does not speak English well and needs help with the council tax letter.",
  p=[(PH, v)])
v = zw("NE29 7HS", 1)
R(C, SV, "evasion", f"postcode {v} – no collection since the 1st. not good enough",
  p=[(PC, v)])
v = cyr("maria.petrova@example.com", only="aeo")
R(C, SV, "evasion", f"My email is {v}, please send the form there, the website keeps crashing",
  p=[(EM, v)])
v = "O77OO 9OO 3l2"
R(C, SV, "evasion", f"landlord wont fix the boiler. call me {v}",
  p=[(PH, v)])
v = "W Y 5 8 0 6 2 1 B"
R(C, CO, "evasion", f"they keep saying they cant find me. NI is {v}. What more do they want",
  p=[("NI_NUMBER", v)])
v = "jackie(at)example(dot)co(dot)uk"
R(C, SV, "evasion", f"any updates on the bowls club grant pls email {v}",
  p=[(EM, v)])
v = "kay why eight, five ar pee"
R(C, SV, "evasion", f"just moved in, my new postcode is {v} and the bin app doesnt recognise it",
  p=[(PC, v)])
v = persian("0141 496 0237")
R(C, SV, "evasion", f"Salam. My number {v}. Please someone from housing call me about the flat.",
  p=[(PH, v)])
v = "07700 900 seven three eight"
R(C, CO, "evasion", f"Ffoniwch fi ar {v} os gwelwch yn dda, ynglŷn â'r bin gwyrdd",
  p=[(PH, v)])
v = shy("sadie.mercer@example.net", 4)
R(Y, SV, "evasion", f"Hi Sadie, we've got your email as {v} and sent the forms there.",
  p=[(PN, "Sadie"), (EM, v)])
v = fw("KY8 4EN")
R(C, SV, "evasion", f"{v} three weeks no recycling pick up. Im done being polite",
  p=[(PC, v)])
v = deva("07700 900788")
R(C, CO, "evasion", f"Namaste, my mother's phone {v}, she wants to register for the warm space lunch",
  p=[(PH, v)])
v = "pete {at} example {dot} com"
R(C, SV, "evasion", f"Found a set of keys on the canal bank near the lock gates. Email {v} to claim",
  p=[(EM, v)])
v = grk("NX 51 62 07 A", only="NXA")
R(C, SV, "evasion", f"my NI {v} - nobody at the benefits office can find my claim and it's been 8 weeks",
  p=[("NI_NUMBER", v)])
v = "0 7 7 0 0  9 0 0  8 4 6"
R(C, SV, "evasion", f"call or text {v} if anyone saw who hit my car on Ferry Lane last night",
  p=[(PH, v)])
v = "ROSIE DOT AKINDELE AT EXAMPLE DOT COM"
R(C, CO, "evasion", f"I AM TRYING TO BOOK A FUNERAL AND NOBODY ANSWERS. {v}",
  p=[(EM, v)])
v = beng("0131 496 0914")
R(C, SV, "evasion", f"please call me {v}, my uncle's heating not working council flat",
  p=[(PH, v)])
v = "0l632 96O 418"
R(C, SV, "evasion", f"Been waiting 4 months for the adaptations. {v} if anyone from OT actually wants to call",
  p=[(PH, v)])
v = zw("liz.harker@example.org", 4, "\u200d")
R(D, SV, "evasion", f"Thanks to Liz Harker for organising the beach clean! Volunteers wanting to join can email {v}.",
  p=[(PN, "Liz Harker"), (EM, v)])
v = "oh one six three two, nine six oh, one double five"
R(C, CO, "evasion", f"Can the parks team give me a ring about the allotment waiting list, {v}",
  p=[(PH, v)])
v = cyr("SA19 6PE", only="SAEP")
R(C, SV, "evasion", f"{v} is my postcode and your website says its not in the county. I pay council tax here!",
  p=[(PC, v)])
v = zw("RK 701855 D", 2, "\u2060")
R(C, CO, "evasion", f"for the fuel payment they asked for NI number its {v} can u chase it",
  p=[("NI_NUMBER", v)])
v = "zero two nine 2018 oh two eight one"
R(C, SV, "evasion", f"text or ring {v} — it's about the empty house next door",
  p=[(PH, v)])
v = "b.mcghee AT example DOT co DOT uk"
R(C, CL, "evasion", f"Cllr please email me {v} I don't do facebook messenger",
  p=[(EM, v)])
v = fw("07700 900 155")
R(Y, SV, "evasion", f"Hi Marcus, our officer tried calling {v} but couldn't get through. Please DM us a better time.",
  p=[(PN, "Marcus"), (PH, v)])
v = zw("724 803 1704", 3)
R(C, SV, "evasion", f"My NHS number is {v} if that helps the social worker find the referral",
  p=[("NHS_NUMBER", v)])
v = "4000 0012 3456 7857"
w = zw(v, 5)
R(C, CO, "evasion", f"paid the council tax with card {w} and its been taken twice!!!",
  p=[("PAYMENT_CARD", w)])
v = grk("KX19 PWT", only="KXPT")
R(C, SV, "evasion", f"The car dumping rubbish at the recycling bank is {v}, silver Astra, every Sunday morning",
  p=[("VEHICLE_REG", v)])
v = "n e l l . o s b o r n e @ example . com"
R(C, SV, "evasion", f"spaced it out so the bots cant get it: {v}",
  p=[(EM, v)])
v = "seven seven oh oh, nine oh oh, two six three"
R(C, CO, "evasion", f"Anyone with info about the lad who set fire to the bins on Gorse Hill, ring me on oh {v}",
  p=[(PH, "oh " + v)])
v = arabic("SA19 7JQ")
R(C, SV, "evasion", f"مرحبا. postcode {v}. bin not collected two weeks. thank you",
  p=[(PC, v)])
v = fw("lorna.keddie＠example．com")
R(C, CO, "evasion", f"send the bus pass form to {v} thanks",
  p=[(EM, v)])
v = "0 1 1 4 – 4 9 6 – 0 6 3 3"
R(C, CO, "evasion", f"my nans number {v}, she's had no carer visit for 3 days",
  p=[(PH, v)])
R(C, SV, "evasion", "postcode is P E two one, nine E W. how hard can it be to find",
  p=[(PC, "P E two one, nine E W")])
v = zw("gillian.roe@example.co.uk", 3, "\ufeff")
R(C, SV, "evasion", f"Ive sent three emails from {v} and had nothing back from planning",
  p=[(EM, v)])
v = "zero seven seven zero zero 900 double four seven"
R(C, CL, "evasion", f"Councillor can you call me please {v}",
  p=[(PH, v)])

# ---------------- other_id ----------------
R(C, SV, "other_id", "My NHS number is 433 281 2913 and the social worker still says she can't see my referral on the system",
  p=[("NHS_NUMBER", "433 281 2913")])
R(Y, SV, "other_id", "Hi Sharon, we've matched your blue badge application to NI number PW 26 49 13 B, so no need to send it again.",
  p=[(PN, "Sharon"), ("NI_NUMBER", "PW 26 49 13 B")])
R(C, CO, "other_id", "Council tax direct debit went out twice. My account is 70441382 sort code 20-04-15. Please refund ASAP",
  p=[("BANK_ACCOUNT", "70441382")])
R(C, SV, "other_id", "Card 5555 5544 3322 1128 was charged £160 for a garden waste permit I never ordered",
  p=[("PAYMENT_CARD", "5555 5544 3322 1128")])
R(C, SV, "other_id", "White van YR21 ODL parked on the double yellows outside the school every morning. Get a warden down",
  p=[("VEHICLE_REG", "YR21 ODL")])
R(Y, SV, "other_id", "Thanks Mr Farooqi. Your permit for vehicle LB68 TZN is now active on the system.",
  p=[(PN, "Mr Farooqi"), ("VEHICLE_REG", "LB68 TZN")])
R(C, CO, "other_id", "I'm a carer for my brother, date of birth 02/11/1978, and the assessment letter went to the wrong address",
  p=[("DATE_OF_BIRTH", "02/11/1978")])
R(C, SV, "other_id", "Refund please to GB83BARC20041570441382 - I overpaid the parking permit by £45",
  p=[("IBAN", "GB83BARC20041570441382")])
R(C, SV, "other_id", "Passport number 512803374, it expired in 2025, does that still count as ID for the voter card?",
  p=[("PASSPORT", "512803374")])
R(C, SV, "other_id", "my licence number is PRYCE707218G99LK and the taxi licensing portal says it's invalid",
  p=[("DRIVING_LICENCE", "PRYCE707218G99LK")])
R(Y, SV, "other_id", "Hi, we can see a payment from the card ending 4417 on 2 December. We'll look into the duplicate and come back to you by DM.")
R(D, SV, "other_id", "Reminder: we will NEVER ask for your bank account number, sort code or card details in a comment or message on social media. If someone does, it isn't us.")
R(Y, CO, "other_id", "Please don't post your account number here! We've hidden your comment to protect you. Send us a private message with your council tax reference instead.")
R(C, SV, "other_id", "Got my reminder letter, account ref ends in 0871, I've paid it already. Why is it still chasing me?")
R(D, SV, "other_id", "Scam alert: a fake 'council tax refund' text is asking residents to enter their card number, expiry and security code on a link. Delete it.")
R(Y, SV, "other_id", "Hi Gareth, the payment reference for your PCN is the number in the top right of the notice, starting with HD. We can't take card details here.",
  p=[(PN, "Gareth")])
R(C, CO, "other_id", "DOB 19.07.1952, been trying to get my bus pass renewed since July. Is anyone actually working?",
  p=[("DATE_OF_BIRTH", "19.07.1952")])
R(C, SV, "other_id", "mums nhs no is 627 288 4524. the care home say the council has the wrong one on file",
  p=[("NHS_NUMBER", "627 288 4524")])
R(C, SV, "other_id", "NI: HL843362A. Applied for the winter grant on 1 Nov, heard nothing",
  p=[("NI_NUMBER", "HL843362A")])
R(C, CO, "other_id", "The pest control man took my card 4929 1212 3434 5886 over the phone and charged me twice",
  p=[("PAYMENT_CARD", "4929 1212 3434 5886")])
R(Y, SV, "other_id", "Hi Kate, your parking permit for VX70 HMC expired last week. You can renew online in a couple of minutes.",
  p=[(PN, "Kate"), ("VEHICLE_REG", "VX70 HMC")])
R(C, SV, "other_id", "Pay the hardship grant into my account GB27 MIDL 4005 1558 2231 64 please, I've waited long enough",
  p=[("IBAN", "GB27 MIDL 4005 1558 2231 64")])
R(D, SV, "other_id", "Bank details change warning: we have not changed our bank account. Ignore any letter saying council tax payments should go to a new account.")
R(C, CO, "other_id", "Son's date of birth is 30th April 2009 but the school transport form says he's too old?? He's 17",
  p=[("DATE_OF_BIRTH", "30th April 2009")])
R(C, SV, "other_id", "Driving licence OKAFO862034NE2WT. The taxi office lost my paperwork twice now",
  p=[("DRIVING_LICENCE", "OKAFO862034NE2WT")])
R(C, SV, "other_id", "my bank acct 58223164 was debited for someone elses council tax. who do I even speak to",
  p=[("BANK_ACCOUNT", "58223164")])
R(Y, SV, "other_id", "Hi there, please remove the comment with your passport number. We'll never need it posted publicly; the registrar will check it in person.")
R(C, SV, "other_id", "Registration is SN19 WFK, blue Corsa, abandoned on the grass at the end of Moss Road for a month now",
  p=[("VEHICLE_REG", "SN19 WFK")])
R(C, CO, "other_id", "NHS 495 249 2214 — my dad. Hospital discharge delayed because no care package from the council. Disgraceful",
  p=[("NHS_NUMBER", "495 249 2214")])
R(D, SV, "other_id", "Our payment line will only ever ask you for the last 4 digits of your card to confirm a refund. If a caller asks for the full card number, hang up.")
R(C, SV, "other_id", "My passport 307716842 was sent with the blue badge application and I need it back for a holiday in February",
  p=[("PASSPORT", "307716842")])
R(C, CO, "other_id", "NI number SE 12 90 47 C, date of birth 8 August 1966. Still no council tax reduction decision after 10 weeks",
  p=[("NI_NUMBER", "SE 12 90 47 C"), ("DATE_OF_BIRTH", "8 August 1966")])
R(Y, SV, "other_id", "Thanks Irene. We've updated the bus pass record; it'll be posted to you within 5 working days. No need to send your date of birth again.",
  p=[(PN, "Irene")])
R(C, SV, "other_id", "Card ending 8812 was charged for a replacement bin, I never asked for one")
R(C, CO, "other_id", "Car reg WD17 ERN has been parked in the disabled bay at the library with no badge for a week",
  p=[("VEHICLE_REG", "WD17 ERN")])
