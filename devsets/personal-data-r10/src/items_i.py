# Batch I: more identifiers in plain and habitual forms, and traps around them.
from common import R, zw, fw
D, Y, C = "draft", "reply", "comment"
CO, SV, CL = "CORPORATE", "SERVICE", "COUNCILLOR"
PN, SA, PC, PH, EM, CH = "PERSON_NAME", "STREET_ADDRESS", "POSTCODE", "PHONE", "EMAIL", "CHILD"

R(C, SV, "other_id", "Nat ins EH374489D, applied for the hardship fund in September, still says 'pending'",
  p=[("NI_NUMBER", "EH374489D")])
R(Y, SV, "other_id", "Hi Malcolm, sorry — we've removed your earlier comment because it showed your NHS number (955 075 7951). Please never post it publicly.",
  p=[(PN, "Malcolm"), ("NHS_NUMBER", "955 075 7951")])
R(C, CO, "other_id", "My husband's NHS no. 9099852754, he's in Kinvale General waiting for a care package, been 3 weeks",
  p=[("NHS_NUMBER", "9099852754")])
R(C, SV, "other_id", "Ni number zr610532a - is it right that I can't get the discount because I'm a student?",
  p=[("NI_NUMBER", "zr610532a")])
R(C, SV, "other_id", "Here's my card, 5412 7534 5678 9259 exp 09/28, just take the £35 for the bulky collection, I can't get the website to work",
  p=[("PAYMENT_CARD", "5412 7534 5678 9259")])
R(C, CO, "other_id", "Refund to GB41 LOYD 3096 3412 8400 57 please, I've been overcharged for 3 years",
  p=[("IBAN", "GB41 LOYD 3096 3412 8400 57")])
R(C, SV, "other_id", "sort code 30-96-34 acc 12840057 — that's where the housing benefit should go not my old account",
  p=[("BANK_ACCOUNT", "12840057")])
R(C, SV, "other_id", "Born 21/06/1958, I should have my bus pass by now, my friend born the same month got hers in October",
  p=[("DATE_OF_BIRTH", "21/06/1958")])
R(Y, SV, "other_id", "Hi Norah, the registrar can see you on the 10th. Please bring your passport; there's no need to post the number here.",
  p=[(PN, "Norah")])
R(C, CO, "other_id", "Passport 118492637 — the registrar kept it after the citizenship ceremony and nobody can tell me where it is",
  p=[("PASSPORT", "118492637")])
R(D, SV, "identifier_kind_phrase",
  "Your NHS number is 10 digits long, your National Insurance number is 2 letters, 6 numbers and a letter. Neither is needed to book a bulky waste collection!")
R(C, SV, "other_id", "mums DOB 03.01.1939 and NHS 493 574 7528, the social worker said to put it on here so they can find her file?? is that right",
  p=[("DATE_OF_BIRTH", "03.01.1939"), ("NHS_NUMBER", "493 574 7528")])
R(Y, SV, "other_id", "Please don't share your mum's details here! We've hidden your comment. Our social workers will never ask you to post an NHS number on Facebook. Please send us a private message instead.")
R(C, SV, "other_id", "NI KC 29 77 14 B. Nobody from council tax has rung me back. Third time asking",
  p=[("NI_NUMBER", "KC 29 77 14 B")])
