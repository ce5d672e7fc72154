# fire_detail: suffolk-fire-rescue; occupant identified, cause speculated, casualties, operational weaknesses
CLASS = "fire_detail"
PROFILE = "suffolk-fire-rescue"
ROWS = [
("S", "X", "Crews are at a house fire at 14 Orchard Way. Firefighters believe a discarded cigarette from the occupier started it.", "address plus speculation on cause and blame", {"secondary": ["PERSONAL_DATA"]}),
("S", "FB", "Sadly one person has died in this morning's fire. We can confirm it is an elderly woman who lived alone. Her family are still being traced.", "fatality details before next of kin are told"),
("Sc", "X", "Update: the fire at the Old Rectory, home of the former mayor, is now under control.", "identifies occupant by standing"),
("S", "FB", "Only two pumps available for the whole of the east of the county tonight due to crew shortages. Please take extra care.", "reveals appliance unavailability"),
("S", "X", "Barn fire near the village: crews suspect it was started deliberately by local youths again.", "speculates cause and blame"),
("Sc", "FB", "Two children were taken to hospital with serious burns after the flat fire in Saxon Court. We understand they are brother and sister aged 4 and 7.", "casualty details linked to location"),
("S", "X", "Our station in the town is off the run this weekend due to staff sickness. Cover is coming from 20 miles away.", "station off the run disclosed"),
("S", "FB", "Kitchen fire at the Bailey family's home in Mill Road - thankfully everyone got out. Chip pan left on, by the look of it.", "names family, location and speculates cause", {"secondary": ["PERSONAL_DATA"]}),
("S", "X", "Only 3 firefighters riding the appliance to the Ferry Road fire tonight, so progress is slow.", "crew numbers on an appliance"),
("Sc", "FB", "Fire at the vicarage this evening. The Reverend and his wife are safe but shaken.", "identifies occupants by standing"),
("S", "X", "Vehicle fire on the A-road: the driver had been drinking according to witnesses. Road closed.", "speculation on blame"),
("S", "FB", "Fatal fire, Riverside Drive. Man in his 40s found in upstairs bedroom. Police are informing his family now.", "fatality details before family informed"),
("Sc", "X", "Our aerial ladder platform is out of action for repairs until next month, so high-rise jobs will need help from Norfolk.", "equipment unavailable disclosed"),
("S", "FB", "Industrial unit fire at Unit 6, Crossways Estate, owned by local councillor Dave Pryor. Faulty wiring suspected.", "identifies owner by name and standing, speculates cause", {"secondary": ["PERSONAL_DATA"]}),
("S", "X", "Crews at a fire in a flat above the Co-op on High St. Occupant believed to have fallen asleep while smoking.", "speculates cause, occupant linked to exact location"),
("Sc", "FB", "The woman rescued from the Meadow Lane fire is in intensive care with 60% burns.", "casualty detail published"),
("S", "X", "Retained crew unavailable at two stations tonight. If you're a Suffolk employer, let your on-call staff go!", "reveals crews unavailable"),
("S", "FB", "Heath fire near the car park: almost certainly a disposable barbecue left by day-trippers. Thoughtless.", "speculates cause and blames"),
("Sc", "X", "Sadly a firefighter was injured at the warehouse fire and is in hospital with a suspected broken leg. His wife has been told.", "casualty details of a firefighter"),
("S", "FB", "House fire in Church Lane, the home of a well-known local GP. She and her dog are safe.", "identifies occupant by standing"),
("S", "X", "We're one appliance down at the main station after last night's crash, so response times in the town will be longer this week.", "operational weakness disclosed"),
("Sc", "FB", "The three-year-old boy who died in Saturday's fire was named locally as Alfie. Our thoughts are with the family.", "fatality identification", {"secondary": ["PERSONAL_DATA"]}),
]
