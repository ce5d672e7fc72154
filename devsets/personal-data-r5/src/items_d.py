from common import R

# ---------------- case_linked ----------------
K = "case_linked"
R("r", "S", K, "Hi Janine, sorry about that. We've logged the missed grey bin at 23 Sycamore Drive, LS12 3PX and the crew will return tomorrow.",
  p=[("PERSON_NAME", "Janine"), ("STREET_ADDRESS", "23 Sycamore Drive"), ("POSTCODE", "LS12 3PX")], case=True)
R("r", "S", K, "Thanks for the update. Our environmental health officer will visit 41 Oakfield Terrace on Tuesday evening to assess the noise from next door.",
  p=[("STREET_ADDRESS", "41 Oakfield Terrace")], case=True)
R("r", "C", K, "Hello Mr Abara, the damp and mould report for your flat at 9 Gresley Court has been escalated to the repairs manager.",
  p=[("PERSON_NAME", "Mr Abara"), ("STREET_ADDRESS", "9 Gresley Court")], case=True)
R("d", "K", K, "Went round to 17 Quarry Bank today to see the subsidence Mrs Lightfoot has been living with since March. Officers are now on it.",
  p=[("STREET_ADDRESS", "17 Quarry Bank"), ("PERSON_NAME", "Mrs Lightfoot")], case=True)
R("r", "S", K, "Hi, the assisted collection for the property at NE29 8HQ has been set up from next week, so the crew will take the bin from your side gate.",
  p=[("POSTCODE", "NE29 8HQ")], case=True)
R("r", "S", K, "Sorry Trevor, the bulky waste booking for 6 Colliers Way was cancelled in error. It's rebooked for Friday.",
  p=[("PERSON_NAME", "Trevor"), ("STREET_ADDRESS", "6 Colliers Way")], case=True)
R("r", "C", K, "Hi, we've passed the complaint about the bonfires at 88 Hathersage Road to the nuisance team, who'll write to the occupier.",
  p=[("STREET_ADDRESS", "88 Hathersage Road")], case=True)
R("r", "S", K, "Hello Aisha, the council tax single person discount for 3 Mallard Close, CV6 2JT has been applied and a new bill is on its way.",
  p=[("PERSON_NAME", "Aisha"), ("STREET_ADDRESS", "3 Mallard Close"), ("POSTCODE", "CV6 2JT")], case=True)
R("r", "S", K, "The broken lift in the tower block is due a part on Monday. We know Mrs Duffy at 52 Ferrier Tower can't manage the stairs and we will check on her today.",
  p=[("PERSON_NAME", "Mrs Duffy"), ("STREET_ADDRESS", "52 Ferrier Tower")], case=True)
R("d", "K", K, "Update on the flooding at 2 and 4 Beck Side: Environment Agency and our drainage team met residents on site. Pumps are in place.",
  p=[("STREET_ADDRESS", "2 and 4 Beck Side")], case=True)
R("r", "S", K, "Hi Gareth, an officer will come to 15 Cae Mawr, SA31 1QX between 9 and 12 on Wednesday to inspect the dropped kerb request.",
  p=[("PERSON_NAME", "Gareth"), ("STREET_ADDRESS", "15 Cae Mawr"), ("POSTCODE", "SA31 1QX")], case=True)
R("r", "S", K, "Thanks, we've now recorded the abandoned car outside 30 Hollin Lane as reported by you and a warning notice has been fixed to it.",
  p=[("STREET_ADDRESS", "30 Hollin Lane")], case=True)
R("r", "C", K, "Hi Mrs Kaur, I'm sorry you've waited so long. The housing benefit claim for 112 Ladypool Road, B12 8JX is being assessed this week.",
  p=[("PERSON_NAME", "Mrs Kaur"), ("STREET_ADDRESS", "112 Ladypool Road"), ("POSTCODE", "B12 8JX")], case=True)
R("r", "S", K, "Good news, the pest control visit to 7 Wren Gardens is booked for the 12th. The technician will call ahead.",
  p=[("STREET_ADDRESS", "7 Wren Gardens")], case=True)
R("d", "K", K, "I've raised the overflowing septic tank at Ty Coch, Llanarth with Welsh Water and the council. The family have been waiting since August.",
  p=[("STREET_ADDRESS", "Ty Coch, Llanarth")], case=True)
R("r", "S", K, "Hi Callum, the replacement recycling boxes for 27 Strathmore Avenue, DD3 6PA were delivered this morning, let us know if they haven't arrived.",
  p=[("PERSON_NAME", "Callum"), ("STREET_ADDRESS", "27 Strathmore Avenue"), ("POSTCODE", "DD3 6PA")], case=True)
R("r", "S", K, "Thanks for your patience. The noise complaint about the dog barking at number 5 Tern Walk is now with the antisocial behaviour officer.",
  p=[("STREET_ADDRESS", "5 Tern Walk")], case=True)
R("r", "C", K, "Hello, we can confirm the eviction notice at 19 Furnace Row is a matter between the tenant and the landlord; our housing options team has contacted the tenant.",
  p=[("STREET_ADDRESS", "19 Furnace Row")], case=True)
R("r", "S", K, "Hi Lesley, the overgrown hedge at 60 Bramley Road has been reported to the owner and we'll recheck it in 28 days.",
  p=[("PERSON_NAME", "Lesley"), ("STREET_ADDRESS", "60 Bramley Road")], case=True)
R("r", "S", K, "The clinical waste collection for your address in TR18 4LP has restarted. Apologies for the missed weeks, Mr Pascoe.",
  p=[("POSTCODE", "TR18 4LP"), ("PERSON_NAME", "Mr Pascoe")], case=True)
R("d", "K", K, "Met Shona and her neighbours at 3–9 Carrick Place tonight about the broken door entry system. Housing have promised a fix by Friday.",
  p=[("PERSON_NAME", "Shona"), ("STREET_ADDRESS", "3–9 Carrick Place")], case=True)
R("r", "S", K, "Hi, the graffiti on the garage wall at 14 Stainmore Close has been booked for removal as it's offensive. No charge to you.",
  p=[("STREET_ADDRESS", "14 Stainmore Close")], case=True)
R("r", "S", K, "Hi Dafydd, mae'r gwaith atgyweirio ar y to yn 8 Stryd y Castell, LL55 2AY wedi'i drefnu ar gyfer dydd Llun.",
  p=[("PERSON_NAME", "Dafydd"), ("STREET_ADDRESS", "8 Stryd y Castell"), ("POSTCODE", "LL55 2AY")], case=True)
R("r", "C", K, "Hello, the blue badge for the resident at 2 Sandpiper Way, PO12 3RN has been posted second class today.",
  p=[("STREET_ADDRESS", "2 Sandpiper Way"), ("POSTCODE", "PO12 3RN")], case=True)
R("r", "S", K, "Thanks, the fly-tipping you reported on your driveway at 53 Upper Chorlton Road will be cleared free this time as it came from a third party.",
  p=[("STREET_ADDRESS", "53 Upper Chorlton Road")], case=True)
R("r", "S", K, "Hi Malcolm, the structural engineer's report on the wall at 10 Brae Heid is back and we'll call you to talk it through.",
  p=[("PERSON_NAME", "Malcolm"), ("STREET_ADDRESS", "10 Brae Heid")], case=True)
R("r", "S", K, "Sorry to hear about the burst pipe. An emergency plumber is on the way to Flat 6, Lister House now.",
  p=[("STREET_ADDRESS", "Flat 6, Lister House")], case=True)
R("d", "K", K, "Ward update: the smell from the drains at the bottom of Peel Street is being investigated after Mr and Mrs Whitehead at number 31 Peel Street raised it.",
  p=[("PERSON_NAME", "Mr and Mrs Whitehead"), ("STREET_ADDRESS", "31 Peel Street")], case=True)
R("r", "S", K, "Hi Sinead, the parking permit for BT7 1NS is approved; it'll arrive with the registration for your car printed on it.",
  p=[("PERSON_NAME", "Sinead"), ("POSTCODE", "BT7 1NS")], case=True)
R("r", "C", K, "Dear Mr Hollins, we've investigated your complaint about the bin crew at 4 Ashdown Rise and the driver concerned has been spoken to.",
  p=[("PERSON_NAME", "Mr Hollins"), ("STREET_ADDRESS", "4 Ashdown Rise")], case=True)
R("r", "S", K, "We've now visited the house at 1 Taigh na Creige, HS2 0PT about the derelict outbuilding. The owner has until January to make it safe.",
  p=[("STREET_ADDRESS", "1 Taigh na Creige"), ("POSTCODE", "HS2 0PT")], case=True)
R("r", "S", K, "Hi Ewa, the discretionary housing payment for 25 Kestrel Court has been approved and will be paid to your landlord.",
  p=[("PERSON_NAME", "Ewa"), ("STREET_ADDRESS", "25 Kestrel Court")], case=True)

# ---------------- child ----------------
CH = "child"
R("d", "C", CH, "Congratulations to Maisie Turner, 9, from Holy Trinity Primary, whose design will be on this year's council Christmas card!",
  p=[("CHILD", "Maisie Turner, 9, from Holy Trinity Primary")])
R("d", "S", CH, "Year 4 pupil Zayn Malik-Hussain from Brookfield Juniors named our new gritter 'Sir Salts-a-Lot'. Well done Zayn!",
  p=[("CHILD", "Year 4 pupil Zayn Malik-Hussain from Brookfield Juniors"), ("CHILD", "Zayn")])
R("d", "K", CH, "Proud to present the young citizen award to Ffion Rowlands, aged 11, of Ysgol Gymraeg Bro Ogwr, for her litter campaign.",
  p=[("CHILD", "Ffion Rowlands, aged 11, of Ysgol Gymraeg Bro Ogwr")])
R("c", "S", CH, "My son Reuben (7) from Oakwood Infants lost his blue coat at the park run, name tag inside. Anyone seen it?",
  p=[("CHILD", "Reuben (7) from Oakwood Infants")])
R("d", "S", CH, "The library's reading challenge winners are Amara Okafor, 8, and twins Harvey and Elsie Bond, 6, both at St Cuthbert's.",
  p=[("CHILD", "Amara Okafor, 8"), ("CHILD", "twins Harvey and Elsie Bond, 6, both at St Cuthbert's")])
R("c", "C", CH, "Please share: my daughter Lily-Mae Foster, 13, from Thornhill Academy hasn't come home. Last seen at the bus stop at 3.30.",
  p=[("CHILD", "Lily-Mae Foster, 13, from Thornhill Academy")])
R("d", "C", CH, "Say hello to our junior mayor for 2027: Kofi Mensah, a Year 8 student at Riverside High!",
  p=[("CHILD", "Kofi Mensah, a Year 8 student at Riverside High")])
R("c", "S", CH, "Found a school jumper at the skate park with Eilidh M, P5, Lochview Primary written in the label.",
  p=[("CHILD", "Eilidh M, P5, Lochview Primary")])
R("d", "S", CH, "Special thanks to Oscar, 10, from Greenbank School, who wrote to us about dog fouling near his school. Oscar, the new bins go in next week!",
  p=[("CHILD", "Oscar, 10, from Greenbank School"), ("CHILD", "Oscar")])
R("c", "C", CH, "Our Freya is in Mrs Patel's class at Ashgrove Primary and she's been off for weeks with the mould in our flat.",
  p=[("CHILD", "Our Freya is in Mrs Patel's class at Ashgrove Primary")])
R("d", "S", CH, "Llongyfarchiadau i Osian Parry, 12, o Ysgol Dyffryn Conwy, enillydd ein cystadleuaeth ailgylchu!",
  p=[("CHILD", "Osian Parry, 12, o Ysgol Dyffryn Conwy")])
R("c", "S", CH, "To the man who helped my boy Tyler, 6, when he came off his scooter on the prom: thank you.",
  p=[("CHILD", "my boy Tyler, 6")])
R("d", "C", CH, "Meet the youth council's newest member, 15-year-old Hana Begum from Westfield Academy, who's campaigning for free period products in every school.",
  p=[("CHILD", "15-year-old Hana Begum from Westfield Academy")])
R("r", "S", CH, "Hi, thanks for letting us know the school bus didn't turn up for Alfie, Year 3 at Millbrook Primary. We've contacted the operator.",
  p=[("CHILD", "Alfie, Year 3 at Millbrook Primary")])
R("c", "C", CH, "My twins Isla and Rory (4), who start at Craigmount Nursery in January, still haven't got the funding letter.",
  p=[("CHILD", "twins Isla and Rory (4), who start at Craigmount Nursery")])
R("d", "S", CH, "Great work by Ruby-Rose Clarke, age 10, of Moorside Primary, who raised £340 for the food bank with a sponsored silence.",
  p=[("CHILD", "Ruby-Rose Clarke, age 10, of Moorside Primary")])
R("c", "S", CH, "Is anyone else's kid being bullied on the 67 bus? My Jayden's in Year 7 at Castle View and comes home in tears.",
  p=[("CHILD", "My Jayden's in Year 7 at Castle View")])
R("d", "K", CH, "Lovely to meet Niamh, 8, and her brother Cormac, 5, who came to my surgery to ask for a zebra crossing outside St Malachy's.",
  p=[("CHILD", "Niamh, 8, and her brother Cormac, 5")])
R("d", "S", CH, "Swimming gala results: 1st place under-12 backstroke, Sophia Lindqvist (Parkfield Primary); 2nd, Ethan Morris (Hill Top).",
  p=[("CHILD", "Sophia Lindqvist (Parkfield Primary)"), ("CHILD", "Ethan Morris (Hill Top)")])
R("c", "C", CH, "Little Dylan Price, 3, from the Ladybirds room at Rainbow Nursery, drew this for the bin men. Can you pass it on?",
  p=[("CHILD", "Little Dylan Price, 3, from the Ladybirds room at Rainbow Nursery")])
R("r", "C", CH, "Thank you! We'll pass Dylan's picture on to the crew, they'll love it.",
  p=[("CHILD", "Dylan")])
R("d", "S", CH, "Young carer award: Mirela Popescu, 14, of Beacon Hill School, looks after her mum and two younger brothers. Thank you Mirela.",
  p=[("CHILD", "Mirela Popescu, 14, of Beacon Hill School"), ("CHILD", "Mirela")])
R("c", "S", CH, "Can the crossing patrol at Kingsway Juniors start earlier? My Poppy (Year 2) has to cross alone at 8.20.",
  p=[("CHILD", "My Poppy (Year 2)")])
R("d", "C", CH, "Mòran taing do Chaitlin NicIlleathain, 10, à Sgoil Bhàgh a' Chaisteil, airson an dealbh Nollaige!",
  p=[("CHILD", "Chaitlin NicIlleathain, 10, à Sgoil Bhàgh a' Chaisteil")])
R("c", "C", CH, "Our Charlie's autistic and in Class 3 at Fernbank, the new school transport driver doesn't know him and he's terrified.",
  p=[("CHILD", "Our Charlie's autistic and in Class 3 at Fernbank")])
R("d", "S", CH, "Lost teddy at the library story time, belongs to Noah Ashworth, 2. Now safely behind the counter waiting for him!",
  p=[("CHILD", "Noah Ashworth, 2")])
R("c", "S", CH, "Well done to my granddaughter Summer Leigh, 12, of Kettering Grammar, whose team won the county quiz!",
  p=[("CHILD", "Summer Leigh, 12, of Kettering Grammar")])
R("d", "K", CH, "Aarav (9) and Saanvi (7) from Broadway Primary showed me the bug hotel they built. Future ecologists!",
  p=[("CHILD", "Aarav (9) and Saanvi (7) from Broadway Primary")])
