from common import d
def px(text, acct, plat, trig, fire=False, role=None):
    return d("pre_election_exempt", text, acct, plat, trig, pre=True, fire=fire, role=role)

DRAFTS = [
    px("Flood warning: the Environment Agency has issued a warning for the River Lowe at Ashby Bridge. Sandbags available at the depot on Mill Road from 2pm.", "C", "X", "emergency information in the period"),
    px("Polling stations are open today from 7am to 10pm. Remember to bring photo ID. Find your polling station on our website.", "C", "F", "election administration in the period"),
    px("Garden waste collections restart on Monday 6 April. Green bins out by 7am please.", "S", "F", "routine service information"),
    px("The Statement of Persons Nominated for the Dunmore ward election has been published and can be viewed at the Town Hall.", "S", "X", "statutory notice"),
    px("Due to the Easter bank holiday, all bin collections will be a day later next week.", "S", "F", "routine service change"),
    px("Road closure: Kingsway will be closed overnight from 8pm Tuesday for resurfacing. Diversions signed.", "S", "X", "routine highways notice"),
    px("Your council tax bills for 2027/28 are on their way. Set up a direct debit online to spread the cost.", "C", "F", "statutory billing information"),
    px("Boil water notice lifted for properties in Fenwick. Thanks for your patience over the weekend.", "C", "X", "public health information"),
    px("Heat health alert: check on elderly neighbours, keep curtains closed in the day and drink plenty of water ☀️", "C", "I", "public health advice"),
    px("Our libraries will be closed on polling day where they are used as polling stations: Hatfield, Northgate and Bay Road.", "S", "F", "service information linked to elections administration"),
    px("Count staff: thank you for a long night. All results for the county are now on our website.", "C", "X", "results published, no councillor featured"),
    px("Gas leak in Carr Street: residents in numbers 1-30 have been evacuated to the leisure centre as a precaution. Updates to follow.", "C", "F", "emergency information"),
    px("Grass fire safety: with dry weather forecast, please don't use disposable barbecues in the country parks this weekend.", "C", "X", "fire safety in the period", fire=True),
    px("Recruitment: Social Worker (Children's Services), full-time, Band 9. Closing date 30 April.", "C", "L", "routine job advert in the period"),
    px("Reminder: the deadline to apply for a postal vote is 5pm on 16 April.", "C", "X", "electoral deadline"),
    px("Storm Imogen: fallen trees are blocking several rural roads. Report them on 0161 496 0211 and please don't travel unless you must.", "S", "F", "emergency weather information"),
    px("Register of Electors corrections: if your name's spelled wrong on your poll card, ring Electoral Services today.", "S", "F", "electoral register administration"),
    px("Missed bin? Report it online by the end of the next working day and we'll come back.", "S", "X", "routine service information"),
    px("Public notice: the council's draft statement of accounts is available for inspection from 1 June for 30 working days.", "C", "L", "statutory publication"),
    px("Half-term activities at the leisure centres: swim sessions, trampolining and soft play. Book online 🏊", "S", "I", "routine service promotion without councillors", role="COMMS_TEAM"),
    px("Wildfire on Hareby Common: crews are working to contain it. Keep away and keep doors and windows shut if smoke reaches you.", "C", "X", "fire emergency information in the period", fire=True),
    px("Local election results for all 48 seats will be announced from the count at the Civic Centre on Friday. Live updates on our website from 10am.", "C", "F", "election results administration"),
]
