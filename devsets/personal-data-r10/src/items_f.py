# Batch F: children; organisation contacts and residents' data in one text.
from common import R, zw, fw
D, Y, C = "draft", "reply", "comment"
CO, SV, CL = "CORPORATE", "SERVICE", "COUNCILLOR"
PN, SA, PC, PH, EM, CH = "PERSON_NAME", "STREET_ADDRESS", "POSTCODE", "PHONE", "EMAIL", "CHILD"

# ---------------- child ----------------
R(D, CO, "child",
  "Our Christmas card this year was designed by Amelia Hart, 9, from Kirkhill Primary. Amelia's snowy castle beat 400 other entries!",
  p=[(CH, "Amelia Hart, 9, from Kirkhill Primary"), (CH, "Amelia")])
R(D, SV, "child",
  "Well done to Zain and Ruby from Year 6 at St Bride's Primary, who presented their road safety film to the transport committee today.",
  p=[(CH, "Zain and Ruby from Year 6 at St Bride's Primary")])
R(D, CL, "child",
  "Proud to present the young citizen award to Oisín Doherty (14) of Lisnaree High for raising £2,000 for the children's ward.",
  p=[(CH, "Oisín Doherty (14) of Lisnaree High")])
R(C, SV, "child",
  "my daughter Keira is 7 and goes to Westgate Primary, she has to walk past that broken fence every day. Fix it before a kid gets hurt",
  p=[(CH, "Keira is 7 and goes to Westgate Primary")])
R(D, SV, "child",
  "Llongyfarchiadau i Gruffydd Ellis, Blwyddyn 5 Ysgol Bro Hafren, am ennill cystadleuaeth ailgylchu'r sir!",
  p=[(CH, "Gruffydd Ellis, Blwyddyn 5 Ysgol Bro Hafren")])
R(D, SV, "child",
  "The library's reading challenge champion is 6-year-old Freya Lindqvist, who read 64 books over the summer. Freya chose a dinosaur encyclopaedia as her prize.",
  p=[(CH, "6-year-old Freya Lindqvist"), (CH, "Freya")])
R(Y, SV, "child",
  "Hi Lauren, we've arranged school transport for Tyler from Monday, so he'll be picked up at the end of your road at 8.10 for Castle Ferry Academy.",
  p=[(PN, "Lauren"), (CH, "Tyler")])
R(C, CO, "child",
  "My two (Isla 4 and Rory 2) love the new play park at Gala Park, thanks to whoever designed it",
  p=[(CH, "Isla 4 and Rory 2")])
R(D, SV, "child",
  "Missing: 13-year-old Kayden Marsh from the Hollins estate, last seen near the bus station at 4pm wearing a grey hoodie. Call 101 quoting 0714.",
  p=[(CH, "13-year-old Kayden Marsh")], o=[(PH, "101")])
R(D, CL, "child",
  "Met Ffion and Macsen Rees, twins in Year 3 at Ysgol Cwm Eithin, who wrote to me asking for a bin near their school gate. Done!",
  p=[(CH, "Ffion and Macsen Rees, twins in Year 3 at Ysgol Cwm Eithin")])
R(C, SV, "child",
  "My son Harvey who's in P4 at Balgray Primary was nearly hit on that crossing this morning. Where was the lollipop man?",
  p=[(CH, "Harvey who's in P4 at Balgray Primary")])
R(D, SV, "child",
  "Meet Ezra, 11, who's been named Young Carer of the Year for looking after his mum and little sister. Ezra, we're all so proud of you.",
  p=[(CH, "Ezra, 11"), (CH, "Ezra")])
R(Y, SV, "child",
  "Thanks Hayley. The free school meals for Mia and Leo at Thornby Primary have been set up from today.",
  p=[(PN, "Hayley"), (CH, "Mia and Leo at Thornby Primary")])
R(D, SV, "child",
  "Swimming gala results! Gold in the under-10s went to Maisie Brankin of Tynebrook Dolphins, and silver to her teammate Oliwia Nowak, 9.",
  p=[(CH, "Maisie Brankin of Tynebrook Dolphins"), (CH, "Oliwia Nowak, 9")])
R(C, CL, "child",
  "Cllr my lad Connor (15, Kinvale Academy) got his bike nicked from the school racks, no cctv anywhere. what are you going to do",
  p=[(CH, "Connor (15, Kinvale Academy)")])
R(D, SV, "child",
  "Tha Ceitidh NicAoidh, aois 8, bho Sgoil Bhàgh a' Chaisteil air duais bàrdachd na comhairle a chosnadh!",
  p=[(CH, "Ceitidh NicAoidh, aois 8, bho Sgoil Bhàgh a' Chaisteil")])
R(D, CO, "child",
  "Little Poppy from Busy Bees Nursery in Marlowe turned on the Christmas lights with the Mayor. What a star!",
  p=[(CH, "Little Poppy from Busy Bees Nursery in Marlowe")])
R(Y, SV, "child",
  "Hi Danielle, the EHCP review for Noah (Year 8) is booked for the 12th with the SEN team. We've emailed you the details.",
  p=[(PN, "Danielle"), (CH, "Noah (Year 8)")])
R(C, SV, "child",
  "Jayden Price, Year 9, Harrowdene Academy is the one throwing stones at the buses off the bridge. Everyone knows it",
  p=[(CH, "Jayden Price, Year 9, Harrowdene Academy")])
R(D, SV, "child",
  "Our youth council's new chair is 16-year-old Ama Boateng from Castle Ferry. Ama wants to fix the buses first — good luck!",
  p=[(CH, "16-year-old Ama Boateng"), (CH, "Ama")])
R(D, CL, "child",
  "Thank you to the Reception class at Eastfield Primary, especially Yusuf and Hollie, for the lovely cards they made for the care home.",
  p=[(CH, "Yusuf and Hollie")])
R(C, CO, "child",
  "found a kids scooter with Archie M, class 2B on the handle at the Riverside park, left it with the park café",
  p=[(CH, "Archie M, class 2B")])
R(D, SV, "child",
  "Well done to Darcey Quinn (12) and her brother Fionn (10), who won the Drumcarrow primary and secondary sections of our litter poster competition.",
  p=[(CH, "Darcey Quinn (12)"), (CH, "Fionn (10)")])
R(Y, SV, "child",
  "Hi Mr Osei, Kofi's place at Glebe Nursery is confirmed for January. The nursery will contact you about settling-in sessions.",
  p=[(PN, "Mr Osei"), (CH, "Kofi's place at Glebe Nursery")])
R(D, SV, "child",
  "Meet our junior park rangers: Alfie, 10, and Sophia, 11, from Brixmoor Primary planted 200 bulbs on Saturday.",
  p=[(CH, "Alfie, 10, and Sophia, 11, from Brixmoor Primary")])
R(C, SV, "child",
  "our Lily-Mae is in year 2 at St Joseph's and she's asthmatic, the smoke from the bonfires at the back is making her ill",
  p=[(CH, "Lily-Mae is in year 2 at St Joseph's")])
R(D, CO, "child",
  "Happy 1st birthday to baby Seren, the first baby born in the new Glanrhyd birthing unit! Seren's mum Angharad says she's already running the house.",
  p=[(CH, "baby Seren"), (CH, "Seren"), (PN, "Angharad")])
R(D, SV, "child",
  "Congratulations to Adam Kovac (17), Kestlemere's new Young Mayor, elected by pupils across 22 secondary schools.",
  p=[(CH, "Adam Kovac (17)")])
R(Y, CO, "child",
  "Thanks Niamh! Caoimhe (P3, St Columb's PS) won the under-8s prize, and we'll get her drawing framed for the Civic Centre foyer.",
  p=[(PN, "Niamh"), (CH, "Caoimhe (P3, St Columb's PS)")])
R(C, SV, "child",
  "Reuben (4) from Little Acorns nursery left his blue wellies at the leisure centre soft play yesterday, anyone seen them?",
  p=[(CH, "Reuben (4) from Little Acorns nursery")])
R(D, CL, "child",
  "Pleased to help the Achebe family get a school place for their son Chidi, 9, at Kirkhill Primary after three months of waiting.",
  p=[(PN, "Achebe family"), (CH, "Chidi, 9, at Kirkhill Primary")])
R(D, SV, "child",
  "Huge congratulations to the Thornby Primary choir and to soloist Evie-Rose Tapp, 10, who sang at the carol concert.",
  p=[(CH, "Evie-Rose Tapp, 10")])
R(C, CO, "child",
  "Billy's 6 and in Mrs Khan's class at Sandgate Infants. He's been off 3 weeks because the school bus doesn't stop at our road any more",
  p=[(CH, "Billy's 6 and in Mrs Khan's class at Sandgate Infants")])

# ---------------- mixed ----------------
R(Y, SV, "mixed",
  "Hi Stuart, sorry your bin was missed at 23 Linnet Way. If it isn't emptied by Thursday, call the waste team on 0300 303 8851.",
  p=[(PN, "Stuart"), (SA, "23 Linnet Way")], o=[(PH, "0300 303 8851")], case=True)
R(Y, SV, "mixed",
  "Thanks Amanda. The damp at Flat 5, Carlton House has been logged; for urgent repairs out of hours ring 0800 917 4462.",
  p=[(PN, "Amanda"), (SA, "Flat 5, Carlton House")], o=[(PH, "0800 917 4462")], case=True)
R(D, SV, "mixed",
  "Thanks to Wendy Pargeter for organising the Christmas coffee morning at Westgate Library, 2 Cooper's Yard. Everyone welcome again on 6 January!",
  p=[(PN, "Wendy Pargeter")], o=[(SA, "Westgate Library, 2 Cooper's Yard")])
R(Y, SV, "mixed",
  "Hi Aled, your council tax query for 10 Maes Glas has been passed to council.tax@glanrhyd.gov.wales, who will reply within 5 working days.",
  p=[(PN, "Aled"), (SA, "10 Maes Glas")], o=[(EM, "council.tax@glanrhyd.gov.wales")], case=True)
R(C, SV, "mixed",
  "I rang 0345 600 2719 about my dad, Ken Royle, and they said they'd ring back, that was 3 weeks ago. My number is 07700 900503",
  p=[(PN, "Ken Royle"), (PH, "07700 900503")], o=[(PH, "0345 600 2719")])
R(Y, SV, "mixed",
  "Hello Mrs Hyslop. Pest control are booked at 12 Glebe Road, KY9 2PT on Friday. If you need to rearrange, email pest.control@strathkinvale.gov.uk.",
  p=[(PN, "Mrs Hyslop"), (SA, "12 Glebe Road"), (PC, "KY9 2PT")], o=[(EM, "pest.control@strathkinvale.gov.uk")], case=True)
R(D, CO, "mixed",
  "Our thanks to Roy and Val Entwistle, who have handed over the keys of Thornby Village Hall, Church Lane, PE22 8NS, after 25 years as caretakers.",
  p=[(PN, "Roy"), (PN, "Val Entwistle")], o=[(SA, "Thornby Village Hall, Church Lane"), (PC, "PE22 8NS")])
R(C, CO, "mixed",
  "Emailed recruitment@eastmarlowe.gov.uk about the gardener job 2 weeks ago from jo.tremayne@example.com and heard nothing",
  p=[(EM, "jo.tremayne@example.com")], o=[(EM, "recruitment@eastmarlowe.gov.uk")])
R(Y, SV, "mixed",
  "Hi Ross, the noise case about 8 Fernbank has been opened. If the noise happens tonight, our out-of-hours officers are on 01592 418 777.",
  p=[(PN, "Ross"), (SA, "8 Fernbank")], o=[(PH, "01592 418 777")], case=True)
R(D, SV, "mixed",
  "Lost purse handed in at Tanner House, 14 Wharf Street, HD4 2LQ, belonging to Patricia Ojo. Patricia, please bring ID to collect it.",
  p=[(PN, "Patricia Ojo"), (PN, "Patricia")], o=[(SA, "Tanner House, 14 Wharf Street"), (PC, "HD4 2LQ")])
R(Y, SV, "mixed",
  "Thanks Connie. We've logged the fallen tree at Hillcrest Farm, Little Ashcott. The Highways out-of-hours number is 0345 072 6190 if it gets worse tonight.",
  p=[(PN, "Connie"), (SA, "Hillcrest Farm, Little Ashcott")], o=[(PH, "0345 072 6190")], case=True)
R(C, SV, "mixed",
  "The number on your website 01803 861 234 just rings out. I'm at 6 Trelawney Rise TQ12 5HX if anyone wants to actually come and see the flooding",
  p=[(SA, "6 Trelawney Rise"), (PC, "TQ12 5HX")], o=[(PH, "01803 861 234")])
R(Y, SV, "mixed",
  "Hi Rachel, Hendry's Bakery has been inspected following your complaint and the premises is now compliant. Any further concerns to food.safety@strathkinvale.gov.uk.",
  p=[(PN, "Rachel")], o=[(PN, "Hendry's Bakery"), (EM, "food.safety@strathkinvale.gov.uk")])
R(D, CL, "mixed",
  "Sat down with Bridie Cassidy today about the state of the footpath outside her home at 40 Lough View. Reported to DfI Roads on 0300 200 7891.",
  p=[(PN, "Bridie Cassidy"), (SA, "40 Lough View")], o=[(PH, "0300 200 7891")], case=True)
R(Y, SV, "mixed",
  "Hi Josh, the housing team will visit 15 Bevan Court on Monday about the leak. For anything urgent before then, it's 0800 917 4462.",
  p=[(PN, "Josh"), (SA, "15 Bevan Court")], o=[(PH, "0800 917 4462")], case=True)
R(C, CO, "mixed",
  "Ring Gareth Rowlands Skip Hire on 01269 588 240 not the council, they're brilliant. Tell them Sue from Pen-y-Graig sent you",
  p=[(PN, "Sue")], o=[(PN, "Gareth Rowlands Skip Hire"), (PH, "01269 588 240")])
R(Y, SV, "mixed",
  "Thanks Deborah. Your garden waste bin at 3 Coppice Way, LN6 9QZ will be delivered this week. Queries to waste@kestlemere.gov.uk.",
  p=[(PN, "Deborah"), (SA, "3 Coppice Way"), (PC, "LN6 9QZ")], o=[(EM, "waste@kestlemere.gov.uk")], case=True)
R(D, SV, "mixed",
  "Volunteer of the month: Nkechi Eze, who runs the homework club every Wednesday at Ballindrum Leisure Centre, Kirk Wynd, KY8 5RP.",
  p=[(PN, "Nkechi Eze")], o=[(SA, "Ballindrum Leisure Centre, Kirk Wynd"), (PC, "KY8 5RP")])
R(C, SV, "mixed",
  "Tried planning@strathkinvale.gov.uk and got nowhere. My neighbour at Corrie Cottage, Inverallan is building a two storey garage with no permission",
  p=[(SA, "Corrie Cottage, Inverallan")], o=[(EM, "planning@strathkinvale.gov.uk")])
R(Y, SV, "mixed",
  "Hi Gwyneth, the repairs team will call you on 01632 960 733 to book the boiler service at Bwthyn y Nant, Llanfair Isaf. Or ring 0300 456 2811.",
  p=[(PN, "Gwyneth"), (PH, "01632 960 733"), (SA, "Bwthyn y Nant, Llanfair Isaf")], o=[(PH, "0300 456 2811")], case=True)
R(D, CO, "mixed",
  "Tributes paid to Ivor Hughes, the Town Hall's much-loved volunteer tour guide, who died last week. A book of condolence is open at Town Hall, Victoria Parade, HD1 1AB.",
  p=[(PN, "Ivor Hughes")], o=[(SA, "Town Hall, Victoria Parade"), (PC, "HD1 1AB")])
R(Y, SV, "mixed",
  "Thanks Mr Devlin. Your bulky waste collection at 45 Tullyard Road is booked. Any changes, call us on 028 4483 7210.",
  p=[(PN, "Mr Devlin"), (SA, "45 Tullyard Road")], o=[(PH, "028 4483 7210")], case=True)
R(C, CO, "mixed",
  "McAllister's Bar is open till 2am every weekend and the noise is unbearable. I'm at 4 Bridge Street Upper, 0141 496 0480, ring me anytime and hear it yourselves",
  p=[(SA, "4 Bridge Street Upper"), (PH, "0141 496 0480")], o=[(PN, "McAllister's Bar")])
R(Y, SV, "mixed",
  "Hi Craig, we've asked Pat Keenan Roofing to go back to 29 Fintry Drive to redo the flashing. You can reach their office on 028 7034 5521.",
  p=[(PN, "Craig"), (SA, "29 Fintry Drive")], o=[(PN, "Pat Keenan Roofing"), (PH, "028 7034 5521")], case=True)
R(D, SV, "mixed",
  "Say hello to Marion Tully, who has led the volunteer walking bus to Kirkhill Primary School, 40 Dunmore Road, for twenty years.",
  p=[(PN, "Marion Tully")], o=[(SA, "Kirkhill Primary School, 40 Dunmore Road")])
R(Y, SV, "mixed",
  "Hello Mrs Chaudhry, your blue badge was posted to 17 Ashgrove Avenue this morning. Queries: bluebadge@harrowdene.gov.uk.",
  p=[(PN, "Mrs Chaudhry"), (SA, "17 Ashgrove Avenue")], o=[(EM, "bluebadge@harrowdene.gov.uk")], case=True)
R(C, SV, "mixed",
  "Dai Price & Sons Coaches left my daughter at the wrong stop. I'm Carys Price no relation! 07700 900 652",
  p=[(PN, "Carys Price"), (PH, "07700 900 652")], o=[(PN, "Dai Price & Sons Coaches")])
R(Y, SV, "mixed",
  "Hi Aisha, the homelessness team can see you today at the Civic Offices, Fore Street, TQ13 8AA. Ask for the duty officer; your appointment is under Aisha Mahmood.",
  p=[(PN, "Aisha"), (PN, "Aisha Mahmood")], o=[(SA, "Civic Offices, Fore Street"), (PC, "TQ13 8AA")])
R(D, CL, "mixed",
  "Helped Joan Tweddle of 12 Quarry Row get her heating fixed after four weeks without. Anyone else in the same boat, call Tynebrook Homes on 0191 580 4400.",
  p=[(PN, "Joan Tweddle"), (SA, "12 Quarry Row")], o=[(PH, "0191 580 4400")], case=True)
R(C, CO, "mixed",
  "Emailed foi@drumcarrowlisnaree.gov.uk from my own address sean.mccrory@example.net in October and they've missed the deadline",
  p=[(EM, "sean.mccrory@example.net")], o=[(EM, "foi@drumcarrowlisnaree.gov.uk")])
