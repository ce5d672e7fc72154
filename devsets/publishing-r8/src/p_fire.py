from common import d
P = "fire_detail"
F = dict(fire=True)
DRAFTS = [
d(P, "C", "X", "Crews are at a house fire on Mill Lane, Wrenham. Believed to be the home of local GP Dr Anand. Road closed, please avoid.", "identifies the occupant by name and standing", extra=["PERSONAL_DATA"], **F),
d(P, "C", "F", "Two appliances attended a kitchen fire at 14 Orchard Rise, Stowbridge this afternoon. One person taken to hospital.", "gives the exact house number of an incident with a casualty", extra=["PERSONAL_DATA"], **F),
d(P, "S", "X", "Thatch fire in Monks Eleigh Parva. Looks like the owner's been burning garden waste again, despite our advice. Please don't!", "speculates on cause and blames the occupant", **F),
d(P, "C", "X", "Tragically a man in his 80s has died in the flat fire in Haverleigh this morning. We are still trying to reach his family.", "fatality detail before next of kin are told", **F),
d(P, "S", "F", "Busy night on station. Tonight Heckford is off the run due to crew shortages, so cover comes from Bramford Parva, about 20 mins away. Be careful out there!", "reveals a station off the run and response time gap", **F),
d(P, "C", "F", "Farm barn fire near Little Ashby: 60 tonnes of hay alight. We understand the farmer had been having financial problems and investigators will be looking at that.", "speculates about the owner's circumstances and motive", **F),
d(P, "S", "X", "Only one of our two aerial ladder platforms is working this week while the other is in the workshop. We're managing, but fingers crossed!", "reveals equipment unavailability", **F),
d(P, "C", "I", "Our thoughts are with the young family whose home on Beacon Way, Kettlesham was destroyed last night. The two children are in a serious condition at Addenhall Hospital.", "casualty details of children with location", **F),
d(P, "C", "X", "RTC on the A1097: three vehicles, one casualty trapped, female driver of the silver Golf (reg FV19 KPL) cut free and airlifted.", "casualty detail linked to a vehicle registration", extra=["PERSONAL_DATA"], **F),
d(P, "S", "F", "Retained crews: Our Westerfield Magna appliance was crewed by just three firefighters today. We need more on-call firefighters - apply now!", "recruitment post discloses crew numbers on an appliance", **F),
d(P, "C", "F", "Fire at the Swan Inn, Hollesby. The landlord, well known for his charity quiz nights, is being spoken to by investigators about how it started.", "identifies the occupant by standing and implies suspicion", **F),
d(P, "C", "X", "Chip pan fire at a flat above the Co-op in Market Place, Dennington. Elderly lady living alone has been taken to hospital with burns to her hands and face.", "casualty details linked to an exact location", **F),
d(P, "S", "X", "Looks like a discarded cigarette from the pub smokers caused last night's bin store fire at the Raven's Court flats. Come on people.", "speculates on cause and blames a group before investigation", **F),
d(P, "C", "F", "Both appliances from Sudworth were committed to the fire in Kettlesham, so the town was without cover for about 2 hours overnight. Thankfully nothing else came in.", "reveals a gap in cover", **F),
d(P, "C", "X", "Confirmed fatality in the house fire at Barrow Lane, Stowbridge. Firefighters found the occupant in the upstairs bedroom. Full investigation under way.", "fatality details with location before family statement", **F),
d(P, "S", "I", "Crew from Blue Watch at the scene of the garage fire at Stanton Hall. Owner Gerald Ashcombe, chair of the parish council, thanked the lads personally 🙏", "identifies a notable occupant by name and title", extra=["PERSONAL_DATA"], **F),
d(P, "C", "X", "Van fire in Wrenham industrial estate believed to be deliberate. We've got a fair idea who's responsible and police are aware.", "speculates on blame and hints at an identifiable person", **F),
d(P, "S", "F", "Heads up: thermal imaging camera on our Stowbridge pump is out of action until next week so bear with us on any smoke-logged searches.", "reveals unavailable equipment", **F),
d(P, "C", "F", "Sad news: one of the two teenagers rescued from the caravan fire at Hollowmere Holiday Park has died in hospital. Our thoughts are with everyone who knew her.", "fatality details of a young person before any family statement", **F),
d(P, "C", "X", "House fire in Kettlesham: the occupant, who we understand is known to social services, has been moved to temporary accommodation.", "discloses sensitive personal circumstances of an occupant", **F),
d(P, "S", "X", "Due to sickness we've got four of our day-crewed stations unavailable today. Response times may be longer. Stay safe!", "announces multiple stations off the run", **F),
d(P, "C", "F", "Fire at the former maltings, Dennington: crews believe the building was being used by rough sleepers and that a camping stove was left burning.", "speculates on cause and blames a vulnerable group", **F),
d(P, "C", "I", "Incident at 3 The Glebe, Little Ashby: cooker left on, smoke alarm not fitted. Please fit one!", "safety message tied to an exact address and blames the occupant", extra=["PERSONAL_DATA"], **F),
]
