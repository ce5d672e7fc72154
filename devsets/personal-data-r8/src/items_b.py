# Business names that look like people, phrases naming a kind of identifier, and clean traps.
from common import R

# ---------------- business_name_like_person ----------------
R("dS", "business_name_like_person", "Well done to Morwenna's Kitchen on St Austell Road for their 5-star food hygiene rating – the third year running! ⭐⭐⭐⭐⭐",
  o=["N|Morwenna's Kitchen"])
R("dS", "business_name_like_person", "Road closure: Castle Street will be shut on Thursday while a crane lifts a new boiler into Hendry & Daughters Joinery. Diversion via Mill Wynd.",
  o=["N|Hendry & Daughters Joinery"])
R("cC", "business_name_like_person", "Patel Brothers cash and carry had the salt for the paths when B&Q had run out. support your local shops folks",
  o=["N|Patel Brothers"])
R("dC", "business_name_like_person", "Huge thanks to the Eluned Price Hospice for hosting our dementia-friendly awareness morning. Their staff were brilliant.",
  o=["N|Eluned Price Hospice"])
R("dS", "business_name_like_person", "New premises licence granted to Uncle Tony's Chippy, 41 Hall Gate, for late night refreshment until 1am Fri and Sat.",
  o=["N|Uncle Tony's Chippy", "A|41 Hall Gate"])
R("dS", "business_name_like_person", "Our Christmas tree this year has been donated by Gethin Rees & Son, the tree farm at Cwm Dulas. Diolch yn fawr!",
  o=["N|Gethin Rees & Son"])
R("cS", "business_name_like_person", "Little Oscar's Nursery already do the nappy recycling thing you're on about, might be worth asking them how they got it set up",
  o=["N|Little Oscar's Nursery"])
R("dS", "business_name_like_person", "Congratulations to Okafor Pharmacy, winners of this year's Small Business of the Year for their free delivery service to housebound patients.",
  o=["N|Okafor Pharmacy"])
R("dS", "business_name_like_person", "Shop Local Saturday 🛍 Today we're visiting Siân Howells Hair & Beauty in the arcade, open since 1998. What's your favourite independent?",
  o=["N|Siân Howells Hair & Beauty"])
R("cC", "business_name_like_person", "Kowalski Motors on the industrial estate did my taxi plate inspection, they were fair priced and quick",
  o=["N|Kowalski Motors"])
R("dS", "business_name_like_person", "The Benny Lowther Trust is funding 40 new trees along the canal towpath this winter. Volunteer planting day on 18 January.",
  o=["N|Benny Lowther Trust"])
R("dS", "business_name_like_person", "Agnes Carmichael House care home has been rated Good by the Care Inspectorate. Residents and staff marked it with a garden party.",
  o=["N|Agnes Carmichael House"])
R("rS", "business_name_like_person", "Hi, the skip on the pavement outside the bakery belongs to Declan Mulgrew Builders – they hold the permit until Friday. We'll ask them to light it at night. ^Niamh",
  o=["N|Declan Mulgrew Builders"])
R("dS", "business_name_like_person", "Mrs Doyle's Tearoom in Castle Ardrum has signed up to our Refill scheme – pop in for free tap water any time.",
  o=["N|Mrs Doyle's Tearoom"])
R("cC", "business_name_like_person", "Jimmy's Barbers by the station is a warm space as well, they do tea and the heaters are always on",
  o=["N|Jimmy's Barbers"])
R("dS", "business_name_like_person", "Funeral directors in the district who offer a council-contract simple funeral: Hollis & Pratt, Wm. Ainsworth & Sons, and the Co-operative Funeralcare on Bridge St.",
  o=["N|Hollis & Pratt", "N|Wm. Ainsworth & Sons"])
R("dS", "business_name_like_person", "The Christmas lights switch-on is sponsored by Ravi Chandra Estate Agents. Stalls from 4pm, lights at 6!",
  o=["N|Ravi Chandra Estate Agents"])
R("rC", "business_name_like_person", "Thanks for asking! The ice cream van licence on the prom this summer went to Gianni Russo Ices after the tender. ^Kerensa",
  o=["N|Gianni Russo Ices"])
R("dS", "business_name_like_person", "Roadworks on Heol Fawr next week are for Dafydd Lewis Plant Hire to install a new drop kerb. Two-way lights 9:30 to 3.",
  o=["N|Dafydd Lewis Plant Hire"])
R("cS", "business_name_like_person", "big shout out to Bridie's Bakes who did the sandwiches for the litter pick lads, absolute legends",
  o=["N|Bridie's Bakes"])
R("dS", "business_name_like_person", "New on the high street: Adaeze Nwosu Opticians is offering free eye tests to carers throughout February.",
  o=["N|Adaeze Nwosu Opticians"])
R("dS", "business_name_like_person", "Coach to the regional final is with McTaggart's Coaches, leaving the Square at 8am sharp. Bring ID for the ground.",
  o=["N|McTaggart's Coaches"])
R("dC", "business_name_like_person", "Y tymor hwn mae Caffi Nansi yn rhoi paned am ddim i bobl hŷn bob dydd Mercher. Da iawn chi!",
  o=["N|Caffi Nansi"])
R("cC", "business_name_like_person", "Fergus & Hamish Garden Centre will take your christmas tree for chipping if the council won't come out to the farms",
  o=["N|Fergus & Hamish Garden Centre"])

# ---------------- identifier_kind_phrase ----------------
R("dS", "identifier_kind_phrase", "Applying for the Household Support Fund? Have your National Insurance number and your council tax account number ready before you start the form.")
R("dS", "identifier_kind_phrase", "Find your bin day in seconds: just enter your postcode on our website and choose your address from the list.")
R("rS", "identifier_kind_phrase", "Hi, you don't need to post anything here. Your 10-digit NHS number is on any letter from your GP or the hospital, and the online booking asks for it along with your date of birth. ^Ewan")
R("dS", "identifier_kind_phrase", "Paying a parking fine online? You'll need the penalty charge notice number and the vehicle registration number exactly as on the ticket.")
R("dC", "identifier_kind_phrase", "Scam warning ⚠️ The council will NEVER ask for your card number, PIN or bank details by text, phone or social media. If in doubt, hang up.")
R("rC", "identifier_kind_phrase", "Please don't share your email address or phone number on a public post. Send us a private message with your email address and we'll pick it up from there. ^Aisha")
R("dS", "identifier_kind_phrase", "Renewing a Blue Badge? You'll be asked for your current badge number, your driving licence number if you have one, and a recent photo.")
R("cS", "identifier_kind_phrase", "does it ask for the passport number or just a photo of it? trying to do the voter ID thing for my nan and she hasnt got a passport")
R("dS", "identifier_kind_phrase", "Gwnewch gais am Ostyngiad Treth Gyngor: bydd angen eich rhif Yswiriant Gwladol a'ch cyfeirnod treth gyngor arnoch chi.")
R("dS", "identifier_kind_phrase", "The Unique Property Reference Number (UPRN) is a 12-digit number that identifies every address. You'll see it on your new bin sticker.")
R("rS", "identifier_kind_phrase", "To check your garden waste subscription, log in with the email address you signed up with – the account number isn't needed. ^Bex")
R("dS", "identifier_kind_phrase", "Moving house? Tell us your move date, your new address and your forwarding postcode via the online form so we can close your council tax account.")
R("dC", "identifier_kind_phrase", "Claiming Pension Credit could unlock help with council tax. Ring the Pension Service with your NI number and bank sort code and account number to hand.")
R("cC", "identifier_kind_phrase", "the form keeps saying 'date of birth invalid' even when I type it dd/mm/yyyy. anyone else?")
R("dS", "identifier_kind_phrase", "Ready to vote? You need photo ID at the polling station – a passport, driving licence or Voter Authority Certificate. Your poll card number is not required.")
R("rC", "identifier_kind_phrase", "You're right, the long number at the top of the bill is your account reference, not your property number. The online form asks for the account reference. ^Tom")
R("dS", "identifier_kind_phrase", "School meals top-up: parents log in with their child's pupil number and date of birth. Forgotten the pupil number? Ask the school office.")
R("dS", "identifier_kind_phrase", "Reminder for taxi drivers: your DBS certificate number and DVLA check code must be on your renewal form.")
R("rS", "identifier_kind_phrase", "We can't look up your account from a name alone. Send us a direct message with the first line of your address and postcode and we'll check your collection. ^Mo")
R("dC", "identifier_kind_phrase", "Anyone can report a pothole – you don't need an account. We'll only ask for an email address if you want updates.")
R("cS", "identifier_kind_phrase", "what is the 'customer reference number' they keep asking for on the phone?? is that the one on the green bin letter or the council tax one")
R("dS", "identifier_kind_phrase", "Bydd y ffurflen yn gofyn am eich rhif GIG / The form will ask for your NHS number. If you don't know it, leave the box blank.")
R("dS", "identifier_kind_phrase", "Applying for a bus pass? You'll need proof of age (birth certificate, passport or driving licence) and proof of address dated in the last three months.")

# ---------------- clean ----------------
R("dC", "clean", "Cllr Nerys Vaughan, Cabinet Member for Housing, opened the 24 new homes at Maes y Ffynnon this morning. The first tenants move in next week.")
R("dS", "clean", "Resurfacing on Florence Nightingale Way from Monday 9 Feb for five nights, 8pm–6am. Access for residents maintained at all times.")
R("dC", "clean", "The Mayor of Coldbeck, Cllr Imran Sadiq, will lay a wreath at the cenotaph on Sunday at 10.55am. All welcome.")
R("cS", "clean", "third week running the bins on our road have been missed. absolute joke. what do we even pay council tax for")
R("dS", "clean", "Sràid na h-Eaglais in Steòrnabhagh will be closed to traffic on Saturday for the Gaelic book festival. Parking on Rathad a' Bhàigh instead.")
R("dC", "clean", "Our Chief Executive, Sarah Kendrick, has written to the Secretary of State about rural bus funding. Read the letter on our website.")
R("dS", "clean", "Gas main replacement on Aneurin Bevan Avenue continues until 20 March. Buses diverted via Heol Caerffili.")
R("cC", "clean", "Can the council PLEASE do something about the speed people go down the hill into Polgooth. Someone will get killed")
R("dS", "clean", "Trees down on the B4343 between Tregaron and Pontrhydfendigaid. Road closed. Avoid the area if you can.")
R("dC", "clean", "Our MP, Rachel Oduya, visited the new youth hub in Castle Ardrum today and met the team running the late-night drop-in.")
R("dS", "clean", "Lost dog update: Biscuit the spaniel found on the common has been reunited with his family. Thank you all for sharing!")
R("dS", "clean", "Emergency water main repair on Edith Cavell Close. Temporary traffic lights at the junction with Chapel Street until 4pm.")
R("dL", "clean", "Great to meet so many residents at the Longnor ward walkabout today. Potholes on Wharf Lane and the broken bench by the pond are reported. Cllr Tariq Bashir")
R("cS", "clean", "Why is the library in Ballymena Road shut again on a Saturday? second time this month")
R("dS", "clean", "PCSO Gemma Tollitt and our community safety officers will be at the Market Cross on Friday giving out free bike marking kits.")
R("dC", "clean", "Congratulations to our Head of Waste Services, Callum Dempster, on his retirement after 34 years with the council. Enjoy the fishing Callum!")
R("dS", "clean", "Gritting update: Bwlch y Groes is closed due to snow and ice. Please use the A470 instead.")
R("cC", "clean", "Leader of the council should resign over this. Disgraceful decision on the swimming pool.")
R("dS", "clean", "Planning Committee meets on 14 April at 6pm in the Council Chamber. Items include the 210-home scheme off Llwyn Onn and the wind turbine at Hafod Farm.")
R("dS", "clean", "The footpath along Ffordd Glyndŵr will be closed for repairs for two weeks. A signed diversion runs through the park.")
R("dC", "clean", "Today we remember Dr Elsie Inglis, the Edinburgh surgeon who founded the Scottish Women's Hospitals. Our new health centre will carry her name.")
R("cS", "clean", "the crossing lady outside Woodside primary is an absolute star, stands out there in all weathers. give her a pay rise")
R("dS", "clean", "Reminder: case references look like HDC/ENV/2291. Quote yours in any message to the team so we can find it quickly.")
R("dS", "clean", "The fly-tip reported on Gallowgate Lane was cleared within 24 hours. Thanks to everyone who reported it through the app.")
R("dC", "clean", "The Leader, Cllr Patricia Gorman, and Deputy Leader, Cllr Owen Tudor, will answer questions live on Facebook on Wednesday at 7pm.")
R("cC", "clean", "Number 3 on our row has had scaffolding up for 9 months now with nobody working on it. Is there a time limit on this?")
R("dS", "clean", "Today's school crossing patrol at Bryn Hyfryd is covered by a relief warden while Mrs Davies is off. Please take extra care.")
R("dS", "clean", "Queen Margaret Drive is closed between Kelvin Way and the roundabout for a water main repair. Bus 90 diverted.")
R("cS", "clean", "Brilliant service from the recycling lads on Tuesday, they even put the bins back where they found them 👏")
R("dS", "clean", "The Sir Titus Salt memorial garden reopens after restoration. Come and see the new planting this weekend.")
R("dC", "clean", "Comhairle Strathcairn: Gaelic signage will go up on Rathad na Mara, Sràid a' Mhargaidh and the ferry terminal this spring.")
R("dS", "clean", "Whitehorse Hill car park is closed for resurfacing on Tuesday. Use the overflow car park at Lady Anne Road instead.")
R("cC", "clean", "there is a massive pothole at the bottom of Dunluce Road by the garage, nearly lost a wheel in it last night")
R("dS", "clean", "Kirkgate Market is open as normal over Easter except Good Friday. Traders are listed on the market website.")
R("dL", "clean", "Tonight I'll be voting against the proposal to close Pennard library. Residents have made their views very clear. Cllr Hywel Bowen, Pennard ward")
R("dS", "clean", "Trick or treat safely this Halloween – stick to well-lit streets, and look out for the pumpkin posters in windows on Albion Terrace and Granby Row.")
R("dS", "clean", "Coldbeck Community Awards shortlist announced. Nominations were made for volunteers in 11 categories. Winners revealed at the ceremony on 3 June.")
R("cS", "clean", "My cat Mr Pickles got stuck up the tree in the rec again and your parks fella got him down with a ladder. thanks!!")
R("dS", "clean", "Environmental health officers inspected 58 takeaways across the district in January. Full ratings are on the Food Standards Agency website.")
R("dC", "clean", "Happy St David's Day! Dydd Gŵyl Dewi Hapus! Celebrations at Sgwâr y Castell from noon.")
R("dS", "clean", "Work starts Monday on the new cycle lane along Grace Darling Road. Expect delays around Seahouses Road junction.")
R("cC", "clean", "Wasted journey to the tip today. Closed at 3 not 4 like the website says. Sort it out")
R("dS", "clean", "Cemetery gates at Dunvegan Road will be locked at 4pm during the winter months. The pedestrian gate on Lover's Walk stays open until dusk.")
R("dS", "clean", "Staying safe online: our trading standards officer Ravinder Gill talks about doorstep scams on BBC Radio Fenwold at 8.15 tomorrow.")
R("dL", "clean", "Had a productive meeting with Harrowden Police and the neighbourhood team about anti-social behaviour on the Jubilee estate. Actions agreed. Cllr Fiona Laverty")
R("cS", "clean", "Do you take the black plastic pots now or still not?")
R("dS", "clean", "Ferry timetable changes for Eilean Mòr from 1 April. Sailings from Port na Long will leave 15 minutes earlier on weekdays.")
R("dC", "clean", "We're proud to welcome Dr Amara Fofanah as our new Director of Public Health. She joins us from the regional health board.")
R("dS", "clean", "Due to staff sickness Thursday's collection on Church Road, Meadow View and Beech Drive will be done on Saturday instead. Apologies.")
R("cC", "clean", "Councillor Tudor never replied to my email about the parking outside the school, typical")
R("dS", "clean", "Planning permission granted for the conversion of the former bank on Teilo Street into four flats.")
R("dS", "clean", "The Gaelic playgroup at Ardmhor will meet in the church hall while the community centre roof is repaired.")
R("dS", "clean", "Abandoned vehicle on the verge of the A39 near Carland Cross has been removed. Thank you for your reports.")
