# A further batch of drafts and public replies across the classes.
from common import R, zw, shy, fw, arabic, persian, deva, beng, cyr, grk

R("dS", "org_phone", "Bins, potholes or streetlights out of hours? Call +44 (0)1924 306 999 from a mobile abroad, or the usual local number at home. Emergencies only please.",
  o=["PH|+44 (0)1924 306 999"])
R("dC", "org_phone", "Storm Ffion: if a tree has fallen on a road call us on 01267 861 440. Power cuts, dial 105. Worried about someone's health, NHS 111 Wales is free on 111.",
  o=["PH|01267 861 440", "PH|105", "PH|111", "PH|111"])
R("dS", "org_email", "Want to hire a room at one of our libraries for your group? Email roomhire@loughmoyledrumard.gov.uk with the date, times and numbers.",
  o=["E|roomhire@loughmoyledrumard.gov.uk"])
R("dS", "org_email", "Carers in Strathcairn: the Carers Centre has moved its inbox to support@strathcairncarers.org.uk – the old address closes at the end of the month.",
  o=["E|support@strathcairncarers.org.uk"])
R("dS", "org_address", "Citizens Advice Fenwold drop-in is now at The Guildhall, 1 Corn Exchange Yard, PE21 6AB on Mondays and Thursdays, 10am–1pm.",
  o=["A|The Guildhall, 1 Corn Exchange Yard", "PC|PE21 6AB"])
R("dC", "org_address", "Mae swyddfa newydd y Cyngor ar agor: Tŷ'r Harbwr, Cei'r De, Glanmorfa SA46 0AE. Croeso i bawb.",
  o=["A|Tŷ'r Harbwr, Cei'r De", "PC|SA46 0AE"])
R("dS", "business_name_like_person", "Frankie Boyd Funeral Services and the Lorna Ferrie Dance School are the first businesses to sign our Dementia Friendly Kirkfallow pledge.",
  o=["N|Frankie Boyd Funeral Services", "N|Lorna Ferrie Dance School"])
R("rS", "business_name_like_person", "Thanks for asking – the market stall selling the Welsh cakes is Mam-gu Nerys's Kitchen, they're there every Saturday. ^Rhodri",
  o=["N|Mam-gu Nerys's Kitchen"])
R("dS", "identifier_kind_phrase", "Registering a birth? Bring the baby's NHS number if you have it, and both parents' dates of birth and places of birth.")
R("rC", "identifier_kind_phrase", "Thanks for checking with us first! Yes, that text is genuine – it asks for your council tax account number only, never your card or bank details. ^Aisha")
R("dS", "clean", "Road closure: Ffordd Owain Glyndŵr and Stryd y Farchnad shut on Sunday for the Glanmorfa 10k. Buses from the bus station are diverted.")
R("dC", "clean", "Cllr Moira Scobie, Convener, will host a civic reception for the Kirkfallow RFC youth team on Friday at 6pm.")
R("dS", "clean", "Our new gritter has been named Brian Gritter by pupils at four local primary schools. Brian will be out on the A-roads tonight.")
R("rS", "clean", "Thanks for flagging this – we've asked the team who look after Mary Street car park to fix the pay machine today. ^Dan")
R("dS", "clean", "Job vacancy: Senior Planning Officer, £41k. For an informal chat contact our Head of Planning, Euan Kerr, via the number on the job advert.")
R("dS", "clean", "Lambing season is here. Keep dogs on leads on the Brecon Way paths above Pontyberem and Cwm Gwendraeth.")
R("dL", "name_natural", "Lovely to meet Rosa Delgado and Keith Ambrose at the Longnor pantry today – the two of them have sorted 3 tonnes of food since November. Cllr Tariq Bashir",
  p=["N|Rosa Delgado", "N|Keith Ambrose"])
R("rS", "name_natural", "Hi Precious, we've passed your thanks to the crossing patrol. Glad your little one feels safe walking to school. ^Steph",
  p=["N|Precious"])
R("dS", "name_natural", "Thanks to a sharp-eyed dog walker, Callum Fairbairn, who spotted the burst water main on the riverside path at 6am and reported it.",
  p=["N|Callum Fairbairn"])
R("rS", "other_id", "Hi Grant, we've matched your NI number JB 62 19 07 A to your council tax support claim and it's now with an assessor. ^Tom",
  p=["N|Grant", "NI|JB 62 19 07 A"])
R("dL", "other_id", "The Doherty family lost everything in Monday's fire. If you'd like to help, donations can go straight to Paula Doherty's account: sort 09-01-28, account 30418896.",
  p=["N|Doherty", "N|Paula Doherty", "BANK|30418896"])
R("rC", "other_id", "Hi Hilary, the refund is going to the account GB55 TEST 7298 3226 1683 09 that you gave us. ^Aisha",
  p=["N|Hilary", "IBAN|GB55 TEST 7298 3226 1683 09"])
x = zw("HE 37 52 18 B", 2)
R("rS", "evasion", f"Hi Owain, we've found your claim under NI {x} and added the payslips. ^Lowri",
  p=["N|Owain", "NI|" + x])
R("rS", "evasion", "Hi Ama, we'll email the form to ama.boateng (at) example.com – please send it back by Friday. ^Mo",
  p=["N|Ama", "E|ama.boateng (at) example.com"])
x = fw("DD1 4RY", letters=True)
R("rS", "evasion", f"Hi Gordon, the missed bin at 22 Lyon Street, {x} will be collected tomorrow. ^Ewan",
  p=["N|Gordon", "A|22 Lyon Street", "PC|" + x], case=True)
R("dS", "child", "Little Acorns nursery's Harper (3) and Mo (4) cut the ribbon on the new play area at Castle Ardrum park today! 🎀",
  p=["C|Harper (3) and Mo (4)"])
R("rS", "child", "Hi Lisa, we've spoken to the school crossing team about the morning you mentioned. Please tell Frankie in P4 at Dunmore Primary that the new patroller starts Monday. ^Ewan",
  p=["N|Lisa", "C|Frankie in P4 at Dunmore Primary"])
R("rS", "address_uncommon", "Hi Mairi, the roof repair at Flat 1/1, 12 Drumcoyle Place is booked for Thursday. Scaffolding goes up Wednesday. ^Ewan",
  p=["N|Mairi", "A|Flat 1/1, 12 Drumcoyle Place"], case=True)
R("rS", "address_uncommon", "Hi Eleri, our technician will check the carbon monoxide alarm at Hafan, Pentre Cerrig on Monday. ^Lowri",
  p=["N|Eleri", "A|Hafan, Pentre Cerrig"], case=True)
R("rS", "mixed", "Hi Vikram, the overflowing bin at 71 Belgrave Road, LE4 6QR is logged. Commercial waste from the shop next door is for Okafor Pharmacy's contractor. ^Dan",
  p=["N|Vikram", "A|71 Belgrave Road", "PC|LE4 6QR"], o=["N|Okafor Pharmacy"], case=True)
R("rC", "mixed", "Hi Josie, thanks for emailing from josie.marr@example.net. The adult social care team will call you from 01536 714 355 – it may show as withheld. ^Tom",
  p=["N|Josie", "E|josie.marr@example.net"], o=["PH|01536 714 355"])
R("dL", "case_linked", "Update for residents of 4 to 10 Redwell Road: after I raised it, the water-damaged ceilings in those homes will be repaired from Monday. Letters have been sent. Cllr Alasdair Rennie",
  p=["A|4 to 10 Redwell Road"], case=True)
