from common import R

# ---------------- name_natural ----------------
N = "name_natural"
R("d", "C", N, "A huge thank you to Derek Fairweather, who has cleared the leaves from the churchyard path every Sunday for eleven years.",
  p=[("PERSON_NAME", "Derek Fairweather")])
R("d", "S", N, "Found at the bottle bank in Crewkerne: a wallet belonging to Imran Siddiqui. It's at reception, bring ID to collect.",
  p=[("PERSON_NAME", "Imran Siddiqui")])
R("d", "C", N, "Happy 100th birthday to Edna Pugh of Abergele, who celebrated with a visit from the town mayor and a cake shaped like a hen!",
  p=[("PERSON_NAME", "Edna Pugh")])
R("d", "S", N, "Shout out to our litter-pick volunteers this month: Kath Lomax, Tunde Adeyemi, Fiona and Rob Greaves, and Les Hartley.",
  p=[("PERSON_NAME", "Kath Lomax"), ("PERSON_NAME", "Tunde Adeyemi"), ("PERSON_NAME", "Fiona"), ("PERSON_NAME", "Rob Greaves"), ("PERSON_NAME", "Les Hartley")])
R("r", "S", N, "Hi Bronwen, sorry the collection was missed. The crew will be back out tomorrow morning.",
  p=[("PERSON_NAME", "Bronwen")])
R("d", "C", N, "Congratulations to Shirley and Alan Threlfall from Garstang, married 65 years this week. They met at the Winter Gardens in 1959!",
  p=[("PERSON_NAME", "Shirley"), ("PERSON_NAME", "Alan Threlfall")])
R("c", "C", N, "Lost: a gold charm bracelet somewhere between the Co-op and the bus station, sentimental value. It was my late mum's, Patricia Hennessy, and has her initials on it.",
  p=[("PERSON_NAME", "Patricia Hennessy")])
R("d", "S", N, "Residents' champion award goes to Gurdeep Sandhu, who set up the repair café in Hounslow West and has fixed over 400 toasters!",
  p=[("PERSON_NAME", "Gurdeep Sandhu")])
R("r", "C", N, "Thanks Marcus, glad the new crossing is making a difference.",
  p=[("PERSON_NAME", "Marcus")])
R("d", "K", N, "Popped in to see Olwen Beynon in Cwmann this afternoon, 92 and still running the village book swap from her porch.",
  p=[("PERSON_NAME", "Olwen Beynon")])
R("c", "S", N, "Massive thanks to the lad who helped my dad Stanley Ormerod when he fell outside the post office yesterday. If anyone knows him, please pass it on.",
  p=[("PERSON_NAME", "Stanley Ormerod")])
R("d", "C", N, "Meet Agnieszka Nowak, one of the carers who kept our home care service going through the snow last winter.",
  p=[("PERSON_NAME", "Agnieszka Nowak")])
R("d", "S", N, "Handed in at the leisure centre: a black rucksack with a name label, Ciaran Brady, and a season ticket. Collect from reception.",
  p=[("PERSON_NAME", "Ciaran Brady")])
R("r", "S", N, "Morning Joyce, we've passed your comments on to the library manager. Thanks for taking the time.",
  p=[("PERSON_NAME", "Joyce")])
R("d", "C", N, "Well done to Callum Rennie of Hawick, who swam the length of Loch Ness for the hospice appeal and raised £6,200.",
  p=[("PERSON_NAME", "Callum Rennie")])
R("c", "C", N, "Does anyone know Hywel Prosser from Llanfyllin? Found his medal in a charity shop box, would love to get it back to his family.",
  p=[("PERSON_NAME", "Hywel Prosser")])
R("d", "S", N, "Our winter warmth packs were delivered by volunteers including Sandra Okoro and her husband Felix.",
  p=[("PERSON_NAME", "Sandra Okoro"), ("PERSON_NAME", "Felix")])
R("r", "C", N, "Hi Siobhan and Declan, thank you both for the kind words about the bereavement team.",
  p=[("PERSON_NAME", "Siobhan"), ("PERSON_NAME", "Declan")])
R("d", "C", N, "Tonight's carol concert is dedicated to the memory of Eileen Mather, who sang in the town choir for half a century.",
  p=[("PERSON_NAME", "Eileen Mather")])
R("c", "S", N, "My neighbour Grzegorz has been shovelling snow off the whole row's paths every morning, he deserves a mention.",
  p=[("PERSON_NAME", "Grzegorz")])
R("d", "S", "clean", "Blue Plaque nomination received for Ada Entwistle, the mill girl turned suffragist from Darwen. Consultation open until March.",
  p=[])
R("d", "S", N, "Keys found on a red lanyard in Abbey Park with a gym fob for Lewis Gallacher. Handed in to the park café.",
  p=[("PERSON_NAME", "Lewis Gallacher")])
R("r", "S", N, "Thanks Priyanka, we've updated the opening times on the website now.",
  p=[("PERSON_NAME", "Priyanka")])
R("d", "C", N, "A fond farewell to Brian Tasker, who has walked his neighbour's dogs to the vet's free of charge for years. Enjoy the Algarve, Brian!",
  p=[("PERSON_NAME", "Brian Tasker"), ("PERSON_NAME", "Brian")])
R("c", "C", N, "Thank you Noreen Gallagher at number 40 for taking in my parcel and my cat when I was stuck in hospital!",
  p=[("PERSON_NAME", "Noreen Gallagher")])
R("d", "K", N, "Delighted that Rhiannon Evans from Pontarddulais won the county's young farmer award — the first woman from the valley to do so.",
  p=[("PERSON_NAME", "Rhiannon Evans")])
R("d", "S", N, "Mairead and Tomás Ó Ceallaigh have planted 300 native trees on their smallholding with a council grant. Inspiring stuff!",
  p=[("PERSON_NAME", "Mairead"), ("PERSON_NAME", "Tomás Ó Ceallaigh")])
R("r", "C", N, "Dear Ms Achterberg, thank you for your patience while we looked into the bus pass issue.",
  p=[("PERSON_NAME", "Ms Achterberg")])
R("c", "S", N, "Found a prescription bag on the bench by the duck pond, name on it is Vera Kowalczyk. Left it with the pharmacy across the road.",
  p=[("PERSON_NAME", "Vera Kowalczyk")])
R("d", "C", N, "Our Volunteer of the Year shortlist: Kwame Asante, Heather Dunlop, and the brothers Iain and Ruaridh MacLeod.",
  p=[("PERSON_NAME", "Kwame Asante"), ("PERSON_NAME", "Heather Dunlop"), ("PERSON_NAME", "Iain"), ("PERSON_NAME", "Ruaridh MacLeod")])
R("d", "S", N, "Taing mhòr do Sheumas MacAulay à Siabost, a chuidich le bhith a' glanadh na tràighe Disathairne.",
  p=[("PERSON_NAME", "Sheumas MacAulay")])
R("r", "S", N, "Hiya Gemma, the textile bank at the Tesco car park takes shoes too, tied in pairs please.",
  p=[("PERSON_NAME", "Gemma")])
R("c", "C", N, "Shoutout to Ahmed who runs the corner shop by the station, gave free bread to anyone struggling last week. Ahmed Karim, absolute legend.",
  p=[("PERSON_NAME", "Ahmed"), ("PERSON_NAME", "Ahmed Karim")])
R("d", "C", N, "Diolch i Gwilym ac Eirlys Jenkins o Fethesda am agor eu gardd i'r cyhoedd er budd yr elusen leol.",
  p=[("PERSON_NAME", "Gwilym"), ("PERSON_NAME", "Eirlys Jenkins")])
R("d", "S", N, "Dog found wandering in Ashton Park, wearing a tag that says Bramble, owner Ruth Haverstock. Now at the kennels on Moor Lane.",
  p=[("PERSON_NAME", "Ruth Haverstock")])
R("r", "C", N, "Thank you Mr and Mrs Okonkwo for coming to the consultation event, your points about lighting were really useful.",
  p=[("PERSON_NAME", "Mr and Mrs Okonkwo")])
R("c", "S", N, "Waiting since August for someone to collect the sofa. Booked under Lorraine Pickering if anyone from the team reads this.",
  p=[("PERSON_NAME", "Lorraine Pickering")])
R("d", "C", N, "Leo Fanshawe, who has lived in Ilfracombe all his 101 years, is the guest of honour at the lifeboat station's open day.",
  p=[("PERSON_NAME", "Leo Fanshawe")])
R("r", "S", N, "Hi Dermot, yes the garden waste permit can be transferred to your new property. Just drop us a private message.",
  p=[("PERSON_NAME", "Dermot")])
R("d", "S", N, "Ysbryd y Nadolig: thanks to Mererid Huws and Owain Pritchard-Lloyd for collecting 60 hampers for the food bank.",
  p=[("PERSON_NAME", "Mererid Huws"), ("PERSON_NAME", "Owain Pritchard-Lloyd")])
R("c", "C", N, "Seen a small tabby on Brackley Rise, collar tag says call Ken? No number. Anyone know a Ken Whitlow on that estate?",
  p=[("PERSON_NAME", "Ken"), ("PERSON_NAME", "Ken Whitlow")])

# ---------------- address_uncommon ----------------
A = "address_uncommon"
R("c", "S", A, "Still no recycling collected at 6 The Spinney, Upton. Third time this month.",
  p=[("STREET_ADDRESS", "6 The Spinney")])
R("r", "S", A, "Hi Huw, sorry the drain at Bryn Awel, Llanddewi Brefi has backed up again. Dŵr Cymru are sending a jetting crew this afternoon.",
  p=[("PERSON_NAME", "Huw"), ("STREET_ADDRESS", "Bryn Awel, Llanddewi Brefi")], case=True)
R("r", "S", A, "Thanks for your patience. A lockable lid for the bin at 14 Greenacres is on order and the crew will fit it next collection.",
  p=[("STREET_ADDRESS", "14 Greenacres")], case=True)
R("c", "C", A, "Bin men left our gate open at 2 Heol y Felin and the dog got out. Please be more careful.",
  p=[("STREET_ADDRESS", "2 Heol y Felin")])
R("r", "C", A, "Hi, we've contacted the factor for Flat 3/2, 118 Dumbarton Road about the hot water and asked them to update you today.",
  p=[("STREET_ADDRESS", "Flat 3/2, 118 Dumbarton Road")], case=True)
R("d", "K", A, "Visited The Old Forge, Little Snoring, today — no post or bin collections since the flood. I've raised it with officers and Royal Mail.",
  p=[("STREET_ADDRESS", "The Old Forge, Little Snoring")], case=True)
R("c", "S", A, "Crews missed 9 Maes yr Ysgol again!",
  p=[("STREET_ADDRESS", "9 Maes yr Ysgol")])
R("r", "S", A, "Hi, the fence repair at 27 Kingfishers is with our housing contractor and booked for Monday.",
  p=[("STREET_ADDRESS", "27 Kingfishers")], case=True)
R("r", "C", A, "Sorry to hear about the leak at Apartment 14, Wheatsheaf Mill. Your housing association's out-of-hours line is on the back of your tenancy book; we've also alerted them.",
  p=[("STREET_ADDRESS", "Apartment 14, Wheatsheaf Mill")], case=True)
R("r", "S", A, "Tha sinn duilich. The fly-tip outside 3 Rathad na Mara, Tolastadh will be cleared by Thursday.",
  p=[("STREET_ADDRESS", "3 Rathad na Mara, Tolastadh")], case=True)
R("r", "C", A, "Hi, we've swapped the bin order for 1 Orchard Rise, Tarvin to a 240 litre. Apologies for the mix-up.",
  p=[("STREET_ADDRESS", "1 Orchard Rise")], case=True)
R("c", "S", A, "Please can someone look at the streetlight outside Hafod, Cwm Cou, it flickers all night and keeps the kids awake.",
  p=[("STREET_ADDRESS", "Hafod, Cwm Cou")])
R("r", "S", A, "Hello, the post for 11 The Crescent, Flat B is a Royal Mail matter, but we've corrected the flat lettering on our records.",
  p=[("STREET_ADDRESS", "11 The Crescent, Flat B")], case=True)
R("c", "C", A, "Rats in the communal bin store at 2F2, 31 Easter Road. Landlord won't act.",
  p=[("STREET_ADDRESS", "2F2, 31 Easter Road")])
R("r", "S", A, "Diolch, a new green box is on its way to Tŷ Nant, Pentrefoelas.",
  p=[("STREET_ADDRESS", "Tŷ Nant, Pentrefoelas")], case=True)
R("r", "C", A, "Thanks, the gully outside 44 Pentland View is on tonight's emergency list.",
  p=[("STREET_ADDRESS", "44 Pentland View")], case=True)
R("c", "S", A, "Been waiting two years for a dropped kerb at 5 Ael y Bryn.",
  p=[("STREET_ADDRESS", "5 Ael y Bryn")])
R("d", "K", A, "Chasing the flood grant for Windrush, Church Knowle, where Mr and Mrs Bellamy have been out of their bungalow since October.",
  p=[("STREET_ADDRESS", "Windrush, Church Knowle"), ("PERSON_NAME", "Mr and Mrs Bellamy")], case=True)
R("c", "S", A, "Brown bin not emptied at 19 Meadowsweet, it's been out since 6am.",
  p=[("STREET_ADDRESS", "19 Meadowsweet")])
R("r", "C", A, "Hi, a tree surgeon will inspect the leaning tree at 7 Cnoc an t-Sìthein tomorrow morning.",
  p=[("STREET_ADDRESS", "7 Cnoc an t-Sìthein")], case=True)
R("r", "S", A, "Thanks for letting us know. We've arranged for the missed food caddy at Honeysuckle Cottage, Nether Wallop to be collected tomorrow.",
  p=[("STREET_ADDRESS", "Honeysuckle Cottage, Nether Wallop")], case=True)
R("r", "S", A, "Hi, the repair team will attend 4 Llys Derwen on Thursday between 8 and 1 to look at the boiler.",
  p=[("STREET_ADDRESS", "4 Llys Derwen")], case=True)
R("r", "C", A, "Sorry about this. Flat 0/1, 62 Paisley Road West is now on the list for the emergency heating repair.",
  p=[("STREET_ADDRESS", "Flat 0/1, 62 Paisley Road West")], case=True)
R("c", "S", A, "Number 16 The Glebe has had scaffolding up for a year without a licence. Is that allowed?",
  p=[("STREET_ADDRESS", "16 The Glebe")])
R("r", "C", A, "Hi Elin, we'll add the track up to Pen y Graig Farm, Llanwrin to the secondary gritting route this week.",
  p=[("PERSON_NAME", "Elin"), ("STREET_ADDRESS", "Pen y Graig Farm, Llanwrin")], case=True)
R("c", "S", A, "Collection calendar not delivered to 22 Copperfields or anyone else on the estate.",
  p=[("STREET_ADDRESS", "22 Copperfields")])
R("r", "C", A, "Hello, the scaffolding licence next to Basement Flat, 8 Royal Crescent requires light to be maintained. An officer will visit you on Tuesday.",
  p=[("STREET_ADDRESS", "Basement Flat, 8 Royal Crescent")], case=True)
R("r", "S", A, "Hi Coinneach, the bulky collection from 3 Bruach na h-Aibhne is rebooked for Friday. Sorry about the soggy sofa!",
  p=[("PERSON_NAME", "Coinneach"), ("STREET_ADDRESS", "3 Bruach na h-Aibhne")], case=True)
R("d", "K", A, "Four households at Rhosgoch Uchaf, Aberhafesp still have no broadband. I've written to Openreach again.",
  p=[("STREET_ADDRESS", "Rhosgoch Uchaf, Aberhafesp")])
R("c", "S", A, "Glass box missed at 12a Belvedere, Bath. Can someone come back?",
  p=[("STREET_ADDRESS", "12a Belvedere")])
R("r", "S", A, "Hi, we've asked the contractor to reinstate the verge outside The Haven, 2 Riverside Mews by Friday.",
  p=[("STREET_ADDRESS", "The Haven, 2 Riverside Mews")], case=True)
R("r", "C", A, "Hello, flooding at Plot 17, Seaview Park is the site owner's responsibility, but our caravan site licensing officer will visit you this week.",
  p=[("STREET_ADDRESS", "Plot 17, Seaview Park")], case=True)
