from common import d
I = ["INCIDENT_DETAIL"]
IP = ["INCIDENT_DETAIL", "PERSONAL_DATA"]
def fd(text, acct, plat, trig, exp=None, pre=False):
    return d("fire_detail", text, acct, plat, trig, exp or I, pre=pre, fire=True)

DRAFTS = [
    fd("Crews attended a kitchen fire at 14 Orwell Rise, Branthorpe Green this afternoon. Thankfully no one was hurt.", "C", "X", "gives the exact house number of the incident", IP),
    fd("Sad news from Little Wennock St Mary: the fire at the old rectory was at the home of Rev. Alan Tulley, the village vicar.", "C", "F", "identifies the occupant by name and standing", IP),
    fd("Only one appliance available in the whole of the north of the county tonight due to crew shortages. Please take extra care.", "C", "X", "reveals operational weakness (appliance availability)"),
    fd("Hedingfield Cross station is off the run until Monday as we can't crew it. Cover is coming from Stowfield.", "S", "F", "discloses a station off the run"),
    fd("Early signs are that the blaze at the Ferndale workshop was started deliberately, possibly by a disgruntled former employee.", "C", "X", "speculates on cause and blame"),
    fd("RTC on the A1120 this morning: two people confirmed dead at the scene, a man in his 60s and a teenage girl.", "C", "F", "fatality details before formal identification"),
    fd("Firefighters rescued a woman from a first-floor flat at Quayside Court this evening. She is believed to be the daughter of the local GP.", "S", "F", "links the casualty to an identifiable person", IP),
    fd("Our Holsby crew is down to 3 riders today so we can't send them to anything but the most serious calls.", "S", "X", "crew numbers per appliance and limited response"),
    fd("Looks like an e-bike left charging overnight by the lad in flat 6 is to blame for the Marlow House fire. Please, people, be careful!", "C", "F", "speculative blame on an identified occupant", IP),
    fd("Car fire on the Cobbold Road retail park – the vehicle, reg AB12 CDE, was well alight when crews arrived.", "C", "X", "publishes a vehicle registration", IP),
    fd("Our aerial ladder platform is out of service for repairs this week, so high-rise cover is reduced across the east.", "S", "L", "equipment out of service revealed publicly"),
    fd("The man pulled from the house fire in Brook St has sadly died. He lived alone and was well known at the Red Lion.", "C", "F", "fatality and identifying detail before formal ID"),
    fd("Barn fire at Home Farm, Semmerton Ash: owner Mr Gordon Pryke says he's devastated. Investigation ongoing.", "C", "F", "names the property owner in an incident post", IP),
    fd("Sorry for the delay to the Claymoor Heath call, both on-call pumps there were unavailable and the next nearest was 20 mins away.", "S", "X", "explains uncrewed appliances publicly"),
    fd("Casualty from this morning's crash near Bildwell suffered serious head injuries and is in a critical condition at the county hospital.", "C", "X", "casualty injury details"),
    fd("Chip pan left unattended again, by the look of it. The occupant of the terraced house on Mill Row really should have known better.", "C", "F", "blames the occupant and locates the property"),
    fd("Thatched cottage fire update: the owners, a retired couple who run the village shop, are staying with relatives.", "S", "F", "identifies occupants by standing in the community"),
    fd("Just FYI we've only got 11 of our 22 stations crewed for daytime cover this week because of training and sickness.", "S", "X", "operational weakness across the service"),
    fd("Three children among the injured at the Wickford Mere Road bus fire, one aged 8 with burns to her arms.", "C", "F", "casualty details about children"),
    fd("Incident at the scrapyard on Ransome Way: we suspect the owner was burning cables illegally again, not for the first time.", "C", "X", "speculation on cause and owner's wrongdoing"),
    fd("Body found in the burnt-out caravan at Sandy Lane is thought to be that of the man who has lived there for years.", "C", "F", "fatality detail and presumed identity before formal identification"),
    fd("Water rescue team isn't available today as the boat's in for servicing – please stay off the ice on the Debbingham meres!", "S", "I", "reveals specialist capability unavailable"),
    fd("Crews at the industrial unit fire on Anglia Park. Strong rumour is the owners were in financial trouble 🔥🤔", "C", "X", "speculates on a financial motive"),
]
