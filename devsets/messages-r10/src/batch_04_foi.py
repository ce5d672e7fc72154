from common import em, fb, xx

ROWS = [
em("foi", "E", "2025-01-06", """Dear Information Officer,

Please provide, for each of the financial years 2022/23, 2023/24 and 2024/25, the total amount the council spent on agency social workers and the number of agency social workers engaged at 31 March of each year.

Yours faithfully,
Margaret Ellison""", "Margaret Ellison", "m.ellison@example.org"),

em("foi", "S", "2025-04-01", """Hello, my grandmother Jessie Gillies died in 2019 and was buried in Craigmount cemetery. We're trying to find out who else is in the lair and when it was bought. Can you send me the lair records?
Thanks, Lewis Gillies""", "Lewis Gillies", "lewis.gillies@example.com"),

em("foi", "N", "2026-02-20", """I want to see my late father's file from when he was in the council-run day centre (he passed away last year). His name was Sean Devenney, he attended from 2016 to 2023. As his next of kin I'd like the care notes please.
Orla Devenney""", "Orla Devenney", "orla.devenney@example.net"),

em("foi", "W", "2025-02-05", """Under the Data Protection Act I am entitled to know how much the council's chief executive and directors were paid last year including bonuses, pension contributions and car allowances. Please provide this.
Mr Glyn Protheroe""", "Glyn Protheroe", "glyn.protheroe@example.com"),

em("foi", "E", "2025-06-20", """Hi, please can you tell me how many pothole compensation claims the council received in 2024, how many were paid, and the total paid out. Also the single largest payment.
Ta, Stuart Fenwick""", "Stuart Fenwick", "stuart.fenwick@example.net"),

fb("foi", "N", "2025-07-15", """Can I get a copy of the contract between the council and whoever runs the new leisure centre café? Want to see what the rent is. My email is dermot.keogh@example.org""", "Dermot Keogh", public=False, email="dermot.keogh@example.org"),

em("foi", "S", "2025-08-05", """Dear Sir or Madam
For each primary school in the council area, how many P1 placing requests were received for August 2025 entry, and how many were refused?
Catriona Marr""", "Catriona Marr", "catriona.marr@example.org"),

em("foi", "E", "2025-09-01", """I'd like copies of the expense claims submitted by councillors in the Ashworth ward for 2024/25 and any receipts attached.
Rohan Desai
Flat 3, 22 Station Parade""", "Rohan Desai", "rohan.desai@example.com", address="Flat 3, 22 Station Parade"),

xx("foi", "W", "2025-10-14", """@council please can you publish how much you spent on consultants for the town centre regeneration plan & who they were. Formal request. Reply to me at dafydd.hughes@example.net""", "@DafyddHughesCaerdydd", name="Dafydd Hughes", email="dafydd.hughes@example.net"),

em("foi", "N", "2025-11-10", """To whom it concerns,
How many houses in multiple occupation are licensed in the Holylands area, and how many applications were refused in the last 2 years?
Thanks
Lucy Hamill""", "Lucy Hamill", "lucy.hamill@example.com"),

em("foi", "E", "2025-12-10", """Please could you provide the total income from parking fines (PCNs) for each of your car parks and for on-street enforcement in 2024/25.
M. Baptiste
Marcus Baptiste""", "Marcus Baptiste", "marcus.baptiste@example.org"),

em("foi", "S", "2026-01-12", """Hi there,
My great uncle was a patient at a children's home run by the old county council in the 1950s (Balgay House). He died in 1998. Our family is researching his life. Do you hold any admission registers or records that mention him? His name was Robert Duthie.
Best wishes, Shona Duthie""", "Shona Duthie", "shona.duthie@example.com"),

em("foi", "W", "2026-02-20", """Annwyl Gyngor,
Faint o blant sydd ar y rhestr aros am le mewn ysgol cyfrwng Cymraeg yn y sir ar gyfer Medi 2026? Ac a oes cynlluniau i agor ysgol newydd?
Diolch,
Llinos Jenkins""", "Llinos Jenkins", "llinos.jenkins@example.net"),

em("foi", "E", "2026-03-09", """FOI
1. Number of staff employed in the council's communications team
2. Their total salary cost
3. Spend on paid social media advertising in 2025
Regards, Alan Whitcombe""", "Alan Whitcombe", "alan.whitcombe@example.com"),

fb("foi", "S", "2026-03-20", """I'm asking formally for the report that was presented to the Education Committee about closing Inverarnan Primary. Not the summary, the full one with the roll projections. Write to me at 3 Shore Road, Inverarnan.""", "Mhairi Buchanan", public=True, address="3 Shore Road, Inverarnan"),

em("foi", "N", "2026-04-20", """Hello
I'd like to request the numbers of dog licences issued and the number of stray dogs seized by your dog wardens in 2024 and 2025, plus how many were put to sleep.
Thanks
Niamh Curran""", "Niamh Curran", "niamh.curran@example.org"),

xx("foi", "E", "2026-05-05", """@council formal FOI: how many staff did you dismiss for misuse of social media 2020-2025? please respond publicly""", "@TransparencyNow_UK"),

em("foi", "S", "2026-06-01", """Please send me the minutes of the community council meetings you hold for Tain from 2023 to date, and the amount of council grant paid to the community council each year.
Kenneth Munro""", "Kenneth Munro", "kenneth.munro@example.com"),

em("foi", "E", "2026-06-29", """Dear Council,
My mother died at Oakfield Lodge care home in March. I would like a copy of the council's most recent inspection/monitoring visit reports for the home and any safeguarding concerns recorded about the home (not about her personally) in the last 3 years.
Paul Sturridge""", "Paul Sturridge", "paul.sturridge@example.net"),

em("foi", "W", "2026-07-10", """Good afternoon,
How many taxi and private hire licences are currently held in the county, broken down by vehicle type, and how many drivers have had their licences revoked since 2023?
Regards
Tomos Rees""", "Tomos Rees", "tomos.rees@example.org"),

fb("foi", "N", "2026-08-05", """How much did the council spend on the Christmas lights in Enniskillen last year? and was that the whole cost or just the switch-on? (I'm asking as a proper request, not just moaning)""", "Bronagh Maguire", public=True),

em("foi", "S", "2026-08-12", """I am requesting a list of all properties owned by the council in Dumfries town centre that are currently empty, and how long each has been empty.
Andrew Kinnaird
Kinnaird & Co Lettings""", "Andrew Kinnaird", "andrew@kinnaird-lettings.example.com"),

em("foi", "E", "2026-09-14", """Hello, this is for a local history project. I'd like the election results (votes per candidate and turnout) for every ward in the 1995 district council elections, if you still hold them.
Philippa Grange""", "Philippa Grange", "philippa.grange@example.org"),

em("foi", "N", "2026-10-05", """Dear Sir/Madam, please can you provide a copy of the council's current pest control contract and the number of call-outs for rats in council housing in 2025.
Yours, Martin Hegarty""", "Martin Hegarty", "martin.hegarty@example.com"),

em("foi", "W", "2026-11-02", """Please provide the number of pupils excluded (fixed term and permanent) from secondary schools in the authority in 2024/25, by school.
Kate Ll. Pugh""", "Kate Pugh", "kate.pugh@example.net"),

em("foi", "E", "2026-12-09", """Hi,
Can you send me copies of the tender documents and the winning bid score sheet for the school meals contract awarded in 2026?
Many thanks,
Oliver Nnamdi""", "Oliver Nnamdi", "oliver.nnamdi@example.com"),

em("foi", "S", "2027-01-11", """Under the Freedom of Information (Scotland) Act, I request the total amount spent by the council on legal fees in the dispute with Tarbet Marine Ltd, and the number of external counsel instructed.
Calum MacPhail""", "Calum MacPhail", "calum.macphail@example.org"),

xx("foi", "N", "2027-02-15", """@council FOI pls - how many of your staff earn over £80k? broken down by dept. ta""", "@Craigavon_Watch", public=True),

em("foi", "E", "2027-03-15", """Dear Information Governance Team,
My brother Kevin Lofthouse died in January. He was a council tenant. I need to see the notes about his tenancy, particularly whether any welfare checks were done in December. I am his executor.
Yvonne Lofthouse""", "Yvonne Lofthouse", "yvonne.lofthouse@example.com"),

em("foi", "W", "2027-04-19", """Can the council tell me how many people are currently on the housing waiting list in the Llandrindod area, broken down by bedroom need, and how many lets were made last year?
Ceri Watkins""", "Ceri Watkins", "ceri.watkins@example.org"),

fb("foi", "S", "2027-05-10", """I'd like to know how much the council paid for the new signs at the entrance to Peebles and who the supplier was. Formal request please. Email fraser.lauder@example.net""", "Fraser Lauder", public=False, email="fraser.lauder@example.net"),

em("foi", "N", "2027-06-18", """Hello, I'd like a breakdown of what the council spent on the bonfire diversion scheme and summer community events in July 2026, by event and by organisation funded.
Adrian Boyd""", "Adrian Boyd", "adrian.boyd@example.com"),

em("foi", "E", "2027-07-08", """Please provide a copy of the council's social media policy and any guidance given to councillors on using social media, and the number of complaints made to the Monitoring Officer about councillors' social media posts since May 2023.
Rachel Levene""", "Rachel Levene", "rachel.levene@example.net"),

em("foi", "S", "2027-08-10", """Hello,
How many children in the council area were waiting for an assessment from the educational psychology service at 30 June 2027, and what is the average wait in weeks?
Anna Stewart""", "Anna Stewart", "anna.stewart@example.com"),

xx("foi", "W", "2027-09-06", """@council request: number of reported assaults on your refuse crews since 2024 + what body cams you've bought for them. email ianto.morris@example.org""", "@ianto_m", name="Ianto Morris", email="ianto.morris@example.org"),

em("foi", "N", "2027-10-11", """Dear Sir or Madam,
Please provide the names of the companies that have been paid more than £100,000 by the council in the 2026/27 financial year and the amounts.
Kind regards
Declan Ferris""", "Declan Ferris", "declan.ferris@example.org"),

em("foi", "E", "2027-11-05", """hi can i get the figures for how many people used each library branch in 2026 (visits & loans) - the ones you're consulting on closing. for the campaign group. thank you! - Sadie Okafor""", "Sadie Okafor", "sadie.okafor@example.com"),

em("foi", "S", "2027-11-29", """Request for information: the number of Blue Badge applications received and refused in 2026, and the number of Blue Badges cancelled for misuse.
Gordon Wylie""", "Gordon Wylie", "gordon.wylie@example.net"),

fb("foi", "W", "2025-05-27", """I'd like a copy of the risk assessment the council did before closing the footbridge at Pont Ddu. Please treat as formal request. Address: 14 Glan yr Afon, Llanfair""", "Huw Edmunds", public=True, address="14 Glan yr Afon, Llanfair"),

em("foi", "N", "2025-12-29", """Dear Council, please can you send the attendance records of each councillor at full council and committee meetings in 2025.
Fionnuala Byrne""", "Fionnuala Byrne", "fionnuala.byrne@example.org"),
]
