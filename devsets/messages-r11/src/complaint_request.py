# Requests (SAR, EIR, FOI) that also complain about a service failure. complaint true.
from s import em, fbp, fbd, xp, xd

S, W, N, E = "SCOTLAND", "WALES", "NORTHERN_IRELAND", "ENGLAND"

# (type, text, sender, jurisdiction or None)
ROWS = [
    ("SAR", "Your housing officer has been rude to me on three visits and then said I was 'aggressive'. I want copies of every note she's written about me so I can see what she's saying. Kayleigh Birch", em("Kayleigh Birch", "kayleighbirch@example.com"), None),
    ("SAR", "Asked for my social care file in February. Nothing. Asked again in April, nothing. I'm asking a third time — send me my records and explain why you've ignored me. Lorna Baxter", em("Lorna Baxter", "lornabaxter@example.org"), S),
    ("SAR", "I was promised a call back about my housing application four times and never got one. Please send me the call logs and notes on my account so I can see whether anyone even tried. Femi Adebayo", em("Femi Adebayo", "femiadebayo@example.com"), None),
    ("SAR", "You lost my tenancy documents twice. I want a full copy of everything on my tenancy file now, before you lose the rest. Gary Tonks, 18 Ferndale Close", em("Gary Tonks", "garytonks@example.net", "18 Ferndale Close"), None),
    ("SAR", "The CCTV officer was dismissive when I asked on the phone, so I'm putting it in writing: send me the footage of me being knocked off my bike at the Lowther St junction on 2 Oct. It's been 3 weeks of runaround. Shane Corr", em("Shane Corr", "shanecorr@example.com"), N),
    ("SAR", "Sick of chasing. Your SEN team missed every deadline for my daughter's plan. I want all the emails and notes about her (she's 9, I'm her mum) so I can see where it went wrong. Emma Kirkby", em("Emma Kirkby", "emmakirkby@example.com"), None),
    ("SAR", "ur staff keep losing my docs for the council tax reduction. send me whatever you've actually got on my account bc i dont believe you have anything", xd("@jk_broke"), None),
    ("SAR", "The recording of my call last Tuesday will show your adviser laughed at me and put the phone down. Send me the recording. I'm disgusted. Winston Clarke", em("Winston Clarke", "winstonclarke@example.org"), None),
    ("EIR", "The drain outside ours has overflowed four times since August and your drainage team never came out like they promised. Send me the flooding and drainage records you hold for Sycamore Drive. Pauline Waddington", em("Pauline Waddington", "paulinewaddington@example.com"), None),
    ("EIR", "I've reported the fly-tipping on Coal Lane six times and you've done nothing. Send me the records of every report and what action was taken on each one. Vince Hardy", em("Vince Hardy", "vincehardy@example.net"), None),
    ("EIR", "The noise from the generator at your depot goes on till 2am and my reports are ignored. Please send any noise readings you've taken there and the log of reports. Sheena Holt", em("Sheena Holt", "sheenaholt@example.com"), S),
    ("EIR", "You promised the algae in the boating lake would be dealt with before the summer. Dog nearly died. Send me the test results and the treatment records. Useless. Bryn Jones", em("Bryn Jones", "brynjones@example.org"), W),
    ("EIR", "Nobody has answered a single email about the smoke from the bonfires at the allotments in 2 months. I want whatever monitoring or inspection records you have. Diane Ferguson", em("Diane Ferguson", "dianeferguson@example.com"), N),
    ("FOI", "My planning application is 14 weeks late and nobody returns my calls. How many applications in 2025 missed the 8 week target? I want the figure. Raymond Quayle", em("Raymond Quayle", "raymondquayle@example.com"), None),
    ("FOI", "Been waiting 18 months on the housing list with no contact at all. Please tell me how many households are on the list and how many were housed last year, because something is badly wrong. Adaeze Eze", em("Adaeze Eze", "adaeze.eze@example.com"), None),
    ("FOI", "Third month in a row the library's been shut without notice on a Saturday. Send me the staffing rota and the number of unplanned closures this year. Not good enough. Hugh Bannister", em("Hugh Bannister", "hughbannister@example.co.uk"), None),
    ("FOI", "The pothole I reported twice on Ivy Lane wrecked my tyre and your claims team hasn't replied in 10 weeks. How many pothole claims were paid out in 2025 and what's the average time to decide? Stephen Vickers", em("Stephen Vickers", "stephenvickers@example.com"), None),
    ("FOI", "Yer school transport never turned up for my wee one three mornings running and naebody told us. Send me the contract with the bus firm and the missed-journey figures. Lorraine Devine", em("Lorraine Devine", "lorrainedevine@example.com"), S),
]
