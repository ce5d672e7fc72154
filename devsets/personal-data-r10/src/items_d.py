# Batch D: addresses in uncommon shapes; case-linked addresses in public replies and councillors' posts.
from common import R
D, Y, C = "draft", "reply", "comment"
CO, SV, CL = "CORPORATE", "SERVICE", "COUNCILLOR"
PN, SA, PC = "PERSON_NAME", "STREET_ADDRESS", "POSTCODE"

# ---------------- address_uncommon ----------------
R(Y, SV, "address_uncommon",
  "Hi Fiona, we've logged the missed grey bin at Flat 0/2, 31 Dunard Place and the crew will return on Thursday.",
  p=[(PN, "Fiona"), (SA, "Flat 0/2, 31 Dunard Place")], case=True)
R(Y, SV, "address_uncommon",
  "Thanks Hamza. The repair to the communal door at 2F1, 9 Whinmoor Park Crescent is booked for Monday morning.",
  p=[(PN, "Hamza"), (SA, "2F1, 9 Whinmoor Park Crescent")], case=True)
R(Y, SV, "address_uncommon",
  "Diolch Elen. Rydyn ni wedi cofnodi'r bin ailgylchu a gollwyd yn 5 Maes y Dderwen ac fe fydd y criw yn dychwelyd fory.",
  p=[(PN, "Elen"), (SA, "5 Maes y Dderwen")], case=True)
R(Y, SV, "address_uncommon",
  "We've passed the report about the blocked culvert at Hafod Uchaf, Cwm Eithin to our drainage engineer, who'll visit on Tuesday.",
  p=[(SA, "Hafod Uchaf, Cwm Eithin")], case=True)
R(Y, SV, "address_uncommon",
  "Sorry for the wait, Mr Gunn. The pest control visit to 14 Larchgrove, Balgray is confirmed for Wednesday between 9 and 12.",
  p=[(PN, "Mr Gunn"), (SA, "14 Larchgrove, Balgray")], case=True)
R(Y, SV, "address_uncommon",
  "Hello, the broken fence at Rowan Cottage, Nether Kirkton is on the private side of the boundary, so it isn't one the council can repair.",
  p=[(SA, "Rowan Cottage, Nether Kirkton")], case=True)
R(Y, SV, "address_uncommon",
  "Tapadh leibh. Tha sinn air clàradh gu bheil am biona gorm air chall aig 11 Cnoc an t-Solais, Siabost. Thèid fear ùr a lìbhrigeadh Dihaoine.",
  p=[(SA, "11 Cnoc an t-Solais, Siabost")], case=True)
R(Y, SV, "address_uncommon",
  "Hi Graham, the damp survey at Basement Flat, 6 Belgrave Terrace found the gutter was the cause. Roofers are booked for the 9th.",
  p=[(PN, "Graham"), (SA, "Basement Flat, 6 Belgrave Terrace")], case=True)
R(D, CL, "address_uncommon",
  "Visited Mrs Ferris at Apartment 12, Brunswick Mill this afternoon about the lift that's been out for a fortnight. I've chased the housing association again.",
  p=[(PN, "Mrs Ferris"), (SA, "Apartment 12, Brunswick Mill")], case=True)
R(Y, SV, "address_uncommon",
  "Thanks for reporting. The fly-tip at the entrance to Lower Gorsty Farm, Thornby has been cleared and we're reviewing the CCTV.",
  p=[(SA, "Lower Gorsty Farm, Thornby")], case=True)
R(C, SV, "address_uncommon",
  "the bins at 3 Bryn Teg, Pentre Isaf havent been emptied since november. I'm 79 and can't drag them down the hill",
  p=[(SA, "3 Bryn Teg, Pentre Isaf")])
R(Y, SV, "address_uncommon",
  "Hi Ciaran, we've raised a repair for the leaking roof at 27 Drumnagreagh, Lisnaree and an inspector will call on Friday.",
  p=[(PN, "Ciaran"), (SA, "27 Drumnagreagh, Lisnaree")], case=True)
R(Y, SV, "address_uncommon",
  "The noise nuisance case for 4 The Maltings has been passed to the out-of-hours team, who'll visit this weekend if it happens again.",
  p=[(SA, "4 The Maltings")], case=True)
R(Y, SV, "address_uncommon",
  "Bore da Mrs Vaughan. Mae'r gwaith i drwsio'r boeler yn eich cartref, Tŷ Capel, Rhydlewis, wedi'i drefnu ar gyfer dydd Iau. Cofion, Siôn (Tîm Tai)",
  p=[(PN, "Mrs Vaughan"), (SA, "Tŷ Capel, Rhydlewis")], case=True)
R(Y, SV, "address_uncommon",
  "Thanks Morag. The assisted collection for Flat 3/1, 112 Kelvinhaugh Gate is now on the system, so the crew will take the bin from the back close.",
  p=[(PN, "Morag"), (SA, "Flat 3/1, 112 Kelvinhaugh Gate")], case=True)
R(C, CO, "address_uncommon",
  "Can somebody come and look at the wall at The Old Forge, Little Ashcott before it falls on somebody. Been reported since summer",
  p=[(SA, "The Old Forge, Little Ashcott")])
R(Y, SV, "address_uncommon",
  "Hi Tony, the housing benefit change for 16 Sunnyside, Castle Ferry has been processed and your new award letter is in the post.",
  p=[(PN, "Tony"), (SA, "16 Sunnyside, Castle Ferry")], case=True)
R(D, CL, "address_uncommon",
  "Good news for the family at Glenview, 4 Achmore: the council has agreed to fund the ramp they've been waiting two years for.",
  p=[(SA, "Glenview, 4 Achmore")], case=True)
R(Y, SV, "address_uncommon",
  "Hello Joanne. The pothole outside 8 Parc yr Onnen is on our list; it was reported as a category 2 defect so it'll be filled within 28 days.",
  p=[(PN, "Joanne"), (SA, "8 Parc yr Onnen")], case=True)
R(C, SV, "address_uncommon",
  "Gaelic speaker here. My address is 6 Bail' Ùr, Sgalpaigh and the app wont accept it because of the accent. Fix please",
  p=[(SA, "6 Bail' Ùr, Sgalpaigh")])
R(Y, SV, "address_uncommon",
  "Thanks Kerry-Ann. The rats at The Granary, Quarry Bank were reported by a neighbour too, so pest control will treat both properties.",
  p=[(PN, "Kerry-Ann"), (SA, "The Granary, Quarry Bank")], case=True)
R(Y, SV, "address_uncommon",
  "Hi there, the council tax band review for Braehead Steading, Inverallan is still with the assessor. We'll write to you when it's decided.",
  p=[(SA, "Braehead Steading, Inverallan")], case=True)
R(Y, SV, "address_uncommon",
  "Sorry, Steve. The crew couldn't get down the track to Ty'n y Coed, Llanfair Isaf because of the ice. We'll try again Monday.",
  p=[(PN, "Steve"), (SA, "Ty'n y Coed, Llanfair Isaf")], case=True)
R(Y, SV, "address_uncommon",
  "Thank you Mrs Adebayo. The mould treatment at Flat 14, Jubilee House is booked for the 16th and the fan will be fitted the same day.",
  p=[(PN, "Mrs Adebayo"), (SA, "Flat 14, Jubilee House")], case=True)
R(C, SV, "address_uncommon",
  "Nobody has gritted outside 1-7 Mill Cottages, Kirkton of Auchterless and theres four pensioners in those houses",
  p=[(SA, "1-7 Mill Cottages, Kirkton of Auchterless")])
R(Y, SV, "address_uncommon",
  "Hi Liam, the planning enforcement officer will visit 2 and 4 Hazelmere about the extension on Tuesday afternoon.",
  p=[(PN, "Liam"), (SA, "2 and 4 Hazelmere")], case=True)
R(Y, SV, "address_uncommon",
  "Hello, we've arranged a replacement food caddy for 9 Clos Pen-y-Bryn. Please leave the broken one out with the recycling.",
  p=[(SA, "9 Clos Pen-y-Bryn")], case=True)
R(Y, SV, "address_uncommon",
  "Thanks Alasdair. The water supply test at Achnacloich Farm, Glen Corran came back clear of E. coli this time.",
  p=[(PN, "Alasdair"), (SA, "Achnacloich Farm, Glen Corran")], case=True)
R(D, CL, "address_uncommon",
  "Update for residents of Top Flat, 21 Marine Parade: the freeholder has finally agreed to fix the roof after the council's notice.",
  p=[(SA, "Top Flat, 21 Marine Parade")], case=True)
R(C, CO, "address_uncommon",
  "I live in 5 Meadowbank Steadings, the postie cant even find us. No wonder the bin lorry cant either",
  p=[(SA, "5 Meadowbank Steadings")])
R(Y, SV, "address_uncommon",
  "Hi Owain, the bulky collection from Llys Hafren, Bryngwyn is booked for the 14th. Leave the items at the end of the lane.",
  p=[(PN, "Owain"), (SA, "Llys Hafren, Bryngwyn")], case=True)
R(Y, SV, "address_uncommon",
  "We're sorry, Bea. The repair to the stair lighting at 7/3 Craigour Loan has been escalated and an electrician is going today.",
  p=[(PN, "Bea"), (SA, "7/3 Craigour Loan")], case=True)

# ---------------- case_linked ----------------
R(Y, SV, "case_linked",
  "Hi Sandra, we've logged a missed collection for 42 Foxglove Drive and the crew will be back tomorrow. ^Lee",
  p=[(PN, "Sandra"), (SA, "42 Foxglove Drive")], case=True)
R(Y, SV, "case_linked",
  "Thanks, the noise complaint about 19 Heron Way has been opened and we've sent out diary sheets.",
  p=[(SA, "19 Heron Way")], case=True)
R(Y, SV, "case_linked",
  "Hello Mr Ibrahim, our damp and mould team will visit 6 Cowper Street, LN5 8RT, on Monday the 15th between 8 and 1.",
  p=[(PN, "Mr Ibrahim"), (SA, "6 Cowper Street"), (PC, "LN5 8RT")], case=True)
R(Y, SV, "case_linked",
  "Sorry about that Jess. Your bin at NE29 8QS was missed because the lorry couldn't get past parked cars. We'll collect today.",
  p=[(PN, "Jess"), (PC, "NE29 8QS")], case=True)
R(Y, SV, "case_linked",
  "Your housing repair (leaking radiator, 88 Ravensworth Road) is booked for Thursday. Please make sure someone over 18 is in.",
  p=[(SA, "88 Ravensworth Road")], case=True)
R(Y, SV, "case_linked",
  "Hi Ade, pest control have booked the wasp treatment at 3 Sorrel Gardens for Tuesday morning.",
  p=[(PN, "Ade"), (SA, "3 Sorrel Gardens")], case=True)
R(D, CL, "case_linked",
  "Been helping a constituent at 27 Mafeking Road whose Universal Credit housing costs were stopped in error. Sorted today after three months!",
  p=[(SA, "27 Mafeking Road")], case=True)
R(Y, SV, "case_linked",
  "We've opened an enforcement case about the unauthorised fence at 11 Chestnut Rise, EX39 2JD, and the officer will visit next week.",
  p=[(SA, "11 Chestnut Rise"), (PC, "EX39 2JD")], case=True)
R(Y, SV, "case_linked",
  "Thanks Gemma. The missed recycling at 71 Hollybush Lane has been reported again and flagged to the supervisor.",
  p=[(PN, "Gemma"), (SA, "71 Hollybush Lane")], case=True)
R(Y, SV, "case_linked",
  "Hi Andrzej, your council tax account for SA19 7PL has been updated with the single person discount from 1 November.",
  p=[(PN, "Andrzej"), (PC, "SA19 7PL")], case=True)
R(Y, SV, "case_linked",
  "The overgrown garden at 52 Tennyson Avenue has been passed to our environmental protection team, who'll write to the owner.",
  p=[(SA, "52 Tennyson Avenue")], case=True)
R(Y, SV, "case_linked",
  "morning! your assisted bin collection at 5 Kestrel Close, HD3 4WN, is set up from next week 👍",
  p=[(SA, "5 Kestrel Close"), (PC, "HD3 4WN")], case=True)
R(D, CL, "case_linked",
  "After months of complaints about the dog barking at 30 Wrenfield Drive, the council has served a noise abatement notice. Thanks to officers for their persistence.",
  p=[(SA, "30 Wrenfield Drive")], case=True)
R(Y, SV, "case_linked",
  "Hi Chantelle, the emergency repair to the boiler at 12 Lapwing Road is booked for 10am tomorrow.",
  p=[(PN, "Chantelle"), (SA, "12 Lapwing Road")], case=True)
R(Y, SV, "case_linked",
  "Thanks for your patience. Your discretionary housing payment for the property at 7 Jubilee Cottages, PE21 9TG, has been approved.",
  p=[(SA, "7 Jubilee Cottages"), (PC, "PE21 9TG")], case=True)
R(Y, SV, "case_linked",
  "We've logged a repair for the broken window at 40 St Ninian's Road. A glazier will attend within 3 working days.",
  p=[(SA, "40 St Ninian's Road")], case=True)
R(Y, SV, "case_linked",
  "Hi Maureen, the fly-tipping at the back of 15 Oakdale Close is on our private land list, so we've written to the landlord.",
  p=[(PN, "Maureen"), (SA, "15 Oakdale Close")], case=True)
R(Y, SV, "case_linked",
  "The green bin for KY8 3LH has been added to the garden waste round from the 2nd; the sticker is in the post.",
  p=[(PC, "KY8 3LH")], case=True)
R(Y, SV, "case_linked",
  "Hello Dean, the rent arrears letter for 9 Coronation Street was sent in error and has been withdrawn. Sorry for the worry.",
  p=[(PN, "Dean"), (SA, "9 Coronation Street")], case=True)
R(D, CL, "case_linked",
  "Met the family at 3 Beacon View, BT48 6WD today. The council has now agreed to rehouse them after the flood damage.",
  p=[(SA, "3 Beacon View"), (PC, "BT48 6WD")], case=True)
R(Y, SV, "case_linked",
  "Thanks Nia, the dropped kerb application for 24 Heol Llanwern has been approved and the highways team will be in touch.",
  p=[(PN, "Nia"), (SA, "24 Heol Llanwern")], case=True)
R(Y, SV, "case_linked",
  "Your report of rats at 63 Clover Way has been passed to the pest control team; they'll call you to arrange a time.",
  p=[(SA, "63 Clover Way")], case=True)
R(Y, SV, "case_linked",
  "Hi Ryan, the smoke nuisance from the bonfires at 2 Orchard Mews has been logged and an officer will visit.",
  p=[(PN, "Ryan"), (SA, "2 Orchard Mews")], case=True)
R(Y, SV, "case_linked",
  "We'll arrange for the broken bin lid at TQ13 7BW to be replaced on your next collection day.",
  p=[(PC, "TQ13 7BW")], case=True)
R(Y, SV, "case_linked",
  "Hi Moira, the disabled facilities grant for the stairlift at 18 Kirkbrae Road is approved. The occupational therapist will ring you.",
  p=[(PN, "Moira"), (SA, "18 Kirkbrae Road")], case=True)
R(Y, SV, "case_linked",
  "Sorry to hear the heating's still not working at 91 Mountbatten Court. An engineer's been booked for first thing.",
  p=[(SA, "91 Mountbatten Court")], case=True)
R(Y, SV, "case_linked",
  "Thanks Lewis. The abandoned car outside 8 Partridge Walk has been stickered and will be removed in 7 days if not claimed.",
  p=[(PN, "Lewis"), (SA, "8 Partridge Walk")], case=True)
R(D, CL, "case_linked",
  "Finally! The landlord of 47 Raglan Street has been fined for leaving tenants without hot water for five weeks. Pleased I could help the family push this.",
  p=[(SA, "47 Raglan Street")], case=True)
R(Y, SV, "case_linked",
  "Hiya Ellie, the council tax refund for your old address, 14 Priory Gate, HD2 6NP, is being paid into your account this week.",
  p=[(PN, "Ellie"), (SA, "14 Priory Gate"), (PC, "HD2 6NP")], case=True)
R(Y, SV, "case_linked",
  "Thanks. We've raised a job for the loose paving slab outside 36 Glendower Road after your report. Ref HW-20719.",
  p=[(SA, "36 Glendower Road")], case=True)
R(Y, SV, "case_linked",
  "Hi Naveed, the trader complaint about the roofer who worked at 5 Linden Avenue has been passed to Trading Standards.",
  p=[(PN, "Naveed"), (SA, "5 Linden Avenue")], case=True)
R(Y, SV, "case_linked",
  "Hello Mrs Colley. Your garden waste subscription for 22 Woodbine Terrace was renewed on the 3rd, so the bin will be emptied as normal.",
  p=[(PN, "Mrs Colley"), (SA, "22 Woodbine Terrace")], case=True)
R(Y, SV, "case_linked",
  "we've rebooked the missed bulky waste collection for IV30 5DT. Sorry about that!",
  p=[(PC, "IV30 5DT")], case=True)
R(Y, SV, "case_linked",
  "Hi Terry, the anti-social behaviour case about the flat above yours at 110 Grangemoor Road is with the tenancy team.",
  p=[(PN, "Terry"), (SA, "110 Grangemoor Road")], case=True)
R(Y, SV, "case_linked",
  "Thanks Olivia. The stray dog reported in the garden at 4 Willow Bank has been collected by the warden and scanned for a chip.",
  p=[(PN, "Olivia"), (SA, "4 Willow Bank")], case=True)
R(D, CL, "case_linked",
  "Just off the phone to the housing team about the family in 12 Bracken Close, CA14 3UG. The damp will be treated next week.",
  p=[(SA, "12 Bracken Close"), (PC, "CA14 3UG")], case=True)
R(Y, SV, "case_linked",
  "Hi Bronagh, our building control surveyor will inspect the dangerous wall at 9 Shore Road, Lisnaree on Tuesday.",
  p=[(PN, "Bronagh"), (SA, "9 Shore Road")], case=True)
R(Y, SV, "case_linked",
  "Your request for a new wheelie bin at 31 Peel Street, NE36 2HJ, was received and it'll be delivered within 10 working days.",
  p=[(SA, "31 Peel Street"), (PC, "NE36 2HJ")], case=True)
R(Y, SV, "case_linked",
  "Hi Kieran, the blocked drain at 68 Fairfield Road has been cleared by the housing repairs team this morning.",
  p=[(PN, "Kieran"), (SA, "68 Fairfield Road")], case=True)
R(Y, SV, "case_linked",
  "Thanks Amira, the free school meals application for the household at 19 Sycamore Grove has been approved.",
  p=[(PN, "Amira"), (SA, "19 Sycamore Grove")], case=True)
