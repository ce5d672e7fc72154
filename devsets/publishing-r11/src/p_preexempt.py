# pre_election_exempt: inside the period, emergency/statutory/elections/routine service info
CLASS = "pre_election_exempt"
PRE = True
ROWS = [
("C", "X", "Polling day is Thursday 7 May. Stations are open 7am to 10pm. Remember to bring photo ID.", "elections administration"),
("C", "FB", "Flood warning in place for the River Lee at Hollow Bridge. Sandbags available at the depot on Quay St until 8pm.", "emergency information"),
("Sc", "X", "Bin collections are running a day late this week because of the bank holiday.", "routine service information"),
("C", "FB", "Notice of election: nominations for the borough elections close at 4pm on 8 April. Details on our website.", "statutory notice"),
("Sc", "FB", "The register of electors closes at midnight on 20 April. Not registered? It takes five minutes online.", "elections administration"),
("C", "X", "Road closed: Carlton Way is shut both directions after a gas leak. Please avoid the area.", "emergency information"),
("C", "IG", "Postal vote packs are arriving this week 📬 Fill in and return as soon as you can - don't forget to sign and add your date of birth.", "elections administration"),
("Sc", "FB", "Swimming timetable change: the Tuesday lane session at Brook Leisure moves to 6.30pm from next week.", "routine service update"),
("C", "X", "The count for the county elections will take place at the Civic Hall from 10pm. Results will be posted here as declared.", "election count logistics"),
("C", "FB", "Public health alert: a measles case has been confirmed at a school in the borough. Check your child's MMR status with your GP.", "public health emergency"),
("Sc", "X", "Statement of persons nominated for each ward is now published at the town hall and on our elections page.", "statutory publication"),
("C", "FB", "Cold weather: warm spaces are open at all six libraries this week, 10am-4pm. Free hot drinks.", "urgent welfare info in the period"),
("Sc", "FB", "Planning committee on 16 April is cancelled; applications will be heard on 30 April instead. Agendas are on the website.", "routine meeting notice during period"),
]
