from common import em, fb, xx

ROWS = [
em("eir", "W", "2025-06-20", """Dear Sir/Madam,

Could you please send me the bathing water sample results for Traeth Morfa for the 2024 and 2025 seasons so far, and tell me whether any of the samples failed. We swim there most mornings.

Diolch,
Meinir Lloyd-Evans""", "Meinir Lloyd-Evans", "meinir.lloydevans@example.com"),

fb("eir", "S", "2025-08-05", """Anyone know if the council has tested Loch Ardenlea for that blue green algae this summer? saw signs up last year but nothing this year and the dog's been in twice. Would like to see the actual results if they exist""", "Lynsey Thomson", public=True),

em("eir", "E", "2026-05-28", """Hi,
I live on Chapel Brow and the traffic is constant. I understand the council has one of those little tube monitors on the lamp post near the junction. Can I have the readings from it for the last three years?
Thanks
Owen Blackledge""", "Owen Blackledge", "owen.blackledge@example.net"),

em("eir", "N", "2025-07-15", """I'm making a freedom of information request. How many noise complaints did the council receive about the Riverside Bar (Main Street) in 2024 and 2025, how many visits were made and were any noise abatement notices served?

Siobhan Gallen""", "Siobhan Gallen", "siobhan.gallen@example.org"),

em("eir", "E", "2026-07-10", """We are thinking of buying 3 Gasworks Lane. The surveyor mentioned the area used to be a gasworks. What does the council hold on contamination of the land there - site investigation reports, whether it's on your contaminated land register, any remediation?

Regards,
Tom & Harriet Penberthy""", "Harriet Penberthy", "penberthy.household@example.com"),

xx("eir", "W", "2027-07-08", """@council how much was actually recycled in the county last year, tonnes, not % - and where does the plastic end up? genuinely curious""", "@Rhys_ar_feic"),

em("eir", "S", "2026-08-12", """Hello,
Does the council hold any radon measurements for homes in the Kinloch Rannoch area? If so I'd like a summary of results (I don't need addresses).
Many thanks,
Ewan Robertson""", "Ewan Robertson", "ewan.robertson.kr@example.com"),

em("eir", "N", "2026-11-12", """To the council,

Please provide the number of fly-tipping incidents recorded in each DEA for 2025, the number of fixed penalties issued for fly-tipping and the cost of clearance.

Thank you,
Ruairí O'Kane
Ardmore House, Newry Road""", "Ruairí O'Kane", "ruairi.okane@example.net", address="Ardmore House, Newry Road"),

fb("eir", "E", "2027-11-05", """Quick q - what weedkiller do the council use on the pavements and in the play parks round here? is it glyphosate? and how many times a year. My little one is always touching everything. rebecca.holt82@example.com if easier""", "Becky Holt", public=False, email="rebecca.holt82@example.com"),

em("eir", "S", "2027-03-15", """FOISA request: copies of any tree survey or condition report carried out on the beech trees along the Lade Braes path in the last five years, and the reasons given for felling the two trees removed this winter.

Dr Isla Menzies""", "Isla Menzies", "isla.menzies@example.org"),

em("eir", "W", "2025-03-03", """Good morning. Knotweed has appeared along the back of the allotments off Heol Tŷ Coch. Does the council have a record of Japanese knotweed on council land in the Pencoed ward, and any treatment programme? Maps if you have them.
Ffion Harries""", "Ffion Harries", "ffion.harries@example.com"),

em("eir", "E", "2025-03-03", """I'd like the bat survey and ecology report submitted with the application for the new houses at Foxholes Farm (I can't find it on the planning portal), and any comments from your ecologist.

Simon Pickersgill""", "Simon Pickersgill", "s.pickersgill@example.net"),

em("eir", "N", "2027-03-01", """Dear Council
After the flooding on Ballycastle Road in October, what information do you have about the capacity and condition of the drains and gullies on that stretch? Inspection records, any CCTV drain surveys, planned works.
Brendan McAuley""", "Brendan McAuley", "brendan.mcauley@example.com"),

xx("eir", "S", "2026-03-02", """@council what are the carbon emissions from council buildings for 2025? is there a breakdown per building? (not a complaint, just a student project)""", "@uni_of_stirling_kat"),

em("eir", "E", "2026-06-25", """Hello, I'm a governor at Millbrook Primary. How much electricity and gas did the leisure centre next door use in the last two years, and how much did the solar panels generate? We're trying to put a similar case together.
Jenna Farrow""", "Jenna Farrow", "jenna.farrow@example.org"),

em("eir", "N", "2025-11-10", """Re: the incinerator at Crosshill Road industrial estate.
Please provide copies of emissions monitoring results you hold for this plant for 2024-25 and any inspection reports or breaches.
Neil Harkness, 31 Crosshill Park""", "Neil Harkness", "neil.harkness@example.net", address="31 Crosshill Park"),

fb("eir", "W", "2026-07-10", """A oes gan y Cyngor ganlyniadau profion ansawdd aer ger Ysgol y Ddraenen? Mae'r traffig yn y bore yn ofnadwy. Hoffwn weld y data.""", "Elin Thomas", public=True),

em("eir", "S", "2025-04-01", """We get our water from a private spring on the farm and I understand the council tests private supplies. Please can you send me the results of the last two tests on our supply (Balnacraig Farm, Aboyne) and any notes from the risk assessment.

Hugh Farquharson
Balnacraig Farm, Aboyne""", "Hugh Farquharson", "hugh.farquharson@example.com", address="Balnacraig Farm, Aboyne"),

em("eir", "E", "2025-12-10", """Freedom of Information: how much litter (in tonnes or bags) was collected from the beach at Sandhaven in the summer of 2025 compared with 2024, and how many litter bins are on the promenade?
- Claire Oduya""", "Claire Oduya", "claire.oduya@example.com"),

em("eir", "W", "2026-12-09", """Hi,
I'd like the dust monitoring results for Gwaith Caeau quarry, and any complaints the council logged about dust or blasting there in 2026.
Mererid Owen""", "Mererid Owen", "mererid.owen@example.net"),

xx("eir", "N", "2026-05-28", """@council is the water in the Lagan at the towpath safe? saw dead fish last wk. have yous any test results?""", "@towpath_tony", public=True),

em("eir", "S", "2027-08-10", """To whom it may concern,
Please provide any monitoring data you hold on landfill gas at the closed Kirkton tip, including readings from the boreholes nearest Kirkton Crescent, since 2022.
Alasdair Nairn""", "Alasdair Nairn", "alasdair.nairn@example.org"),

em("eir", "E", "2027-06-18", """Dear Sir,
What conditions were put on the wind turbine at Hill Top Farm about noise, and has the council received or carried out any noise monitoring since it went up? I'd like copies.
Yours, Geoffrey Aspinall""", "Geoffrey Aspinall", "g.aspinall@example.com"),

fb("eir", "N", "2025-03-03", """How many complaints about smoke from bonfires and wood burners did the council get last winter? Seems to be getting worse round Dromore every year""", "Pauline McCrory", public=True),

em("eir", "W", "2027-11-05", """Hello
Can you tell me the tree preservation orders that cover Parc Glas and the surrounding streets, with the plans showing which trees? The developer has been cutting back.
Bethan Morgan""", "Bethan Morgan", "bethan.morgan.parcglas@example.com"),

em("eir", "S", "2026-05-28", """Please can I have the screening opinion and any environmental impact assessment documents for the proposed battery storage site near Dunbar, and the consultation responses from SEPA that the council holds.
Keith Hogarth""", "Keith Hogarth", "keith.hogarth@example.net"),

em("eir", "E", "2025-07-15", """hi
how often is the water in the splash pad at Victoria Park tested and can I see the last few results. my son had a rash after going
thanks Chantelle Brookes""", "Chantelle Brookes", "chantelle.brookes@example.com"),

xx("eir", "E", "2026-11-12", """@council how many tonnes of food waste have the new caddies collected since they started? and what happens to it after?""", "@compost_kev"),
]
