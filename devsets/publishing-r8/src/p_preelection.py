from common import d
P = "pre_election"
E = dict(pre=True)
DRAFTS = [
d(P, "C", "F", "Cllr Marian Hughes, Cabinet Member for Environment, opened the new recycling centre at Tregarth today. 'This is what delivery looks like,' she said.", "features a cabinet member and her quote during the period", **E),
d(P, "C", "X", "Four years, 1,200 new council homes, zero increase in council tax. That's the record of this council. 🏡", "promotes the administration's record in the period", **E),
d(P, "C", "I", "Smiles all round at the Abbeymead community garden launch with Leader of the Council Cllr Tom Nkemelu and ward members 🌻", "photo post featuring the council leader during the period", **E),
d(P, "S", "F", "Highways: huge thanks to Cllr Aled Morgan, who fought hard for the Pentre bypass funding. This new road is down to him.", "credits a named councillor for a scheme during the period", **E),
d(P, "C", "L", "Strathmoran Council has today announced plans to close three branch libraries and build a new central hub. Consultation opens next week.", "controversial announcement launched inside the period", **E),
d(P, "C", "F", "We promised to fix your roads and we've delivered: 800 potholes fixed since last May. Promises made, promises kept. 💪", "campaign-style claim of delivery in the period", **E),
d(P, "S", "X", "Parks: new play area at Fernlea opens Saturday, secured by your local councillors Cllr Ruth Okafor and Cllr Dan Pike. Come along and say thanks!", "names and invites thanks to ward councillors in the period", **E),
d(P, "C", "X", "Cabinet approved a 10-year plan to sell off the town hall for redevelopment. Full details on our website.", "highly contentious decision publicised in the period", **E),
d(P, "C", "F", "Watch: the council leader's message on why the last four years have changed Dunmere for the better ▶️", "video promoting the leader's record in the period", **E),
d(P, "S", "I", "Cllr Shona Baird, convener of education, dropped into Kilbrannan Primary today to see our new breakfast club in action 🥣", "features a named councillor visit in the period", **E),
d(P, "C", "X", "Under this administration, Kelderton has gone from the bottom of the league table for recycling to the top ten. Proud of what we've achieved together.", "credits the administration for achievements in the period", **E),
d(P, "C", "L", "Interview with our Cabinet Member for Finance on why the council's prudent approach has protected frontline services. Read more on our blog.", "showcases a cabinet member's political message in the period", **E),
d(P, "S", "F", "Housing: the Ty Newydd estate regeneration is the flagship of the council's housing pledge. Cllr Gwen Pritchard said it was 'a promise fulfilled'.", "promotes a political pledge and quotes a councillor in the period", **E),
d(P, "C", "F", "Big decision: the council will consult on a new 20mph limit for every residential street. Tell us what you think.", "launches a controversial consultation in the period", **E),
d(P, "C", "I", "🎉 The new leisure centre is open! Leader Cllr Kieran Dunne cut the ribbon this morning with the mayor and cabinet members.", "ribbon-cutting post featuring the leader and cabinet in the period", **E),
d(P, "C", "X", "Cllr Walsh has worked tirelessly for the people of Ballymena Road. Thank you Brian for everything you've done.", "praise of an individual councillor in the period", **E),
d(P, "S", "L", "Economic Development: the council's growth strategy, championed by Deputy Leader Cllr Anita Verma, has brought 1,000 jobs to the borough.", "credits a named senior councillor in the period", **E),
d(P, "C", "F", "Don't forget: your council has frozen car parking charges for the fourth year running. That's a saving that matters. Keep it that way.", "administration-record message with a voting hint in the period", **E),
d(P, "C", "X", "The Mayor and ward councillor Cllr Iona MacLeod handed over keys to the first tenants at Glen Rowan Court today 🔑", "features councillors at a handover in the period", **E),
d(P, "S", "F", "Waste: fortnightly bin collections are coming, as agreed by cabinet. We know it's not popular but it's the right thing to do.", "publicises a contentious service change in the period", **E),
d(P, "C", "L", "Thank you to our outgoing council leader for twelve years of visionary leadership. Here's a look back at what she achieved 👇", "tribute piece promoting a leader's record in the period", **E),
d(P, "C", "I", "Meet your councillors! Every week until polling day we'll introduce one of our cabinet members and their achievements. First up: Cllr Joe Tait.", "planned series featuring councillors during the period", **E),
d(P, "C", "F", "Cllr Niamh Carey, who chairs the health scrutiny committee, has written to the health board demanding the maternity unit stays open. We're right behind her.", "council backs a named councillor's campaign in the period", **E),
]
