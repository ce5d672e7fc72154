from common import em, fb, xx

ROWS = [
em("sar", "S", "2025-11-01", """Hi there,

My late dad's not the issue here, it's me. When I was 14 I was placed with foster carers in Galashiels for about two years (roughly 1998-2000). I've never seen anything the social work department wrote about me during that time and I'd like copies of all of it please - the case notes, reviews, whatever there is. I'm 41 now and trying to piece things together.

Thanks,
Morven Achterlonie
Flat 2, 17 Tweedbank Brae""", "Morven Achterlonie", "morven.achterlonie@example.net", address="Flat 2, 17 Tweedbank Brae"),

em("sar", "S", "2025-12-02", """Under FOISA I am asking for the full record of my housing application, including the points assessment and the medical form my GP sent in. My application ref is HA/2291/K.

Eilidh NicLeòid""", "Eilidh NicLeòid", "eilidh.nicleoid@example.org"),

fb("sar", "N", "2025-06-14", """I need the footage off the camera at the leisure centre car park from last Tuesday night between 9 and 10, it's my car that got keyed and me standing beside it shouting so I know I'm on it. Need it for insurance. Can yous send it or keep it for me to collect""", "Ciaran Mulholland", public=False),

em("sar", "N", "2026-02-17", """To whom it may concern

I was employed in your Parks section from 2019 until March last year. I would like a copy of my personnel file, including the notes from the two disciplinary meetings and any emails between my line manager and HR that mention me by name.

Please send to this address.

Regards
Roisin Fegan""", "Roisin Fegan", "rfegan.home@example.com"),

em("sar", "S", "2026-05-15", """Good afternoon. I phoned the council tax line on three occasions in April about my single person discount and I was told something different each time. I understand the calls are recorded. Could I have the recordings of my own calls please, and any notes put on my account afterwards. Account no. 70044812.
Mr Hamish Tulloch, 4 Kirkgate, Lerwick""", "Hamish Tulloch", "h.tulloch@example.net", address="4 Kirkgate, Lerwick"),

xx("sar", "N", "2027-06-12", """@council your civil enforcement officer had a body camera on when he ticketed me on Bridge St today. I want a copy of that video of me. How long do yous keep it?""", "@lurganlass88"),

em("sar", "S", "2027-10-30", """Dear Sir/Madam,

Please send me everything the Council holds about me. I mean everything: housing, council tax, the complaint I made in 2022 about the school transport, emails, whatever. I have reason to think a member of staff has been discussing my family with a neighbour and I want to see what's on file.

Gregor Baillie
22 Mill Wynd, Stranraer""", "Gregor Baillie", "gregorbaillie@example.com", address="22 Mill Wynd, Stranraer"),

em("sar", "E", "2026-01-31", """hello i was told by the lady on reception to email this in. i want the notes the social worker made about me and my kids at the meetings in november and december, i was never given a copy and i dont agree with what was said. my name is Kayleigh Rudd, date of birth 03/09/1996.""", "Kayleigh Rudd", "kayleigh.rudd96@example.com"),

em("sar", "W", "2025-01-30", """Annwyl Syr/Fadam,

Hoffwn gael copi o'r holl wybodaeth sydd gan y Cyngor amdanaf i, yn enwedig y nodiadau a wnaed pan wnes i gais am grant addasiadau i'r anabl yn 2023.

Yn gywir,
Gwenllian Prydderch""", "Gwenllian Prydderch", "gwenllian.prydderch@example.org"),

em("sar", "E", "2027-03-31", """I'd like to know what personal data about me you passed to the bailiffs in January, and a copy of whatever notes and letters are on my council tax file for 2025 to date. I am not disputing the debt at this stage, I just want to see what's held.

Daniel Okonjo-Pryce""", "Daniel Okonjo-Pryce", "dokonjopryce@example.net"),

fb("sar", "S", "2026-07-03", """Could you send me a print out of my membership history for the pool, i.e. dates I swiped in since January? need it for a physio thing. thanks""", "Fiona Strachan", public=False),

em("sar", "E", "2026-07-03", """Re: my son Tyler Braithwaite (aged 9)

I have parental responsibility. Please provide copies of all records held by the Children's Services team relating to Tyler and to me, including the referral from his school in spring term and the assessment that followed. I'll collect in person if needed.

Thank you
Shona Braithwaite
41 Ferncliffe Road""", "Shona Braithwaite", "shona.b@example.com", address="41 Ferncliffe Road"),

em("sar", "N", "2025-02-17", """FOI request - I want all complaints received by Environmental Health about noise from my property at 9 Glenview Park since I moved in (2021). Somebody has been reporting my dog and I'd like to see what they've said about me and what your officers wrote down when they visited.

Aidan Corr
9 Glenview Park""", "Aidan Corr", "aidan.corr@example.org", address="9 Glenview Park"),

em("sar", "E", "2025-02-17", """Hi, I'm one of your taxi drivers (badge 1187). I'd like copies of the licensing file you hold on me including the DBS outcome letter and the notes of my knowledge test. Moving to another area and want my paperwork together.
Cheers
Faisal Mirza""", "Faisal Mirza", "faisal.mirza.cabs@example.com"),

em("sar", "W", "2026-03-06", """Subject: info you hold on me

I applied for a blue badge in January and was turned down. The letter says an "independent assessment" was done but nobody assessed me. Could I please see the assessment, the notes, and anything else on my application. Ref BB-44127.

Mrs Carys Bevan, 3 Heol y Felin, Pontarddulais""", "Carys Bevan", "carys.bevan@example.net", address="3 Heol y Felin, Pontarddulais"),

em("sar", "S", "2026-03-06", """Can you send me a copy of my own tenancy file please, everything from when I signed up in 2017 to now including the repairs history and any notes about antisocial behaviour reports (I was told there's "a note" on my file and I'd like to know what it says).

Kind regards
Iona Fairlie""", "Iona Fairlie", "iona.fairlie@example.com"),

fb("sar", "E", "2026-11-28", """Hi I emailed last week but no reply. I need the recording of me from the CCTV in the town centre on Saturday 21st around 11pm I was assaulted outside the kebab shop on Sheep Street and the police told me to ask the council. My email is jordan.ashworth@example.com""", "Jordan Ashworth", public=False, email="jordan.ashworth@example.com"),

em("sar", "S", "2026-10-30", """I am making a request under the Freedom of Information (Scotland) Act. I want copies of all emails between Councillor Ruthven and council officers which mention me by name (I run The Old Smiddy Café, Kelso) from 1 January 2026 to date.

Lorna Pettigrew
The Old Smiddy Café, Kelso""", "Lorna Pettigrew", "hello.oldsmiddy@example.com", address="The Old Smiddy Café, Kelso"),

xx("sar", "N", "2026-06-13", """what does the council actually have on file about me?? every time I ring about my bins they know all sorts. I want to see it""", "@Declan_Mc_", public=True),

em("sar", "W", "2025-07-25", """Dear Data Protection Officer

I attended a meeting with your adult social care team on 2 July regarding my mother's care package. I am her appointee but this request is for MY information: the notes of that meeting record things I am supposed to have said, and I would like a copy of any records in which I am named or described, including the meeting minutes and the case file entries about me.

Yours faithfully
Rhodri Vaughan-Jenkins""", "Rhodri Vaughan-Jenkins", "rhodri.vj@example.org"),

em("sar", "S", "2025-07-25", """Hiya, can I get a copy of the reports the school's educational psychologist wrote about me? I left Ardnish High in 2023. I'm 18 so I'm asking for myself. Seonaidh MacAskill""", "Seonaidh MacAskill", "seonaidh.macaskill@example.net"),

em("sar", "S", "2025-07-04", """Please supply all information you hold about me relating to my application for a short-term let licence (ref STL/0921), including internal emails and the objection letters in the form they were held about me.
T. Galbraith
Tormod Galbraith""", "Tormod Galbraith", "t.galbraith@example.com"),

em("sar", "E", "2025-10-31", """Hello,

Your enforcement officer filmed me on his phone when I was putting my bags out on the wrong day last month in Clayton Road. I was then sent a fixed penalty. I'd like the footage, his notes and the photos that were taken of me, please.

Best
Priya Ramaswamy""", "Priya Ramaswamy", "priya.ramaswamy@example.com"),

fb("sar", "N", "2027-02-17", """Hi, how do I see the notes yous have about me from when I was in the homeless hostel on the Shore Rd? I want the whole file. I'm on messenger or ye can write to me at 12b Carnmoney Walk""", "Stacey-Ann Bleakley", public=False, address="12b Carnmoney Walk"),

em("sar", "E", "2027-02-26", """FOI REQUEST
I want a copy of every piece of information you hold on me - Mr Leonard Ashby, 7 Bourne Close. Including the notes made by the officer who visited about my garden fence, the letter from my neighbour about me, and the emails. Freedom of information act says you have to.""", "Leonard Ashby", "len.ashby@example.net", address="7 Bourne Close"),

em("sar", "S", "2027-02-26", """Halò. I'm writing from Barraigh. I need copies of my own records from the home care service - the visit logs and the care plan - because the carers' times on the plan don't match what actually happens.
Catrìona Nic an t-Saoir""", "Catrìona Nic an t-Saoir", "catriona.saoir@example.org"),

em("sar", "W", "2027-01-29", """I'd like a copy of the occupational therapist's report on my bathroom adaptation and any notes on my file about why the walk-in shower was refused. My details: Alun Griffiths, 28 Stryd Fawr, Bala.""", "Alun Griffiths", "alun.griffiths@example.com", address="28 Stryd Fawr, Bala"),

em("sar", "E", "2025-12-25", """Merry Christmas to whoever reads this in the new year! I want a copy of my library borrowing record and anything else the library service holds on me (I think someone has been using my card). Card number ends 4471.
Bernadette Cole""", "Bernadette Cole", "bernie.cole@example.net"),

em("sar", "S", "2026-12-02", """Hi,
Requesting under freedom of information: copies of the letters and notes on my Crisis Grant applications from 2024 and 2026 (both refused) and the decision reasoning written about me.
Jamie Lennox""", "Jamie Lennox", "jamie.lennox@example.com"),

fb("sar", "N", "2025-08-31", """Good evening. My details were on the electoral register under my old married name and I think they still are. Can the council tell me exactly what personal information you hold on me on the register and whether I'm on the open version? You can reach me at marian.devlin@example.net""", "Marian Devlin", public=False, email="marian.devlin@example.net"),
]
