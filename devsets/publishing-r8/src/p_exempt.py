from common import d
P = "pre_election_exempt"
E = dict(pre=True)
DRAFTS = [
d(P, "C", "X", "Flood warning: the River Wensum Parva is expected to peak at 6pm. Sandbags available at Wrexley depot until 8pm. Do not drive through flood water.", "emergency information in the period", **E),
d(P, "C", "F", "Polling stations are open 7am to 10pm on Thursday. Your poll card tells you where to vote, but you don't need it to vote. Remember to bring photo ID.", "elections administration in the period", **E),
d(P, "S", "X", "Green bin collections are a day late this week due to the bank holiday. Put bins out by 7am.", "routine service information in the period", **E),
d(P, "C", "F", "The Statement of Persons Nominated for the Kelderton Borough Council election has been published on our website and at the Town Hall.", "statutory election notice in the period", **E),
d(P, "S", "I", "Library opening times over the spring holiday 📚 Closed Monday, open as usual from Tuesday. Renew online any time.", "routine opening hours in the period", **E),
d(P, "C", "X", "Gas leak on Castle Street: the road is closed between the bridge and the Co-op. Please avoid the area and follow the gas engineers' instructions.", "emergency road closure in the period", **E),
d(P, "C", "L", "We're recruiting poll clerks and count staff for the elections on 7 May. Paid roles, training provided. Apply by 10 April.", "election staffing in the period", **E),
d(P, "S", "F", "Planning: the Local Plan examination hearings begin on Tuesday. The inspector's timetable is on our website. This is a statutory stage.", "statutory planning notice in the period", **E),
d(P, "C", "X", "Last day to register to vote is midnight tonight. It only takes five minutes online", "voter registration deadline", **E),
d(P, "C", "F", "Postal votes: if you haven't received your postal vote pack by Tuesday, call the elections team on 01632 960 217.", "election administration for postal voters", **E),
d(P, "S", "X", "Gritters are out tonight on priority routes across the county. Temperatures down to -4°C. Take care on untreated roads.", "winter weather operational information", **E),
d(P, "C", "I", "Reminder: council tax direct debits move to the 15th from next month, as set out on your annual bill.", "routine council tax information", **E),
d(P, "C", "F", "Public health notice: a case of measles has been confirmed at Glenmorag Academy. Parents should check their children's MMR status with their GP.", "public health information in the period", **E),
d(P, "S", "F", "Environmental Health: Ballyclare Road Leisure Centre pool is closed today while we investigate a water quality issue. We'll update here.", "health-protection closure notice", **E),
d(P, "C", "X", "Verification and count for the Gwynant Ward by-election will take place at Plas Coch Leisure Centre from 10pm Thursday. Results will be posted here.", "count arrangements for an election", **E),
d(P, "C", "F", "Notice of Election: an election will be held for all 48 seats on Dunmere District Council. Nomination papers are available from the Electoral Services Office.", "statutory notice of election", **E),
d(P, "S", "I", "Registrars: the Register Office is open as normal over the election week. Births and deaths can still be registered by appointment.", "routine service availability", **E),
d(P, "C", "X", "Heads up: the fire at the Northgate recycling plant is under control but smoke is drifting towards Aberhafren. Keep windows and doors closed.", "emergency public safety message", **E),
d(P, "S", "F", "Schools: Tuesday's closure of Ysgol Bryn Eithin due to a heating failure continues tomorrow. Parents have been contacted directly.", "emergency school closure in the period", **E),
d(P, "C", "L", "Our statement of accounts for last year is published today for public inspection, as required by law. Inspection period runs 30 working days.", "statutory accounts notice", **E),
d(P, "C", "X", "Hysbysiad: Mae gorsafoedd pleidleisio ar agor o 7am tan 10pm ddydd Iau. / Polling stations are open 7am to 10pm on Thursday.", "bilingual polling day information", **E),
d(P, "S", "X", "Cemeteries: Lavender Hill cemetery gates will close at 4pm this week while the path is resurfaced. Sorry for the inconvenience.", "routine service notice", **E),
]
