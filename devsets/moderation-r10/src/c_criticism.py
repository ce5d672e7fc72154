# Hand-written, 2026-12-07. Angry but legitimate criticism (KEEP) and robust criticism of elected members (REVIEW_OR_KEEP).
# All people, councils, streets and figures are fictional.
DATA = {"criticism": [
 ("Waste: garden waste collections move to a paid subscription from April", [
  "So I pay council tax AND now £58 to have my grass taken away. What exactly is the council tax for these days??",
  "Paid subscription for green bins is a stealth tax, plain and simple. Dress it up how you like.",
  "you'll just get more fly tipping down the lanes. every council that does this sees it. did nobody read the reports",
  "Pensioners on a fixed income are going to be hit hardest by this. Shameful decision.",
  "Three weeks notice for a change like this is a joke. Some of us budget month to month.",
 ]),
 ("Waste: missed collections update after the depot fire", [
  "Day 11 and my black bin is still full. Foxes have been at the bags. 'Working hard to catch up' is not cutting it.",
  "Whole of Tannery Row missed AGAIN. Fourth time since September. Does the crew even have our street on the sheet?",
  "I appreciate the fire wasn't your fault but the communication has been dreadful. One post in nine days??",
  "Recycling lorry came, tipped the blue bin into the same truck as the general waste. Why do we bother sorting",
 ]),
 ("Waste: new rules at the household recycling centre — booking required", [
  "Booking system for the tip is a nightmare. Next free slot is 19 days away. Meanwhile the lay-by on the bypass fills up with mattresses",
  "Charging for a bag of rubble from a DIY job is ridiculous. I'm not a builder I'm fixing my bathroom",
  "had to prove my address TWICE at the gate. treated like a criminal for dropping off a broken hoover",
 ]),
 ("Highways: our pothole repair programme — 4,000 fixed this year", [
  "4,000 fixed and about 40,000 left by the look of Mill Lane. Patched in March, crater again by June. Do it properly once.",
  "The 'repair' on Causeway Road lasted eleven days. I have photos. Waste of money.",
  "Cracked alloy and a new tyre, £310. Claim rejected because the hole was 'only' 38mm. Absolute insult.",
  "Nice graphic. Now drive down Heol y Bryn on a bike at night and tell me the programme's working.",
  "potholes on the school run are dangerous, my daughter came off her scooter last week. this isn't about looks, someone will get hurt",
  "Why is the same contractor getting the work every year when the patches don't last? Who signs this off?",
 ]),
 ("Highways: Low Traffic Neighbourhood trial starts Monday", [
  "My 12 minute journey to work is now 35 minutes because every car from the LTN is on Station Road. Brilliant planning.",
  "You consulted 'residents' but the letter came two days after the consultation closed. Not a real consultation.",
  "The planters block the route the carers use to get to my mum. Has anyone thought about that at all?",
  "Fine for people who can cycle. I've got MS. I can't. Once again we get forgotten.",
  "Camera fines in the first week were £48,000 according to the FOI. Don't tell me this isn't about money.",
 ]),
 ("Highways: gritting routes for this winter", [
  "Once again our estate is off the gritting list. Steep hill, bus route, primary school. How is this not a priority?",
  "Last January the main road wasn't gritted until 10am. The lorries were all at the depot. What went wrong and what's changed?",
  "Grit bin on Orchard Rise has been empty since 2023. Reported it four times.",
 ]),
 ("Parking: new charges at the seafront car parks", [
  "£2.80 an hour to park by a closed kiosk and broken toilets. Tourists won't come back and neither will we.",
  "The app only works if you have mobile signal. There is NO signal at the bottom car park. Got a ticket anyway.",
  "Locals used to get a discount. Now we're paying more than day trippers from the city. Disgraceful.",
  "These charges will finish off what's left of the high street. Every empty shop is on you.",
 ]),
 ("Parking: enforcement blitz outside schools", [
  "Ticket the parents by all means but your own van was parked on the zigzags on Tuesday. Practise what you preach.",
  "Great, more wardens at 3pm but not one on Fenwick Street on a Saturday night when people park across driveways.",
 ]),
 ("Council tax: budget consultation — have your say", [
  "Another 4.99% rise while services get cut. We pay more and get less every single year.",
  "Have your say' but the decision was made months ago. This is window dressing and everyone knows it.",
  "Maybe start with the consultants. How much was spent on the 'transformation programme' that transformed nothing?",
  "Band D is now more than my mortgage used to be. How are working families meant to cope?",
  "Senior managers got a pay rise while the libraries got cut. Don't ask us to tighten our belts.",
  "The survey won't even let you say 'cut the communications team'. Funny that.",
 ]),
 ("Council tax: reminder that the second instalment is due", [
  "You sent a summons for £12.40 outstanding after I'd set up the direct debit you told me to. £70 costs on top. Sort your systems out.",
  "Rang council tax 6 times. 45 minutes on hold each time then cut off. Unacceptable for a service you make us pay for.",
  "Single person discount removed with no letter, no explanation, and now I'm in arrears. Who checks this stuff?",
 ]),
 ("Libraries: consultation on reducing opening hours", [
  "Closing the library on Saturdays means working people can't use it at all. Who is this for?",
  "Libraries are where kids do homework because they've no wifi at home. Cut this and you're cutting their future.",
  "'Volunteer-led' is code for closing it slowly. We've watched it happen in the next town.",
  "Strange how there's always money for the civic centre refurb but never for books.",
  "Bydd cau'r llyfrgell ar ddydd Sadwrn yn taro teuluoedd sy'n gweithio. Penderfyniad gwael iawn.",
 ]),
 ("Leisure: swimming pool to close for 18 months for refurbishment", [
  "18 months?! Swimming club will fold. The nearest pool is 40 minutes away on two buses.",
  "It was 'refurbished' in 2019. What happened to that money?",
  "Kids in this town already can't swim by year 6. Well done.",
  "No temporary provision at all for the aqua rehab sessions. Those classes are the only thing keeping my knee going.",
 ]),
 ("Leisure: gym prices increase from 1 January", [
  "Prices up 22% and half the treadmills have had out-of-order signs since the summer. No.",
  "Concession rate scrapped for carers. That's a choice you made and it's a poor one.",
 ]),
 ("Housing: how to report damp and mould in your council home", [
  "Reported black mould in my son's bedroom in February. Surveyor came in May. Nothing done. He's on an inhaler now.",
  "'Open a window and wipe it down' is what I was told. It's coming through the wall. This is a disrepair issue not a lifestyle one.",
  "After everything that's been in the news about mould you STILL take months to respond. Lessons not learned.",
  "Three repair tickets closed as 'completed' without anyone coming out. Who is closing them?",
  "my kitchen ceiling has been leaking since june. bucket on the floor. 5 visits, 0 repairs. its a joke",
 ]),
 ("Housing: new allocations policy — changes to bands", [
  "So after 9 years on the list I'm now in a lower band because of a policy change. Feels like the goalposts move every time I get close.",
  "Overcrowded two-bed with four kids and you say we're 'adequately housed'. Come and see it.",
  "The homelessness unit put a mum and baby in a B&B 30 miles away for 14 weeks. That's not temporary, that's a failure.",
 ]),
 ("Planning: application approved for 240 homes at Ashby Fields", [
  "240 homes and not one new GP place, school place or bus. Infrastructure first, every time you promise it, never happens.",
  "The flood risk report was written by the developer's own consultant. How is that independent?",
  "Over 600 objections and the committee approved it in 20 minutes. What is the point of objecting?",
  "'Affordable' at 80% of market rent isn't affordable to anyone I know.",
  "The lane they're using for access is single track with no pavement. Someone's going to get killed walking on it and it'll be too late then.",
 ]),
 ("Planning: enforcement update", [
  "The unauthorised extension on our road has been up 3 years. Three enforcement notices. Still there. Enforcement clearly means nothing.",
  "You make an ordinary family jump through hoops for a porch but a developer can ignore conditions for years. One rule for them.",
 ]),
 ("Social care: changes to charging for home care", [
  "My dad's care bill has gone from £96 to £212 a week with a two line letter. No assessment, no warning. Shameful.",
  "Carers are given 15 minutes to wash, dress and feed someone. It's inhumane and it's your commissioning that does it.",
  "We were told the review would take 6 weeks. It's been 7 months. Mum is exhausted and so am I.",
  "Respite beds cut from 12 to 4. Families are at breaking point and you put out a cheerful graphic.",
 ]),
 ("Schools: SEND transport eligibility changes", [
  "Telling parents of disabled kids to 'use a personal travel budget' when there's no bus that goes there. Disgusting way to save money.",
  "My son's taxi didn't turn up 4 times this month. No call, nothing. He can't go on his own. I lost a day's pay each time.",
  "EHCP took 47 weeks. The legal limit is 20. How is this department still allowed to operate like this?",
  "The tribunal found against the council again. How much public money did you spend fighting a child's needs?",
 ]),
 ("Schools: admissions — apply for a primary place", [
  "Twins, offered two DIFFERENT schools three miles apart. Appeal form is 14 pages. Unbelievable.",
  "No catchment school for our new estate at all. You approved the houses, where did you think the kids would go?",
 ]),
 ("Parks: tree removal on Beechwood Avenue", [
  "Felling 30 healthy limes at 6am without telling anyone. And you wonder why nobody trusts a word you say.",
  "Where's the arboricultural report? Publish it. If they're dangerous show us the evidence.",
  "You declared a climate emergency in 2019 and you're chopping down hundred year old trees for a road widening.",
 ]),
 ("Parks: play area closed for safety", [
  "The play park has been taped off since Easter. It's nearly Christmas. One swing. How hard can it be?",
  "Council has money for a new logo but the only play area in Glenbrae has been shut for 8 months.",
 ]),
 ("Parks: public toilets to close in 6 parks", [
  "No toilets means no outings for people with Crohn's, older people, families with toddlers. You've basically closed the parks to us.",
  "Closing the loos and then putting up signs about public urination. You couldn't make it up.",
 ]),
 ("Environmental health: food hygiene ratings published", [
  "The takeaway on Wharf St with the rats had a 4 rating last year. Inspections are clearly not often enough.",
  "I reported a restaurant in June. Nobody has even replied. What's the point of the report form?",
 ]),
 ("Environmental health: noise complaints", [
  "I've filled in 6 weeks of diary sheets for the noise next door and you've 'closed the case' because the officer didn't hear it on one visit at 11am.",
  "Out of hours noise service stopped at midnight. Noise doesn't.",
 ]),
 ("Licensing: new premises licence granted for a late bar on Quay Street", [
  "Residents objected, police objected, and you granted a 3am licence anyway. Licensing committee is a rubber stamp.",
  "We already have four bars on this street and vomit on our doorstep every Sunday. Thanks for that.",
 ]),
 ("Licensing: taxi fares increase", [
  "Fares up again and still no wheelchair accessible cabs after 9pm. Licensing should make that a condition.",
 ]),
 ("Cemeteries: new rules on grave decorations", [
  "You removed the solar lights and toys from my daughter's grave without a word. I found them in a skip. Heartless.",
  "Burial fees up 30% in two years. Even dying is a luxury in this borough.",
  "The cemetery grass hasn't been cut since August. My grandad's headstone is hidden. Disrespectful.",
 ]),
 ("Elections: polling station changes", [
  "Moving the polling station to a building with 14 steps and no ramp. Did anyone check?",
  "My postal vote didn't arrive. Called three times. Told to 'wait'. Election's tomorrow. Not good enough.",
 ]),
 ("Contact centre: we're moving to online-first", [
  "Online first means online only for most of us. My nan doesn't have email. Where does she go?",
  "Your webchat bot told me to 'try again later' 11 times. I just want to speak to a human being.",
  "Closing the face to face desk at the one stop shop is a disgrace. The queue out the door every day shows it was needed.",
 ]),
 ("Street lighting: dimming and part-night switch-off", [
  "Switching off street lights at midnight on the path to the station. Women walking home from late shifts didn't matter, clearly.",
  "Saving £90k on lights while paying £200k for a rebrand. Priorities.",
 ]),
 ("Fly-tipping: our new enforcement cameras", [
  "Cameras are great but the tip opening hours and charges are why people dump stuff. Deal with the cause.",
  "Reported a pile of asbestos sheets on Dyke Lane 5 weeks ago. Still there. Kids play round it.",
 ]),
 ("Buses: council withdraws subsidy for the 42 service", [
  "The 42 is the only way out of the village for anyone without a car. You've just cut off 800 people.",
  "Teenagers now can't get to college. Older people can't get to hospital. For a saving of £60,000. Shameful.",
  "Last bus at 6pm. Nobody who works a normal shift can get home. This council doesn't understand rural life.",
 ]),
 ("Senior pay: pay policy statement published", [
  "Chief exec on £214k with a 'market supplement' while we can't get a bin emptied. Read the room.",
  "Seven directors earning more than the Prime Minister in a council that says it's bankrupt. How?",
 ]),
 ("Ofsted: children's services report", [
  "'Requires improvement' for the third time in a row. At what point does someone take responsibility?",
  "The inspection found children were left without a social worker for months. That's not a statistic, those are kids.",
 ]),
 ("Scotland: Glenmorven Council — school closures consultation", [
  "Closing Inverallt Primary means 5 year olds on a 50 minute bus in the dark in January. Ye've no thought this through.",
  "Every time it's the rural schools. The city gets new builds and we get 'consolidation'.",
  "The consultation meeting was held in the town hall at 2pm on a weekday. Convenient for naebody.",
 ]),
 ("Northern Ireland: Lisbrack District Council — bonfire clean-up costs", [
  "Ratepayers footing a £40k clean up bill again and the council does nothing to stop it the next year. Pathetic.",
  "Whole of the Glen Road estate had no bin lift for a fortnight 'due to the festivities'. We pay rates too.",
 ]),
 ("Wales: Cyngor Sir Penllyn — bin collections every four weeks", [
  "Pedair wythnos?! Mae'r biniau'n llawn ar ôl pythefnos gyda dau blentyn mewn clytiau. Hollol annerbyniol.",
  "Four weekly collections with nappies in the house. You've clearly never changed one.",
  "Ma'r cyngor 'ma'n gwario ffortiwn ar ymgynghorwyr a dim byd ar y strydoedd. Cywilydd.",
 ]),
 ("Transport: bus station refurbishment finished", [
  "Two years, £6.3m and they've removed half the seating and put in 'hostile' benches. Who is this for?",
  "New bus station has no toilets open after 6. Absolute farce.",
 ]),
 ("Customer services: complaint response times", [
  "Stage 2 complaint: 'response within 20 working days'. It's been 71. Ombudsman it is.",
  "Your complaints team replied to my complaint about not getting replies by not replying. Impressive.",
 ]),
 ("Staff: meet our new waste team apprentices", [
  "Lovely picture but how about paying the loaders enough so you don't lose them every six months?",
 ]),
 ("Planning: the local plan consultation", [
  "The 'call for sites' map was published in a 900 page PDF nobody can open on a phone. That's not accessible.",
  "Green belt release while there are 300 empty homes in the town centre. Use those first.",
  "you say 'brownfield first' every single plan and every single plan is fields. stop insulting our intelligence",
 ]),
 ("Highways: street works on the A-road for 14 weeks", [
  "14 weeks of temporary lights for a job where I've seen nobody working for 10 days. Who manages the contractors?",
  "Diversion signs send lorries down Chapel Row where they get stuck every single day. Someone please come and look.",
 ]),
 ("Housing: new council homes handed over", [
  "Lovely, 12 new homes. There are 4,300 households on the waiting list. Stop with the photo ops.",
  "Nice ribbon. Now fix the estate next door, half the lifts in Carnforth House don't work and people are carrying buggies up 9 floors.",
 ]),
 ("Council: budget gap of £38m announced", [
  "£38m gap after £20m spent on a shopping centre that's half empty. Someone should be answering for that investment.",
  "You gambled on commercial property and lost. Now we lose our libraries and lollipop men. Fantastic.",
  "Section 114 is the consequence of a decade of bad decisions at the top of this organisation. Not 'the national picture'.",
 ]),
 ("Social care: day centre closure", [
  "My brother has gone to the same day centre for 22 years. It's his whole world. 'Alternative community offer' means nothing to him.",
  "Closing day centres for adults with learning disabilities to save money is the cruellest cut you've made yet.",
 ]),
 ("Housing: asylum seekers to be housed in former care home", [
  "The Home Office gave the council 9 days notice and no money for GP places. That's the failure here, not the people being moved in.",
  "Whatever you think about asylum, this council's communication on the hotel has been dreadful. We found out from a contractor's van.",
 ]),
 ("Planning: mosque car park expansion", [
  "Same rules for every applicant please. The mosque's flood assessment is as thin as the supermarket's was and both should have been refused.",
 ]),
 ("Housing: new Traveller transit site at Wern Road", [
  "The consultation on the transit site was a shambles. Travelling families and the residents next door both deserved proper meetings, not a PDF.",
  "Council has had a legal duty to provide pitches for 15 years and did nothing, so now it's rushed onto a flood plain. Poor for everyone.",
 ]),
 ("Leisure: new changing village at the pool", [
  "Still no private cubicles. My trans son has nowhere to change and neither does my disabled dad. Who signed this design off?",
 ]),
 ("Council: full council meeting on Thursday", [
  "We're coming to the meeting in numbers. Peacefully, loudly, with placards. You can't ignore us forever.",
 ]),
 ("Highways: new junction layout at Five Ways", [
  "This junction will kill someone. I've written to highways three times. Put a proper crossing in.",
 ]),
 ("Community: hate crime awareness week", [
  "The police and council say 'report it' but my report from March has had no response at all. Awareness weeks are meaningless without follow up.",
 ]),
 ("Schools: RE syllabus consultation", [
  "The agreed syllabus committee hasn't got a single Sikh or Hindu member in a borough where thousands of children are from those faiths. Not good enough.",
 ]),
 ("Waste: clinical waste collections", [
  "My husband is on dialysis at home and we waited 3 weeks for a sharps collection. That's a health risk.",
 ]),
],
"robust_elected": [
 ("Cabinet member responds on pothole funding", [
  "Cllr Denholm-Pryce is completely out of his depth. Every answer is a press release. Resign.",
  "Councillor Pryce said in March the roads were 'a priority'. Either he lied or he's useless. Which is it?",
 ]),
 ("Leader's budget statement", [
  "Cllr Oyelaran has run this council into the ground. Worst leader we've had in 30 years. She should go now.",
  "The leader blames government, the last administration, the weather. Anyone but herself. Spineless.",
  "Leader of the council on a £34k allowance and can't answer a straight question at full council. Hopeless.",
 ]),
 ("Mayor opens refurbished market hall", [
  "The mayor turns up for every ribbon and never for the residents' meetings. Utterly out of touch.",
  "Mayor Rhodri Pennant-Lloyd is a hypocrite, he voted against the market funding in 2022 and now wants the credit.",
 ]),
 ("Ward councillors' surgery dates", [
  "Cllr Heggarty hasn't answered an email since May. Total waste of space. Don't bother standing again.",
  "Councillor Minshull only shows up at election time. Lazy and everyone in the ward knows it.",
  "Cllr Fairbairn promised the crossing in her leaflet. Three years, no crossing. She's a liar and I'll say so at the ballot box.",
 ]),
 ("Planning committee decision on Ashby Fields", [
  "Cllr Trevaskis chairs planning and owns land two fields from the site. At the very least it stinks. He should have stood aside.",
  "The planning chair sat there on his phone while residents spoke. Arrogant, contemptuous and not fit to hold office.",
 ]),
 ("MP visits the new business park", [
  "Our MP Gwendolyn Ashcombe has done nothing for this town in 7 years but pose for photos. Clueless.",
  "Ashcombe voted for the cuts that closed our children's centre and now she's here smiling. Shameless hypocrite.",
 ]),
 ("Cabinet member for housing on the damp review", [
  "Cllr Nkemelu should be sacked from cabinet. The mould scandal happened on his watch and he's still there.",
  "The housing portfolio holder is a coward. He won't come to a single tenants' meeting.",
 ]),
 ("Scotland: Glenmorven convener statement", [
  "The convener's a numpty who's never been north of the city bypass. Disnae have a clue about rural schools.",
  "Cllr MacAskill is an embarrassment to the council and the island. Resign.",
 ]),
 ("Northern Ireland: Lisbrack council chair statement", [
  "Alderman Quigley's statement is a disgrace. He's been in that chamber 20 years and done sweet nothing. Time he retired.",
 ]),
 ("Wales: council leader on four-weekly bins", [
  "Mae'r Cynghorydd Elis-Hughes yn hollol anobeithiol. Dylai ymddiswyddo.",
  "Cllr Elis-Hughes wouldn't know a wheelie bin if it ran him over. Incompetent from day one.",
 ]),
 ("Council: full council meeting on Thursday", [
  "I know where the council chamber is and I'll be there at 6 with 400 signatures. Cllr Bramhall can explain himself to our faces.",
 ]),
 ("Highways: new junction layout at Five Ways", [
  "I've emailed Cllr Heggarty 6 times since July about the crossing. Six. Not one reply. That's not how representation works.",
 ]),
 ("Cabinet on LTN review", [
  "Councillor Bramhall sneered at residents in the meeting. Smug, arrogant and doesn't deserve your vote.",
  "Cllr Bramhall is a liar. He promised a review after 6 months and it's been 18.",
 ]),
 ("Finance portfolio on the shopping centre losses", [
  "Cllr Vasquez-Hart signed off the shopping centre deal. He should be personally ashamed and he should resign today.",
  "The finance lead is either incompetent or hiding something. Publish the due diligence.",
 ]),
]}
