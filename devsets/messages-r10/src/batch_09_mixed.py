from common import em, fb, xx

ROWS = [
xx("complaint", "S", "2026-09-28", """I'd like to make a formal complaint. Your housing officer told me on the 3rd she'd arrange a decant while the damp works are done. Nothing since, no calls returned, and the mould's back in the bairn's room""", "@motherwell_mandy", public=False),

xx("sar", "E", "2027-04-30", """hi, when I rang about my housing benefit yesterday the guy said he'd "put a note on". can I see what he wrote about me? and the call recording if there is one""", "@tashaj_91", public=False),

xx("eir", "N", "2027-06-21", """Hi - do yous have the air quality readings for Dublin Road near the school gates? Want the last 2 yrs. You can email me at grace.mcilroy@example.com. Thanks, Grace McIlroy""", "@grace_mcilroy", public=False, name="Grace McIlroy", email="grace.mcilroy@example.com"),

xx("service_question", "W", "2026-01-26", """shwmae, just moved into a new build on Parc Llewelyn, no bins yet. how do I order them?""", "@newbuild_nia", public=False),

xx("complaint_and_request", "W", "2025-10-14", """This is a complaint. Your school admissions team lost our appeal form & we missed the hearing date. Nobody rang. I want to know how many appeal forms went missing this year. Email bethan.ap.iorwerth@example.org - Bethan ap Iorwerth""", "@bethan_api", public=False, name="Bethan ap Iorwerth", email="bethan.ap.iorwerth@example.org", typ="FOI"),

em("complaint", "S", "2025-12-22", """Complaint - missed collections, Braeside Avenue, Kirkcaldy.

Grey bin missed 1 Dec, 8 Dec and 15 Dec. Each time reported on the app. Each time "completed". It's still full. Please escalate.

Neil Forsyth""", "Neil Forsyth", "neil.forsyth@example.net"),

em("sar", "W", "2026-04-30", """Hello,
I gave a statement to your anti-social behaviour officer in March about the people next door. I'd like a copy of my own statement, and anything written down about me afterwards - I've heard the neighbours have said things about me too and I want to know what's on the file.
Andrea Pugh
9 Clos y Wern""", "Andrea Pugh", "andrea.pugh@example.com", address="9 Clos y Wern"),

fb("other", "N", "2027-09-13", """Not a complaint at all, just wanted to say the lads who emptied the brown bins on Cairnshill this morning did a great job in the rain 👍""", "Ivan Stevenson", public=True),

em("eir", "S", "2025-12-22", """Please could you send me copies of the inspection reports and any sampling results for the septic tank discharge into the burn at Kilmory in 2025? There's been a smell all autumn.
Fergus Lamont""", "Fergus Lamont", "fergus.lamont@example.com"),

em("eir", "W", "2026-05-28", """Hi, I want to know what the council found when it investigated the oil spill into the Afon Cynon behind the industrial estate in April - any test results, reports, and whether anyone has been told to clean it up.
Lee Hamer""", "Lee Hamer", "lee.hamer@example.org"),

fb("foi", "W", "2027-06-14", """Cais ffurfiol: faint o gwynion a dderbyniodd y cyngor am oedi gyda thrwyddedau parcio yn 2026? E-bost: osian.lewis@example.net""", "Osian Lewis", public=False, email="osian.lewis@example.net"),
]
