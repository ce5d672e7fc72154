# Hand-written, 2026-12-07. KEEP classes: misinformation, clean, idiom, place_names, counter_speech.
# People, councils and streets are fictional; place_names uses real GB place names in plain sentences.
DATA = {"misinformation": [
 ("Highways: 20mph default limit on residential roads", [
  "The 20mph zones are the first step to the 15 minute city prison. Next they'll ration how many times you can leave your ward.",
  "Read up on it, the new speed cameras are tracking your phone and sending it to the UN. That's what the 'Agenda' is.",
 ]),
 ("Waste: new food waste caddies delivered this week", [
  "The caddies have microchips that weigh your food so they can fine you for being overweight. Check under the lid.",
  "food waste collections are a trial run for making us eat insects. mark my words",
 ]),
 ("Street lighting: LED upgrade programme", [
  "The new LED street lights are 5G transmitters in disguise. Everyone on our road has had headaches since they went up.",
  "Those lights are dimmed remotely to test crowd control. Why else would they need a 'central management system'?",
 ]),
 ("Public health: winter vaccine clinics at the leisure centre", [
  "The flu jab has been changed to include a tracking agent this year. Do your research before you let them near your kids.",
  "Funny how the clinics are at the leisure centre, same place they're putting in the 'wellness' cameras. Connect the dots.",
 ]),
 ("Parks: wildflower verges and reduced mowing", [
  "Not mowing is how they're going to get planning through, let it go to 'waste ground' then build on it. Happens everywhere.",
 ]),
 ("Environment: climate action plan adopted", [
  "CO2 is plant food. There is no climate emergency, it's a scam to bring in more taxes. Every scientist knows it.",
  "The floods last winter were caused by cloud seeding from the airport, not climate. They won't admit it.",
 ]),
 ("Parking: car parks going cashless from January", [
  "Cashless parking is so they can switch off your ability to park if you've got the wrong opinions. Social credit by the back door.",
 ]),
 ("Energy: heat pump grants for council homes", [
  "Heat pumps give off low frequency noise that makes you infertile. That's why they're pushing them on council tenants first.",
 ]),
 ("Water: reservoir levels and hosepipe advice", [
  "The water company and the council are adding fluoride to make people docile before the elections. Buy a filter.",
 ]),
 ("Elections: register to vote by 18 November", [
  "The postal votes are all counted by a computer in another country, your vote doesn't even go to the town hall. Rigged.",
  "The electoral register is sold to the Chinese government. That's why they want your date of birth now.",
 ]),
 ("Planning: wind turbines at Hendre Moor", [
  "Turbines cause cancer in anyone living within 2 miles, it's been proven in Germany and covered up here.",
 ]),
 ("Highways: smart traffic lights on the ring road", [
  "The smart lights are programmed to go red when there's no traffic to force people off the roads. It's all deliberate.",
 ]),
 ("Gritting: our gritters are out tonight", [
  "That grit isn't salt anymore it's a chemical that rots your tyres so you have to buy an electric car.",
 ]),
 ("Census: council urges households to fill in the housing survey", [
  "The housing survey is how they find out who has a spare room so they can move migrants in. Don't fill it in.",
 ]),
],
"clean": [
 ("Community: snow clearing thank-yous", [
  "Huge thanks to Mrs Okafor on Elm Street who cleared the path for the whole row. Star.",
  "Shout out to Dai from number 3 who towed my car out with his tractor. Diolch o galon!",
 ]),
 ("Housing: out-of-hours repairs", [
  "The out-of-hours repairs number is 01632 960700, it's printed on the back of the rent card too.",
  "You can also email repairs@penllyn.example.org with photos, they replied to me within a day.",
 ]),
 ("Events: Christmas panto and market", [
  "Got tickets for Dick Whittington on the 20th, kids are so excited!",
  "The shiitake mushroom stall at the farmers' market was gorgeous, is it back next month?",
  "Is the Eid in the park event open to everyone or just families from the mosque? Would love to bring the kids.",
 ]),
 ("Waste: Christmas collection dates", [
  "Are the collections on Boxing Day moving to the Saturday or the Monday? Blue bin week for us.",
  "Thanks for posting this early, saves the usual confusion!",
  "Do you take real Christmas trees in the garden bin if they're cut up small?",
 ]),
 ("Libraries: new family reading sessions", [
  "Went to Tuesday's rhyme time at Brynhyfryd library, the staff were lovely and my little one hasn't stopped singing since.",
  "Is there a Welsh language session? Oes sesiwn Gymraeg i blant bach?",
 ]),
 ("Parks: winter bird survey results", [
  "Lovely to see great tits and blue tits back on the feeders at the nature reserve.",
  "We had a pair of shags on the harbour wall this morning and a woodcock in the copse behind the car park. Brilliant year.",
  "Spotted a cock pheasant strutting along the cycle path by the allotments. Bold as brass!",
  "Any boobies recorded? My neighbour swears he saw one off the headland but I think it was a gannet.",
 ]),
 ("Highways: road closure for resurfacing", [
  "Will the bus still be able to get through to the hospital stop while the works are on?",
  "What time do the works finish each day? I need to get out at 6:30 for work.",
 ]),
 ("Leisure: new timetable for the leisure centre", [
  "Any chance of an extra lane swim on Sunday evenings? Really popular before it was dropped.",
  "Brilliant news about the inclusive cycling sessions. My son loved the trike last time.",
 ]),
 ("Housing: tenants' forum next Wednesday", [
  "Is there parking at the community hall or is it best to get the bus?",
  "Will it be online as well? I work evenings but would like to watch.",
 ]),
 ("Elections: polling card information", [
  "If I've lost my polling card can I still vote? And what photo ID counts?",
 ]),
 ("Cemeteries: Remembrance service at the war memorial", [
  "Thank you to the grounds team, the memorial garden looked beautiful on Sunday.",
 ]),
 ("Environmental health: free pest control for council tenants", [
  "Does this include wasps nests or just rats and mice?",
 ]),
 ("Scotland: Glenmorven Council — ferry timetable change", [
  "Does the 07:10 still connect with the Inverallt bus or will that change too? Thanks.",
 ]),
 ("Northern Ireland: Lisbrack District Council — leisure centre opens", [
  "Wee ones had a great time at the soft play, staff were dead on. Thanks!",
 ]),
 ("Council tax: single person discount review", [
  "I filled in the review form online yesterday, got a confirmation email. Do I need to do anything else?",
 ]),
 ("Schools: snow day closures", [
  "Thanks for the quick update, much easier than checking every school website.",
 ]),
],
"idiom": [
 ("Leisure: Christmas panto at the civic theatre", [
  "The dame absolutely killed it last night, we were crying laughing 😂",
  "Our Ffion died a death in the audience participation bit but she loved every minute",
  "That band slayed, knocked the whole room dead. Book them again!",
 ]),
 ("Events: food festival in the market square", [
  "I could murder one of those pulled pork rolls right now",
  "The brass band blew us away, what a set",
 ]),
 ("Planning: proposal to build on the rugby club pitch", [
  "Over my dead body will they build on that pitch. Three generations of us played there. Objection going in tonight.",
  "You're shooting yourselves in the foot selling off the only green space in the ward.",
 ]),
 ("Highways: new cycle lane on Albert Road", [
  "This junction is a death trap for cyclists, redesign it before the lane opens",
  "My husband will kill me if I don't get him one of those parking permits sorted before Friday 🙈",
 ]),
 ("Council: staff awards evening", [
  "The bin crews on our route are absolute killers, out in every weather and never miss a house. Give them the award.",
  "Cheryl on the library desk is a lifesaver, she sorted my bus pass in five minutes flat",
 ]),
 ("Council tax: payment deadlines", [
  "These price hikes are killing small businesses on the high street",
  "The hold music alone is enough to make you want to shoot yourself 😂 fix the phones please",
 ]),
 ("Parks: tree lighting ceremony", [
  "The kids went mad for the fireworks, absolutely bombed it down to the front to see",
 ]),
 ("Licensing: new market traders", [
  "The bakery stall is dangerously good. I'll be the size of a house by January",
 ]),
 ("Elections: count night", [
  "Whoever wins, the count staff deserve medals. They were run off their feet and still smashed it.",
  "That result was a massacre for the sitting party. Voters sent a message.",
 ]),
 ("Scotland: Glenmorven Council — Burns Night ceilidh", [
  "The fiddler was murdering it in the best way, couldnae stop dancing",
 ]),
 ("Schools: sports day photos", [
  "Year 6 relay team smashed the record. Go on Ysgol Glan Aber! 🔥",
 ]),
],
"place_names": [
 ("Highways: weekend road closures", [
  "Is the road through Penistone closed both directions or just towards Barnsley?",
  "Diversion from Chorlton-cum-Hardy is adding 20 mins to my commute, any end date?",
  "Resurfacing on the lane into Stow cum Quy finished early, thank you.",
  "Which way is the diversion for the Horton-cum-Studley road works?",
  "The back road past Brokenwind is flooded again at the dip, take it slow.",
 ]),
 ("Buses: timetable changes from January", [
  "Does the X4 still stop at Cockermouth main street or has it moved to the bus station?",
  "Any chance of a later bus from Scunthorpe to the villages on a Friday?",
  "Will the train replacement bus call at Cockfosters or only at Oakwood?",
 ]),
 ("Walking: winter walks guide", [
  "Did the walk from Great Cockup to Meal Fell last week, stunning in the frost.",
  "Loved the route through Wyre Piddle along the Avon. Muddy but worth it.",
  "Scratchy Bottom near Durdle Door is worth the detour for the view.",
  "Pishill to Russell's Water is a lovely loop in the autumn.",
 ]),
 ("Tourism: our county's hidden gems", [
  "Wetwang has a cracking little duck pond if you're passing through.",
  "Twatt on Orkney has the old airfield buildings, interesting bit of history.",
  "The church at Ugley is worth a visit, lovely churchyard.",
  "We stopped at Crackpot in Swaledale for a flask of tea, beautiful spot.",
  "Lickey End is handy for the Lickey Hills if you want a quieter car park.",
 ]),
 ("Planning: applications received this week", [
  "Is the application off Minge Lane in Upton the same one as last year?",
  "Does anyone know if the new houses at Bitchfield are going to be connected to mains gas?",
  "The post office in Clitheroe is moving, is there a planning notice for it?",
  "Saw the notice about the barn conversion in Cocking, when does consultation close?",
  "Is the footpath at Nob End by the old canal open again after the landslip?",
 ]),
 ("Waste: Highland collection day changes", [
  "Collections in Nigg moved to Thursday this week, just so folk know.",
 ]),
 ("Leisure: parkrun routes", [
  "The path through Fagley is really slippy at the moment, take care on the Sunday run.",
  "The riverside path along the Gaywood in King's Lynn is flooded again, run on the road side.",
  "Anyone walking up from Upperthong to Netherthong on Boxing Day?",
 ]),
],
"counter_speech": [
 ("Community: hate crime awareness week", [
  "Someone sprayed 'Pikeys out' on the wall by the Traveller site on Wern Road. Reported to police. That is not who this town is.",
  "My daughter was called a 'p*ki' on the school bus yesterday. School has been brilliant but please, talk to your kids.",
  "Seen a few comments on here blaming 'the Polish' for the fly-tipping. Stop it. It's lazy and it's racist.",
  "A man on the 17 bus told a woman in a headscarf to 'go back to the desert'. Three of us told him to get off. Report it if you see it.",
  "Leaflets saying 'no more mosques' were pushed through doors on Hollybank estate last night. Binned mine and reported them.",
  "Stickers with an anti-Jewish slogan have appeared on lamp posts near the synagogue. Council please remove them and photograph them for police first.",
  "I'm deaf and a bloke at the bus station mocked my signing and called me 'dumb'. Still happens in 2026. Report it.",
 ]),
 ("Community: Pride picnic in the park", [
  "To the person who shouted 'f*ggots' at the picnic from a car — we're still here, and there were more of us than last year.",
  "Really proud of our town for this. Ignore the idiots in the comments saying trans people are a 'danger'. They're not.",
  "Comments on the last post calling bi people 'greedy' and 'confused' are hateful. Please moderate them.",
 ]),
 ("Housing: asylum hotel update", [
  "People saying asylum seekers are 'invaders' and 'vermin' — that language is exactly what led to the riots. Call it out.",
  "Whoever wrote 'Sudanese scum' on the hotel sign, you don't speak for us. Volunteers are collecting winter coats on Saturday.",
 ]),
 ("Community: Holocaust Memorial Day event", [
  "Disgusted by the 'Jews control the council' post on the town's community group. Screenshot sent to the police hate crime unit.",
 ]),
 ("Northern Ireland: Lisbrack District Council — good relations programme", [
  "Whoever painted 'KAT' on the gable end at the top of the estate, we've reported it. Sectarian graffiti has no place here.",
  "'Taigs out' sprayed on a family's front door on Manor Drive. Neighbours scrubbed it off this morning. Proud of them.",
 ]),
 ("Schools: anti-bullying week", [
  "My son has Down's syndrome and kids in the park called him a 'mong'. We've talked to the school. Please teach your kids why that word hurts.",
  "A boy in my daughter's class keeps calling Sikh kids 'towelheads'. School's dealing with it but parents need to step up too.",
 ]),
 ("Community: Gypsy, Roma and Traveller History Month", [
  "Every year this post gets comments calling Travellers thieves. It's the same prejudice my nan faced in the 60s. Good on the council for marking it.",
 ]),
]}
