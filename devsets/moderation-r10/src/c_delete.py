# Hand-written, 2026-12-07. DELETE classes. CONTENT WARNING: hateful, threatening, harassing and profane test text.
# Every person, street, phone number (Ofcom drama ranges), e-mail (example domains), NI number (QQ prefix),
# card number (Luhn-valid, fictional), registration and address is made up.
DATA = {"hate": [
 ("Housing: new Traveller transit site at Wern Road", [
  "Travellers leave filth wherever they go. Every single time. Put the site next to the councillors' houses and see how they like it",
  "gypsies are a plague on this county and you're giving them a site with electric hook ups paid by us",
  "Keep them out. No site, no pitches, no 'consultation'. Travellers have no place in a decent town.",
  "fuckin pikeys will have the lead off the church roof within a week",
 ]),
 ("Housing: asylum seekers to be housed in former care home", [
  "Syrian men are all the same, they come here to take what they can. Send them back on the next plane.",
  "these Albanians are a disease, you put them in one building and the whole area rots",
  "I abhor every one of them. Muslims shouldn't be allowed to settle in this county, end of.",
  "Why should a family of Afghans get a house before my son? Oh yeah because they breed like rats.",
 ]),
 ("Planning: application for a gurdwara extension", [
  "No more temples. Sikhs have taken over half of the east side already, it's not England anymore.",
  "Turban lot can build their temple back in India where it belongs",
 ]),
 ("Planning: mosque car park expansion", [
  "Just my opinion but Muslims are incompatible with British life and this proves it",
  "More room for the goat f*ckers to park. Brilliant.",
 ]),
 ("Community: Holocaust Memorial Day event", [
  "Funny how the Jews always get a ceremony. They run the banks, the media and this council by the look of it.",
  "Jewish people will never be as loyal to this country as real Brits. Never have been.",
 ]),
 ("Community: Pride picnic in the park", [
  "Don't want trans men anywhere near the kids' changing rooms. They're sick in the head, all of them",
  "Why is the council promoting bisexuals? They're all diseased cheaters, everyone knows it.",
  "keep the f4ggots in the city centre where they belong, not in our park",
 ]),
 ("Social care: supported living scheme for adults with learning disabilities", [
  "We don't want a house full of retards on our close, it'll wreck property values and scare the kids",
  "People with learning disabilities shouldn't be living in normal streets. Put them back in the institutions.",
 ]),
 ("Libraries: Diwali storytime", [
  "Hindus are dirty cow worshippers and I don't want my council tax paying for their festivals",
 ]),
 ("Jobs: we're recruiting care workers from overseas", [
  "More Nigerians. Great. Watch the crime rate go up, that's what they're good at",
  "Polish workers are just thieving scroungers, look what they've done to the high street",
 ]),
 ("Leisure: new accessible changing places toilet", [
  "Wheelchair users are a drain on everyone. They should be kept at home not given posh loos with our money",
 ]),
 ("Northern Ireland: Lisbrack District Council — new Irish language signage", [
  "Irish signs so the fenian scum feel at home. Keep them out of our side of town.",
 ]),
 ("Community: Black History Month exhibition", [
  "black british my arse. they'll never be british, they're not even human half of them",
  "why do we need a month for blacks. what have they ever given this country except knife crime?",
 ]),
],
"threat": [
 ("Planning committee decision on Ashby Fields", [
  "Cllr Trevaskis had better hope his car doesn't go up in flames some night. Just saying.",
  "I know which school Trevaskis's kids go to. Think about that next time you vote against us.",
  "Somebody should put a bullet in Trevaskis and save us all the bother",
 ]),
 ("Cabinet member responds on pothole funding", [
  "I will kill Owen Denholm-Pryce if I see him on our road again. Mark my words.",
  "Denholm-Pryce will need an ambulance the day he shows his face at the residents' meeting.",
 ]),
 ("Housing: how to report damp and mould in your council home", [
  "Next time the housing officer comes round I won't be responsible for what happens to her. She'll be leaving on a stretcher.",
  "Sandra from repairs wants to keep closing my tickets, fine. She'll find out what happens when you push someone too far.",
 ]),
 ("Council: budget gap of £38m announced", [
  "Civic centre is full of paper and they've got no sprinklers. Shame if a match fell in the post room one night.",
  "Someone needs to go down to the town hall with a can of petrol and sort this lot out once and for all",
 ]),
 ("Leader's budget statement", [
  "Hope Cllr Oyelaran gets what's coming to her. Hope she's terrified walking to her car every night.",
  "Oyelaran should be dragged out of the chamber and given a proper kicking. I'd volunteer.",
  "If I were Oyelaran I'd check under my car before driving anywhere for a while",
 ]),
 ("Parking: enforcement blitz outside schools", [
  "Next warden who tickets me outside my kid's school is getting a smack in the mouth. Try me.",
  "Wardens round here should be careful, tyres aren't the only thing that can get slashed",
 ]),
 ("Housing: asylum seekers to be housed in former care home", [
  "That care home will burn. Not a threat, a prediction.",
  "The manager running that hotel for the Home Office wants to watch himself. People round here know his car and one of these nights something will happen to it. And him.",
 ]),
 ("Waste: garden waste collections move to a paid subscription", [
  "The bin men who refused my brown bin know where I live and I know where their depot is. Let's see who's laughing.",
 ]),
 ("MP visits the new business park", [
  "Ashcombe needs a good hiding. I'll be waiting outside her constituency office on Friday.",
  "Gwendolyn Ashcombe deserves a noose for what she's done to this town",
 ]),
 ("Schools: SEND transport eligibility changes", [
  "The officer who signed off my son's transport refusal is called Mr Pelham. I've got his reg. He won't feel safe driving home.",
 ]),
 ("Scotland: Glenmorven Council — school closures consultation", [
  "Any councillor that votes to shut Inverallt better no come back to the island. They'll be going hame in a box.",
 ]),
 ("Northern Ireland: Lisbrack council chair statement", [
  "Quigley should be kneecapped like in the old days. Someone will do it eventually.",
 ]),
 ("Wales: Cyngor Sir Penllyn — bin collections every four weeks", [
  "Maybe the council offices need a brick through every window before they listen. Mine's ready.",
 ]),
 ("Licensing: new premises licence granted", [
  "Licensing team, you've got till Friday to overturn this or I'll come and burn your office down with you in it",
 ]),
],
"harassment": [
 ("Housing: how to report damp and mould in your council home", [
  "Day 43 of tagging @SandraRepairsTeam until she answers me. I'll do it every day until she quits.",
  "Found your housing officer Kerry Blaydon on Instagram, she was at a wedding on Saturday while my ceiling leaked. Sending her a DM every hour till she sorts it.",
  "Kerry Blaydon you blocked me so I've made a new account. And another one ready. You can't hide.",
 ]),
 ("Planning: enforcement update", [
  "The enforcement officer's called Dean Mottram, lives on the Ravensworth estate, drives a silver Qashqai. I've seen him at Tesco. He's going to see a lot more of me.",
  "Followed the planning officer from the depot to her house yesterday. Nice front garden Jess. See you soon.",
 ]),
 ("Staff: meet our new waste team apprentices", [
  "The blonde one on the left can empty my bin anytime 😏 what's her number",
  "That lad in the middle is the size of a house, no wonder the rounds are slow. Fat lazy lump.",
 ]),
 ("Libraries: new family reading sessions", [
  "The librarian at Brynhyfryd with the short skirt is wasted reading to kids. I'll be in every Tuesday to watch her.",
 ]),
 ("Ward councillors' surgery dates", [
  "Cllr Heggarty I've messaged your wife, your daughter and your boss on LinkedIn. Maybe one of them will make you reply.",
  "I've counted, this is comment 212 I've left on Heggarty's posts. Get used to it pal, I've got all year.",
  "Councillor Minshull I found your old Facebook with your kids' school uniforms in the photos. Interesting.",
 ]),
 ("Council tax: reminder that the second instalment is due", [
  "The woman in council tax who dealt with me is Priya something on the Harbour Rd office desk. Going to wait for her every lunchtime till she apologises.",
  "I've rung the council tax line 94 times this month asking for Gavin by name. He's going to hear my voice in his sleep.",
 ]),
 ("Highways: our pothole repair programme", [
  "The highways inspector who looked at my claim has the worst teeth I've ever seen, someone should tell him to smile less in his staff photo 🤢",
 ]),
 ("Cabinet member for housing on the damp review", [
  "Cllr Nkemelu I've got your home address and I'm posting it to every tenants group in the borough so they can come and visit.",
  "Nkemelu's mum works at the Co-op on Bridge St. I'll be popping in to chat to her about her son daily.",
 ]),
 ("Contact centre: we're moving to online-first", [
  "Customer adviser Leanne in the contact centre sounds fit on the phone, I ring back every day to get her. She knows it's me now 😂",
 ]),
 ("Leader's budget statement", [
  "Watched Oyelaran leave the gym at 7am on Thursday. Same again Tuesday. I know her routine now.",
  "Cllr Oyelaran's 17 year old's TikTok is public btw. Might leave a few comments on there, see how she likes it.",
 ]),
 ("Scotland: Glenmorven convener statement", [
  "Ah've been oot tae MacAskill's hoose three times this week. Sat ootside in the motor. He kens fine it's me.",
 ]),
 ("Wales: council leader on four-weekly bins", [
  "Cllr Elis-Hughes's pic on the council site makes him look like a melted candle. Fat ugly specimen. I'll keep posting it till he resigns.",
  "Elis-Hughes blocked me on Facebook, X and Instagram so I'm messaging his daughter instead. He'll answer eventually.",
 ]),
 ("Parking: enforcement blitz outside schools", [
  "CEO 4471 on Market St, I've got 60 photos of you now. Every shift. Every break. I'm putting them all online.",
 ]),
 ("Social care: changes to charging for home care", [
  "Social worker Amrit Dhillon, I've found your Strava. I know where you run on a Sunday morning now.",
 ]),
],
"naming_public": [
 ("Fly-tipping: our new enforcement cameras", [
  "That mattress on Dyke Lane was dumped by Craig Ollerenshaw from number 14, saw him do it with his work van. Fine him.",
  "It's the Gillespie brothers doing all the tipping by the allotments. Everyone on Canal Terrace knows.",
  "Gaz who works at the tyre place on Commercial Rd is the one dumping all those tyres in the lay-by. Check his van.",
 ]),
 ("Community safety: police appeal after car park assault", [
  "It was Bethan Pritchard's lad, he's in Year 10 at Ysgol Glan Aber. Everyone knows it was him.",
  "The Kowalczyks at the end of Ash Grove have been dealing out of that house for a year. Raid it.",
  "Lisa Mahoney from the hairdressers on Queen St was the one driving. She was drunk at the Feathers all afternoon.",
 ]),
 ("Environmental health: dog fouling hotspots", [
  "Dog mess on Priory Walk is all from Trevor Haslam's spaniel. He lets it off every morning and never picks up.",
  "Mrs Fenwick at no. 9 Cedar Close lets her dog do its business outside the school gates every morning.",
 ]),
 ("Highways: crash on the bypass this morning", [
  "The driver was Jordan Akinyemi, 19, from the Larkfield estate. Racing his mates again. Should be locked up.",
  "That crash was Nathan Hulme showing off in his dad's Audi. Same as last time.",
 ]),
 ("Housing: antisocial behaviour on the Hollybank estate", [
  "The Dunleavy family at 23 Hollybank Rise are the cause of all of it. Evict them.",
  "It's the Marsh twins from Year 9 at Northfield High setting fire to the bins.",
  "Kayleigh from the top flat in Aldridge House is the one letting all the dealers in.",
 ]),
 ("Council tax: fraud warning", [
  "Darren Copley on Station Road has been claiming single person discount for years and his girlfriend's lived there since 2021.",
  "My neighbour Sheila Burrows at 4 Tern Avenue is subletting her council flat on Airbnb. Look into it.",
 ]),
 ("Parks: vandalism at the play area", [
  "Vandals were Kyle Brennan and his cousin Declan, they live on Orchard Rise. Ask their mams.",
 ]),
 ("Community safety: dog attack in the park", [
  "The dog that went for the little girl belongs to Ryan Tolley at 31 Mill Road. It's a bully XL and it's been loose before.",
  "Owner's called Shaun, works on the door at Bar Neon. Check his CCTV if you don't believe me.",
 ]),
 ("Scotland: Glenmorven Council — vandalism at the harbour", [
  "It was the McLeish boys fae the Glen that smashed the shelter. Aw the toon kens it.",
 ]),
 ("Northern Ireland: Lisbrack District Council — bonfire clean-up costs", [
  "Tyres on the bonfire came off Gary Moffett's yard on the Ballyfern Road. He's been asked before.",
 ]),
 ("Wales: Cyngor Sir Penllyn — litter on the beach", [
  "Gwenno Parry's son and his mates left all the cans at the beach hut Saturday night. Seen them myself.",
 ]),
 ("Licensing: taxi driver complaint", [
  "The driver who overcharged my mum was Imran from Premier Cars, badge 2231. Thief.",
 ]),
 ("Cemeteries: new rules on grave decorations", [
  "It's Pauline Sugden from the flower shop who's been taking the wreaths off graves and reselling them. Caught her at it.",
 ]),
],
"profanity": [
 ("Waste: missed collections update after the depot fire", [
  "day 11. ELEVEN. no bins. absolute shitshow",
  "FFS just empty the bins. It's not complicated",
  "Still no collection on our street. What a load of shite.",
 ]),
 ("Highways: our pothole repair programme", [
  "WTAF is that patch job on Mill Lane, it's already broke",
  "these roads are f***ing diabolical",
  "Another tyre gone. Bloody bastard potholes.",
  "the state of it. s h i t e roads, s h i t e repairs",
 ]),
 ("Highways: gritting routes for this winter", [
  "Our hill's like a fu\u0441king ice rink again and no gritter in sight",
  "Gritter went past with its spreader off. \u202ekcuf\u202c sake.",
 ]),
 ("Council tax: budget consultation", [
  "another rise?? pish. total pish. shite value for money",
  "Jesus fucking Christ, 5% again",
  "council tax up again, services down again, same old bollocks",
 ]),
 ("Scotland: Glenmorven Council — ferry timetable change", [
  "Whit a load ae keech this new timetable is, total shite. Stop fannyin aboot and put the 07:10 back",
 ]),
 ("Wales: Cyngor Sir Penllyn — bin collections every four weeks", [
  "Pedair wythnos rhwng casgliadau? Cachu llwyr.",
  "Ffycin hel, mae'r bin yn drewi'n barod",
 ]),
 ("Parking: new charges at the seafront car parks", [
  "£2.80 an hour?? you're taking the p1ss",
  "\ua730\u1d1c\u1d04\u1d0b\u026a\u0274\u0262 daylight robbery these charges",
  "Parking app crashed again. Absolute sh!te.",
 ]),
 ("Leisure: swimming pool to close for 18 months", [
  "18 months?! Are you fυcκing serious",
  "What a clusterfuck. First the gym, now the pool.",
 ]),
 ("Northern Ireland: Lisbrack District Council — bin lift delays", [
  "Bin lift missed again, this is a feckin joke so it is. Shite.",
 ]),
 ("Libraries: consultation on reducing opening hours", [
  "Sh1t decision. Absolute sh1t.",
  "wtf is the point of a library that shuts on a saturday",
 ]),
 ("Housing: repairs backlog", [
  "Leak's been going six months. Piss poor service.",
  "Frigging useless system, been on hold 50 minutes, bollocks to it",
 ]),
],
"personal_data": [
 ("Council tax: reminder that the second instalment is due", [
  "I've paid! Account 40019382, paid by card 4929 1830 7164 2338 on the 3rd, please check before you summons me again",
  "My NI number is QQ 12 34 56 C and my date of birth is 14/03/1961, can someone call me back about the single person discount?",
 ]),
 ("Housing: how to report damp and mould in your council home", [
  "Flat 6, Carnforth House, Lowther Street. Ring me on 07700 900418 any time after 4. My son Ellis is 3 and the mould is in his room.",
  "Please reply to me directly at dawn.tillotson@example.com, tenancy ref HT-558201",
 ]),
 ("Social care: changes to charging for home care", [
  "My mum is Margaret Hollins, DOB 02/11/1938, 17 Willow Crescent, care package ref ASC/2291/KK. She's been billed twice.",
 ]),
 ("Schools: SEND transport eligibility changes", [
  "My son Oliver Brightwell, Year 4 at Hazelmere Primary, EHCP ref 2025-0841, has autism and epilepsy and has had no taxi for a week. Someone needs to call me on 01632 960552.",
 ]),
 ("Parking: enforcement blitz outside schools", [
  "Ticket on my car, reg MV19 XKE, while I had my blue badge displayed. Badge number BB 7710322. Cancel it.",
  "My neighbour's van KN68 ZRT keeps getting the tickets meant for my car MV19 XKF. She's at 42 Lark Lane and I'm at 42a. Sort it.",
 ]),
 ("Community safety: dog attack in the park", [
  "The owner's number is 07700 900931, ring him yourselves and see what he says",
 ]),
 ("Elections: polling station changes", [
  "I'm registered at 8 Rowan Way, elector number AB-1142, and my postal vote hasn't come. My mobile is 07700 900267.",
 ]),
 ("Libraries: new family reading sessions", [
  "Can whoever runs rhyme time contact me? I'm Nia, Tomos's mum, he's 2 and goes to Little Acorns nursery. nia.bevan@example.org",
 ]),
 ("Leisure: gym prices increase", [
  "Cancel my membership NOW. Member no. 0044817, card ending 6907, full number 5355 2200 1847 6907 so you can check the refund.",
 ]),
 ("Housing: new allocations policy", [
  "We're the Okonkwo family, 5 of us at 3 Heron Court, housing register number HR448120, my daughter Grace is 11 and sleeps in the hallway.",
 ]),
 ("Scotland: Glenmorven Council — school closures consultation", [
  "My daughter Isla MacRae, P2 at Inverallt, lives at Tigh na Mara, Shore Road. Phone 01632 960104 if ye want tae discuss her bus.",
 ]),
 ("Northern Ireland: Lisbrack District Council — bin lift delays", [
  "21 Ballyfern Gardens, landline 01632 960879, been missed three weeks. Ask for Bernadette.",
 ]),
 ("Environmental health: noise complaints", [
  "I'm in Flat 3, 19 Argyle Street, the noise is from the flat below. I'm Mark Denning, DOB 09/07/1987, mobile 07700 900655, please call me.",
 ]),
],
"abuse": [
 ("Waste: missed collections update after the depot fire", [
  "Binmen round here are thick as mince, can't even read a street name",
  "Whoever runs the waste department is a brain dead moron",
 ]),
 ("Highways: Low Traffic Neighbourhood trial", [
  "@RoadWarrior77 you absolute clown, go back to your cave",
  "Highways officers are a bunch of useless parasites sat in their office drawing lines on maps",
 ]),
 ("Council tax: budget consultation", [
  "Council staff are leeches, every last one of them",
  "Reply to Dave above: you're a halfwit, read the post before you type",
 ]),
 ("Housing: how to report damp and mould", [
  "Repairs team are scum. Lying, lazy scum.",
 ]),
 ("Parking: enforcement blitz outside schools", [
  "Traffic wardens are the lowest form of life. Vermin in hi-vis.",
  "Traffic warden on Market Street is a miserable little cockroach",
 ]),
 ("Planning: application approved", [
  "To the idiot in the comments defending this: you're a spineless sheep with no brain",
 ]),
 ("Social care: changes to charging for home care", [
  "social workers are vultures picking over old folks' savings. disgusting creatures",
 ]),
 ("Libraries: consultation on reducing opening hours", [
  "Whoever wrote this consultation is a cretin",
 ]),
 ("Scotland: Glenmorven Council — ferry timetable change", [
  "Whoever made this timetable is a total bawbag, a walloper and a numpty rolled intae one",
 ]),
 ("Contact centre: we're moving to online-first", [
  "contact centre staff are thick as two short planks and rude with it. pack of muppets",
 ]),
 ("Leisure: gym prices increase", [
  "@FitMum_Jo shut up you dozy cow, nobody asked you",
 ]),
 ("Parks: tree removal", [
  "Tree surgeons the council hired are knuckle-dragging thugs with chainsaws",
 ]),
 ("Licensing: new premises licence", [
  "The licensing officers are spineless jobsworths and utter cowards",
 ]),
]}
