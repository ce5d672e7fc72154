from common import em, fb, xx

ROWS = [
em("complaint_and_request", "E", "2025-05-31", """This is the fourth time I have written. Nobody has replied to any of my emails about the damp in my flat, the surveyor who was supposed to come on 12 May never turned up and no one rang to say why. I am now asking for a copy of my full repairs history and every note on my tenancy file about the damp, because I no longer believe anything I'm told on the phone.

Nadia Haque
Flat 9, Corporation Buildings""", "Nadia Haque", "nadia.haque@example.com", address="Flat 9, Corporation Buildings", typ="SAR"),

em("complaint_and_request", "S", "2027-05-31", """I was spoken to like dirt by the man at the Kilmarnock recycling centre on Saturday - swore at me in front of my kids for putting a mattress in the wrong skip. I want it on record how unacceptable that was. There's a camera above the gate so I'd also like the footage of me and him at about 10.40am so you can see for yourselves, and so can I.

Alison Kerr""", "Alison Kerr", "alisonkerr.ayr@example.net", typ="SAR"),

em("complaint_and_request", "W", "2026-08-31", """Bore da. You have now lost my daughter's IDP paperwork twice - the originals I handed in at the Civic Centre in June and the copies I posted in July. Nobody can tell me where they are. I want copies of whatever you DO hold on her file and on me as her mother, and an explanation.

Sioned Rowlands
Tŷ Gwyn, Lôn Isaf, Llanrug""", "Sioned Rowlands", "sioned.rowlands@example.org", address="Tŷ Gwyn, Lôn Isaf, Llanrug", typ="SAR"),

fb("complaint_and_request", "N", "2026-10-31", """Three times now my assisted collection has been missed and the depot told me "you're not on the list". I AM on the list, I filled the form in myself in August after my hip op. I'm sick of ringing. Can you send me a copy of my form and whatever notes are on my account. Email me conor.fitzsimons.family@example.com (my son's, he helps me)""", "Grainne Fitzsimons", public=False, email="conor.fitzsimons.family@example.com", typ="SAR"),

em("complaint_and_request", "E", "2026-04-14", """Dear Council,
I've been charged £240 in court costs for a council tax summons even though I paid by direct debit every month. Your letter says I missed February - I didn't, my bank statement proves it. Two calls to your office, two promises of a call back, nothing. Please send me a full statement of my council tax account and any notes about me from those calls. And refund the costs.
Gavin Thorley""", "Gavin Thorley", "gthorley@example.net", typ="SAR"),

em("complaint_and_request", "S", "2025-09-19", """The support worker who visits my mum has been rude to her twice and last week told her she was "a waste of everyone's time". My mum is 87. This is disgraceful and I want it dealt with. I'd also like (this one's for me) copies of my own emails and call notes that are held on her case, because I was told I'd "been abusive" on the phone which I was not.
Morag Dunsmuir""", "Morag Dunsmuir", "morag.dunsmuir@example.com", typ="SAR"),

em("complaint_and_request", "N", "2025-06-23", """I reported the green scum on the pond in Drumbeg Park back in May, and again in early June. Dogs are still swimming in it. Nothing's been done and nobody replied. I'd like to see the results of any testing done on that water this year, and if none was done, say so.

Patrick Rafferty""", "Patrick Rafferty", "pat.rafferty@example.org", typ="EIR"),

em("complaint_and_request", "E", "2026-03-02", """Honestly fed up. The fly-tip on the lane behind Kestrel Way has been there since January. I've logged it online four times and each time it's "closed - resolved" when it plainly isn't, there's a fridge and about twenty bags. What records do you have of reports of dumping on that lane and what was done about each one?

Martin Cheeseman
14 Kestrel Way""", "Martin Cheeseman", "martin.cheeseman@example.com", address="14 Kestrel Way", typ="EIR"),

fb("complaint_and_request", "W", "2027-07-07", """The bin lorry has missed our street (Ffordd Pentre) 3 weeks running. 3!! every time I ring its 'it'll be picked up tomorrow' and it never is. Rats now. Id like to know how many missed collections have been logged for our area this year and what the recycling rate is for the round, because something is clearly broken. Gethin Price, 6 Ffordd Pentre, Ystradgynlais""", "Gethin Price", public=True, address="6 Ffordd Pentre, Ystradgynlais", typ="EIR"),

em("complaint_and_request", "S", "2026-08-12", """I've complained by phone about the smell from the anaerobic digester at the farm outside Turriff every week since June and nothing's changed, nobody from your environmental team has even come out. Send me copies of the odour monitoring and inspection reports you have for the site for 2026.
Douglas Ironside""", "Douglas Ironside", "dironside@example.net", typ="EIR"),

xx("complaint_and_request", "N", "2027-06-18", """@council 6 weeks & still no reply re the burning at the yard on the Moira Rd. every evening black smoke. what readings have yous taken there if any. useless""", "@moira_mum_of3", typ="EIR"),

em("complaint_and_request", "E", "2025-11-10", """Your planning department has lost my objection letter to application 25/01877/FUL. I hand-delivered it on 2 October and got a stamped receipt, but it's not on the portal and the officer's report says there were "no objections from neighbours". This isn't good enough. Separately, I would like to know how many hand-delivered letters the Civic Offices post room has recorded as mislaid or unscanned in 2025, and a copy of the post room's procedure for scanning hand-delivered post.

Valerie Sandbrook""", "Valerie Sandbrook", "v.sandbrook@example.com", typ="FOI"),

em("complaint_and_request", "W", "2025-12-10", """Dear Sir or Madam
I paid for a resident's parking permit online on 3 November. Money left my account. No permit. Two emails, no reply. A parking ticket on my car yesterday. I want a refund of the fine and the permit sent, and I also want to know how many permit applications have been delayed this autumn and what the council's target processing time is.
Hywel Bowen""", "Hywel Bowen", "hywel.bowen@example.net", typ="FOI"),

fb("complaint_and_request", "S", "2026-03-20", """Our school bus has been late or not turned up 8 times since Christmas and the kids are standing in the dark on the A96. The operator just shrugs. How much does the council pay the company for this route and what penalties are in the contract for not turning up? My email is k.cruickshank@example.com and I want an answer.""", "Kirsty Cruickshank", public=True, email="k.cruickshank@example.com", typ="FOI"),

em("complaint_and_request", "N", "2026-06-25", """I booked and paid for the function room at the community centre for my mother's 80th and arrived to find it double-booked with a zumba class. Staff were dismissive and the manager wouldn't come out of her office. I want my deposit back. I'd also like a copy of the booking policy and how many double bookings have been recorded at the centre this year.
Eamonn Quigley""", "Eamonn Quigley", "eamonn.quigley@example.org", typ="FOI"),

xx("complaint_and_request", "E", "2027-03-01", """@council been promised a callback about my disabled bay application 3 times since Jan. nobody ever rings. how many applications are waiting and what's the actual wait time? not holding my breath""", "@wheelsonthego_Bev", typ="FOI"),
]
