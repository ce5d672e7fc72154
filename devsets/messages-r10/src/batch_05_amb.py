from common import em, fb, xx

ROWS = [
fb("ambiguous", "W", "2025-04-22", """How much did the new roundabout at Cross Hands actually cost in the end? heard it went way over""", "Siân Davies", public=True),

xx("ambiguous", "N", "2025-05-19", """@council how many parking tickets did yous give out on Market St last month? feels like hundreds lol""", "@newry_nic"),

fb("ambiguous", "S", "2025-09-08", """Just wondering how many folk actually use the mobile library van now? It never seems to stop in Gairloch anymore""", "Donald Mackenzie", public=False),

xx("ambiguous", "E", "2025-10-20", """@council out of interest how many people work for the council? is it more or less than 5 years ago?""", "@stevenage_si"),

fb("ambiguous", "W", "2025-11-24", """Faint mae'r cyngor yn talu am yr ŵyl haf bob blwyddyn? Jyst yn chwilfrydig""", "Gwion Parry", public=True),

fb("ambiguous", "N", "2026-01-19", """Is there a figure for how many people came to the Christmas market this year? Seemed quieter to me""", "Tracey McNeill", public=True),

xx("ambiguous", "S", "2026-02-09", """@council how many new council houses have you actually built in Perth since 2022? genuine q""", "@perthshire_pete", public=False),

em("ambiguous", "E", "2026-04-13", """Hi,
Just a quick one - do you know how many applications you've had for the household support fund this round? Wondering if it's worth me applying or if it's all gone.
Thanks, Amira""", "Amira Saleh", "amira.saleh@example.com"),

fb("ambiguous", "W", "2026-06-08", """How many people have signed up for the garden waste this year? We're thinking of getting it but someone said the rounds are full""", "Rhian Powell", public=False),

xx("ambiguous", "N", "2026-09-21", """@council what's the average wait for a housing adaptation assessment at the minute? asking for my granda""", "@bangor_beth"),

fb("ambiguous", "E", "2026-10-12", """Who decided to paint the bollards on the high street purple and how much did it cost? 😂""", "Gary Pilkington", public=True),

xx("ambiguous", "S", "2026-11-16", """@council how many school crossing patrollers are there now? used to be one at every primary in Falkirk""", "@bairnsmum"),

em("ambiguous", "W", "2027-01-18", """Hello
I'm doing a school project on our town. How many people live in Newtown and how many go to the leisure centre each week? Thank you!
Elis (Year 8) via mum's email""", "Nerys Elis", "nerys.elis@example.net"),

fb("ambiguous", "N", "2027-04-12", """How many staff does the council have working on the planning applications? Mine's been sitting there 14 weeks, just wondering what the set up is""", "Colm Trainor", public=False),

xx("ambiguous", "E", "2027-05-17", """@council how much does it cost to run the park and ride per year? the buses are always empty when I drive past""", "@derbyshire_dale"),

fb("ambiguous", "S", "2027-09-20", """How many weddings did the registrar do at the castle last year? We're looking at booking and want to know how busy it gets""", "Kirsten Boyle", public=True),
]
