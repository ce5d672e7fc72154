# Batch G: more drafts and replies across classes.
from common import R, zw, fw, cyr, arabic
D, Y, C = "draft", "reply", "comment"
CO, SV, CL = "CORPORATE", "SERVICE", "COUNCILLOR"
PN, SA, PC, PH, EM, CH = "PERSON_NAME", "STREET_ADDRESS", "POSTCODE", "PHONE", "EMAIL", "CHILD"

v = zw("07700 900 391", 4)
R(Y, SV, "evasion", f"Hi Lorcan, thanks. We've tried ringing {v} twice today about the leak — is there a better time?",
  p=[(PN, "Lorcan"), (PH, v)], case=False)
v = "iona dot beaton at example dot com"
R(Y, SV, "evasion", f"Thanks Iona, we'll send the food waste leaflet to {v} as you asked.",
  p=[(PN, "Iona"), (EM, v)])
v = cyr("HD3 7PA", only="HDPA")
R(Y, SV, "evasion", f"We've logged the missing bin for {v} and the crew will return tomorrow.",
  p=[(PC, v)], case=True)
R(D, SV, "org_phone",
  "Cost of living support: the Kestlemere Household Support line, 01522 782 030, can help with energy bills, food vouchers and school uniform costs.",
  o=[(PH, "01522 782 030")])
R(Y, CO, "org_phone",
  "Sorry you've had trouble getting through. The Electoral Services direct line is 01484 339 412 — it's usually quieter after 2pm.",
  o=[(PH, "01484 339 412")])
R(D, SV, "org_email",
  "Gaelic-medium education enquiries for August: foghlam.gaidhlig@strathkinvale.gov.uk. A bheil ceist agaibh? Cuiribh post-d thugainn.",
  o=[(EM, "foghlam.gaidhlig@strathkinvale.gov.uk")])
R(D, SV, "identifier_kind_phrase",
  "Claiming Pension Credit could unlock help with your council tax. You'll need your NI number and bank details for the claim, which is made to the DWP, not the council.")
R(Y, SV, "identifier_kind_phrase",
  "No need to tell us your date of birth here. If you message us privately with just your email address, the concessions team will be in touch.")
R(D, CL, "clean",
  "Joined Cllr Morgan and Chief Inspector Paul Dyer for a walkabout on the Hollins estate tonight. The new street lights on Sandgate are making a real difference.")
R(Y, SV, "clean",
  "Hiya, we're aware of the flooding on Heol y Graig and the team are on site now with pumps. Please avoid the area if you can.")
R(D, SV, "clean",
  "Gabhaibh ar leisgeul: chan eil am bàta-aiseig a' ruith gu Eilean Shona an-diugh air sgàth na gaoithe.")
R(D, SV, "name_natural",
  "Lost glasses case found on the 4.15 school bus from Lisnaree, with 'property of Seamus Corrigan' written inside. It's at the bus depot office.",
  p=[(PN, "Seamus Corrigan")])
R(Y, SV, "name_natural",
  "Hi Tegan, sorry — the crew were short-staffed. Your street will be done first thing tomorrow.",
  p=[(PN, "Tegan")])
R(D, CO, "business_name_like_person",
  "Late-night pharmacy rota over Christmas: Boyd's Chemist (Lisnaree), Harvey & Lowe Pharmacy (Drumcarrow) and the Main Street Boots.",
  o=[(PN, "Boyd's Chemist"), (PN, "Harvey & Lowe Pharmacy")])
R(Y, SV, "other_id",
  "Hi Fatima, we've stopped the duplicate direct debit on your council tax account. We won't need your bank details again; the refund goes back to the same account.",
  p=[(PN, "Fatima")])
R(D, SV, "address_uncommon",
  "Thank you to the owners of Blackthorn Barn, Lower Gorsty for letting our rangers use their yard as a base for the hedgerow survey.",
  p=[(SA, "Blackthorn Barn, Lower Gorsty")])
