# Batch C: residents' names in natural sentences; personal data in residents' comments.
from common import R
D, Y, C = "draft", "reply", "comment"
CO, SV, CL = "CORPORATE", "SERVICE", "COUNCILLOR"
PN = "PERSON_NAME"

# ---------------- name_natural ----------------
R(D, SV, "name_natural",
  "A huge thank you to Gordon Strachan-Reid, who has picked litter along the canal towpath every Sunday morning for eleven years.",
  p=[(PN, "Gordon Strachan-Reid")])
R(D, CO, "name_natural",
  "Volunteers of the Year: Priti Chauhan for the Tuesday lunch club, and Emeka and Joy Nwosu for running the repair café.",
  p=[(PN, "Priti Chauhan"), (PN, "Emeka"), (PN, "Joy Nwosu")])
R(Y, SV, "name_natural",
  "Hi Rhiannon, sorry the crew missed you again. We've added a note for them and someone will be back tomorrow.",
  p=[(PN, "Rhiannon")])
R(D, SV, "name_natural",
  "Found at Penrhos Community Centre after Saturday's craft fair: a purse with a library card in the name of Beverley Oakes. Please ask at reception.",
  p=[(PN, "Beverley Oakes")])
R(C, SV, "name_natural",
  "Shout out to Callum Rennie from number 9 who cleared the whole street of snow this morning before anyone was up. Legend",
  p=[(PN, "Callum Rennie")])
R(D, CL, "name_natural",
  "Spent the afternoon with Marjorie and Alan Thewlis, who have kept the flower beds at Gorse Hill roundabout going since 1998. Absolute stars.",
  p=[(PN, "Marjorie"), (PN, "Alan Thewlis")])
R(D, CO, "name_natural",
  "Happy 100th birthday to Winifred Ashdown of Lower Ashcott! The Mayor dropped in with flowers and a card from the King.",
  p=[(PN, "Winifred Ashdown")])
R(Y, CO, "name_natural",
  "Thanks Darren, glad the new bins arrived in one piece! ^JH",
  p=[(PN, "Darren")])
R(D, SV, "name_natural",
  "Diolch i Gwenllian ac Ifor Bowen, Llanfihangel, sydd wedi agor eu gardd i grwpiau ysgol bob haf ers ugain mlynedd.",
  p=[(PN, "Gwenllian"), (PN, "Ifor Bowen")])
R(C, SV, "name_natural",
  "Tracey Dunn at the end of our row has had her bin nicked three weeks running, can someone please look into it",
  p=[(PN, "Tracey Dunn")])
R(D, SV, "name_natural",
  "Our Warm Welcome hosts this winter include retired nurse Siobhan McCann, who says the best thing about the scheme is 'the craic over a cuppa'.",
  p=[(PN, "Siobhan McCann")])
R(Y, SV, "name_natural",
  "Morning Kwame. The street light outside yours is on the list for Thursday, it needs a new lantern rather than a bulb.",
  p=[(PN, "Kwame")])
R(D, SV, "name_natural",
  "Congratulations to Harjit Sandhu, Ellie Brennan and Sam Colquhoun, this year's winners of the Tynebrook allotment awards.",
  p=[(PN, "Harjit Sandhu"), (PN, "Ellie Brennan"), (PN, "Sam Colquhoun")])
R(C, CO, "name_natural",
  "RIP Davy Laird. Ran the newsagents on the corner for 30 years and never forgot a face. Town won't be the same",
  p=[(PN, "Davy Laird")])
R(D, CO, "name_natural",
  "We were saddened to hear of the death of Eilidh MacPhail, who ran the Tobermory Road lunch club for pensioners until last spring. Our thoughts are with her family.",
  p=[(PN, "Eilidh MacPhail")])
R(Y, SV, "name_natural",
  "Hi Mr Achterberg, thanks for getting back to us. We'll pass your comments on to the planning officer before the committee meets.",
  p=[(PN, "Mr Achterberg")])
R(D, SV, "name_natural",
  "Lost property: a wedding ring engraved 'Niamh & Ciarán 2009' was handed in at Drumcarrow Leisure Centre. Describe it to claim.",
  p=[(PN, "Niamh"), (PN, "Ciarán")])
R(C, SV, "name_natural",
  "my neighbour barry holt has been dumping garden waste over the back fence onto the council land for months and nobody does anything",
  p=[(PN, "barry holt")])
R(D, CL, "name_natural",
  "Pleased to support Lorraine Tait's petition for a zebra crossing outside the parade of shops. 300 signatures and counting!",
  p=[(PN, "Lorraine Tait")])
R(D, SV, "name_natural",
  "Meet Bogdan, Ana and Tomasz, who volunteered over 200 hours between them at the Castle Ferry community fridge this year.",
  p=[(PN, "Bogdan"), (PN, "Ana"), (PN, "Tomasz")])
R(Y, SV, "name_natural",
  "Hello Aoife, we're sorry for the delay. The pest control contractor will contact you today to rebook.",
  p=[(PN, "Aoife")])
R(C, SV, "name_natural",
  "Is that Mo Rahman on the poster for the new market? He sold me my first bike",
  p=[(PN, "Mo Rahman")])
R(D, CO, "name_natural",
  "Pride of Harrowdene winners: Dilys Capper, 86, who knits hats for the neonatal unit, and Jamal Idris, who set up the free football sessions.",
  p=[(PN, "Dilys Capper"), (PN, "Jamal Idris")])
R(D, SV, "name_natural",
  "The bench at the top of Craig Brae is dedicated to Hamish Fordyce, a keen walker who passed away in October. Thank you to his family for the kind donation.",
  p=[(PN, "Hamish Fordyce")])
R(Y, CO, "name_natural",
  "Thank you Grace and Peter for the lovely message about the carers' team. We've passed it on to them.",
  p=[(PN, "Grace"), (PN, "Peter")])
R(C, CL, "name_natural",
  "Cllr can you have a word with Kev Malone he's parking that van across the dropped kerb every single night",
  p=[(PN, "Kev Malone")])
R(D, SV, "name_natural",
  "Thanks to the Sunday walking group, led by Bryony Tapp, who reported the broken stile at Ashcott Woods and helped us fix it.",
  p=[(PN, "Bryony Tapp")])
R(D, SV, "name_natural",
  "Mae Dafydd Lewis o Bontsenni wedi ennill gwobr gwirfoddolwr y flwyddyn am ei waith gyda'r banc bwyd.",
  p=[(PN, "Dafydd Lewis")])
R(Y, SV, "name_natural",
  "Cheers Shaz, we'll get the graffiti off the underpass this week 👍",
  p=[(PN, "Shaz")])
R(C, SV, "name_natural",
  "Big thanks to Olu and Funmi from the corner shop who stayed open late to give the carol singers hot chocolate",
  p=[(PN, "Olu"), (PN, "Funmi")])
R(D, SV, "name_natural",
  "Our mobile library has a new regular: Violet Emsley, who's borrowed 312 books from it since it started calling at Thornby in 2019.",
  p=[(PN, "Violet Emsley")])
R(D, CL, "name_natural",
  "Great to catch up with Marta and Paweł Kowalczyk at Saturday's Christmas market in Eastfield — they've been running the cake stall for a decade.",
  p=[(PN, "Marta"), (PN, "Paweł Kowalczyk")])
R(Y, SV, "name_natural",
  "Hiya Jordan! That's the one, the school uniform grant opens again in the summer term.",
  p=[(PN, "Jordan")])
R(D, SV, "name_natural",
  "A set of medals belonging to Arthur Penhaligon was found in a house clearance skip. We'd love to return them to his family — get in touch.",
  p=[(PN, "Arthur Penhaligon")])
R(C, CO, "name_natural",
  "Mrs Okoro and Jenny Marsh have done more for this estate than the council ever has",
  p=[(PN, "Mrs Okoro"), (PN, "Jenny Marsh")])
R(D, CO, "name_natural",
  "Mr and Mrs Dunlop of Balgray celebrated their diamond wedding this week, and the Provost went along with a card.",
  p=[(PN, "Mr and Mrs Dunlop")])
R(Y, SV, "name_natural",
  "Dear Mohammed, thanks for your patience. The replacement caddy is on the van for Friday.",
  p=[(PN, "Mohammed")])
R(D, SV, "name_natural",
  "Cross-border thanks to Hywel and Nerys Parri, whose tractor pulled our gritter out of the ditch near Cwm Eithin last night!",
  p=[(PN, "Hywel"), (PN, "Nerys Parri")])
R(C, SV, "name_natural",
  "That's my nan Lil Grimshaw in the photo of the old baths!! She'll be made up",
  p=[(PN, "Lil Grimshaw")])
R(D, SV, "name_natural",
  "Ceud taing do Chaluim MacLeòid, a tha air a bhith a' glanadh a' chladaich aig Tràigh Mhòr gach seachdain.",
  p=[(PN, "Chaluim MacLeòid")])
R(Y, CO, "name_natural",
  "Hi Pauline — really sorry to hear about your experience at the tip. We've shared it with the site manager, Dev Mistry, who'll look into it. Thanks, Yasmin (Social Media Team)",
  p=[(PN, "Pauline")])
R(D, SV, "name_natural",
  "Well done Conor Gallagher and Shauna Devlin, whose front gardens on the Ballycrone side of town won this year's Lisnaree in Bloom prize!",
  p=[(PN, "Conor Gallagher"), (PN, "Shauna Devlin")])
R(C, SV, "name_natural",
  "Found a bank card on Sandgate belonging to a Reuben Whitlock, handed it in to the library",
  p=[(PN, "Reuben Whitlock")])
R(D, CO, "name_natural",
  "Freedom of the town for Ivy Ngata, whose campaign got the railway station reopened after 40 years.",
  p=[(PN, "Ivy Ngata")])
R(Y, SV, "name_natural",
  "Thanks Bernie, we've told the contractor. If the cones are still there on Monday let us know.",
  p=[(PN, "Bernie")])
R(D, SV, "name_natural",
  "Christmas card competition judged by Norma Fitch and Ray Beattie from the Thornby art club. Winners announced Friday!",
  p=[(PN, "Norma Fitch"), (PN, "Ray Beattie")])
R(C, CL, "name_natural",
  "Its Stella Varga who runs the toddler group at the church, not the council. Give credit where its due",
  p=[(PN, "Stella Varga")])
R(D, SV, "name_natural",
  "Keys found in Priory Park this morning with a leather fob stamped 'Gethin'. They're at the park café.",
  p=[(PN, "Gethin")])
R(Y, SV, "name_natural",
  "Hi Lachlan, apologies. We've raised it with the housing officer for your block and asked them to call you.",
  p=[(PN, "Lachlan")])
R(D, CL, "name_natural",
  "Delighted Harriet Ogunleye has agreed to chair the new residents' forum for the Westgate estate. Her energy is infectious.",
  p=[(PN, "Harriet Ogunleye")])

# ---------------- comment_pd ----------------
R(C, SV, "comment_pd",
  "Anyone else on Larkspur Close missed their brown bin? I've rung twice and got nowhere. Denise 07700 900431",
  p=[(PN, "Denise"), ("PHONE", "07700 900431")])
R(C, CO, "comment_pd",
  "if anyone finds a grey cat near the Hollins estate please ring me on 0161 496 0782 she's called Pickle",
  p=[("PHONE", "0161 496 0782")])
R(C, SV, "comment_pd",
  "Still no reply to my complaint. I'm at 3 Kittiwake Court, TQ12 6RW, it's been 6 weeks and the damp is getting worse.",
  p=[("STREET_ADDRESS", "3 Kittiwake Court"), ("POSTCODE", "TQ12 6RW")])
R(C, SV, "comment_pd",
  "email me at gary.whitton@example.com and i'll send you the photos of the mess the bin lorry left",
  p=[("EMAIL", "gary.whitton@example.com")])
R(C, CL, "comment_pd",
  "Cllr Hughes I've written to you three times. My name is Olwen Mathias and I live at 22 Heol y Felin. Please respond",
  p=[(PN, "Olwen Mathias"), ("STREET_ADDRESS", "22 Heol y Felin")])
R(C, SV, "comment_pd",
  "The house at 41 Burnbank Gardens has had rubbish piled in the garden since August. Rats everywhere. The owner is a Gavin Lowther",
  p=[("STREET_ADDRESS", "41 Burnbank Gardens"), (PN, "Gavin Lowther")])
R(C, CO, "comment_pd",
  "Selling a double buggy, barely used, £40. Text 07700 900915 if interested, collection from Castle Ferry",
  p=[("PHONE", "07700 900915")])
R(C, SV, "comment_pd",
  "Reg is SN71 KXP, a white transit, been dumping rubble at the lay-by on the Glen Corran road every Tuesday",
  p=[("VEHICLE_REG", "SN71 KXP")])
R(C, SV, "comment_pd",
  "my mum (Brenda Kilby, 84) has been waiting since October for a carers assessment and nobody will tell us anything",
  p=[(PN, "Brenda Kilby")])
R(C, CO, "comment_pd",
  "Lost: a brown leather wallet in the Ferrybridge centre car park yesterday. If found contact Sunil on sunil.pandya@example.co.uk, reward offered",
  p=[(PN, "Sunil"), ("EMAIL", "sunil.pandya@example.co.uk")])
R(C, SV, "comment_pd",
  "Flat 2, 88 Albion Street has had water coming through the ceiling for 3 weeks and you lot keep closing the job!!",
  p=[("STREET_ADDRESS", "Flat 2, 88 Albion Street")])
R(C, CL, "comment_pd",
  "You can reach me on 029 2018 0356 any evening if you want to see the flooding for yourself. Rhys at Ty'r Efail, Llanwern Fach",
  p=[("PHONE", "029 2018 0356"), (PN, "Rhys"), ("STREET_ADDRESS", "Ty'r Efail, Llanwern Fach")])
R(C, SV, "comment_pd",
  "Asked for a new blue bin for BT47 4NZ three times now, number 12, the lid's snapped clean off",
  p=[("POSTCODE", "BT47 4NZ")])
R(C, CO, "comment_pd",
  "Mum's DOB is 14/03/1941 and the form still says she's not eligible for the bus pass, how is that possible",
  p=[("DATE_OF_BIRTH", "14/03/1941")])
R(C, SV, "comment_pd",
  "my neighbour Ruth Ellery at 6 Tarn View has been without heating since friday and shes 90. Can someone PLEASE go round",
  p=[(PN, "Ruth Ellery"), ("STREET_ADDRESS", "6 Tarn View")])
