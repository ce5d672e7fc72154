# Service requests, first reports and questions without dissatisfaction (complaint near misses). Type NONE.
from s import em, fbp, fbd, xp, xd

S, W, N, E = "SCOTLAND", "WALES", "NORTHERN_IRELAND", "ENGLAND"

ROWS = [
    ("Hi, our green bin wasn't emptied this morning on Larch Grove. Could someone come back for it please? Thanks", fbd("Wendy Hollis"), None),
    ("Street light out opposite 12 Rowan Way, just letting you know", fbp("Joe Platt"), None),
    ("Someone's dumped a mattress and a fridge by the garages on Tern Close. Can it be picked up?", xp("@ternclose_jo"), None),
    ("Could I book a bulky waste collection for an old sofa please? What's the cost?", em("Irene Cope", "irenecope@example.com"), None),
    ("Somebody's dumped a load of old tyres just past the bus stop on Ballyhackett Road. Can yous get them lifted", fbp("Dermot Keane"), N),
    ("How do I make a freedom of information request? Is there a form or do I just email someone?", fbp("Lauren Ibbotson"), None),
    ("What day is my recycling now? Just moved to Wren Street", xp("@newtowren"), None),
    ("Hiya, who do I speak to about getting a dropped kerb? Cheers", fbd("Becky Thornton"), None),
    ("Massive party at no. 9 again, music still going at 1am. Can someone from noise come out?", xd("@cantsleep_lg"), None),
    ("Can I pay my council tax in 12 instalments instead of 10? Account in my name, 4 Oak Mews. Carl Hynes", em("Carl Hynes", "carlhynes@example.net"), None),
    ("Our wee bin's got a crack in the lid, how do we get a new one?", fbp("Isla Henderson"), S),
    ("Is the tip open on Easter Monday?", fbp("Eddie Marsden"), None),
    ("A tree's come down across the footpath in Pennant Woods after the wind last night. Thought you should know", fbp("Gethin Price"), W),
    ("where do I apply for a residents parking permit? can't find it on the website", xp("@permitplease"), None),
    ("Hello, I'd like to register my daughter for a school place for September. What's the deadline?", em("Amira Haddad", "amirahaddad@example.com"), None),
    ("Dead fox on the pavement on Cliff Road near the chemist. Can someone shift it please", fbd("Pam Ridgeway"), None),
    ("how do i ask for a copy of my own records? who do i write to", xd("@curious_cal"), None),
    ("Can you tell me what time the council meeting starts on Thursday and whether the public can attend?", em("Tony Shah", "tonyshah@example.org"), None),
    ("Graffiti on the underpass by the station, looks new. Few tags, one a bit rude. Could it be cleaned?", xp("@stationwalker"), None),
    ("Hi there, is there any help with the cost of school uniforms? Money's tight this year", fbd("Kelly Marr"), S),
    ("Water's pouring out of a drain cover on Moss Lane, think something's burst. First time I've seen it", fbp("Alison Keyes"), None),
    ("Could someone check the swings in Jubilee park? One of the chains looks worn through", fbp("Dave Ormerod"), None),
    ("Hi, can I get an assisted bin collection for my dad? He's 88 and can't manage the bins now. Address is 7 Ash Walk. Gillian Foy", em("Gillian Foy", "gillianfoy@example.com"), None),
    ("What documents do I need to bring to register a death? Mum died yesterday at home.", fbd("Rachel Kemp"), None),
    ("Is there a bus from the town centre to the new crematorium? Need to get there Friday", fbp("Nora Flynn"), N),
    ("Loose paving slab outside the Co-op on Main St, someone's going to trip", xp("@mainst_mike"), S),
    ("Can I put a skip on the road outside my house for a week? Do I need a licence?", em("Luke Ashby", "lukeashby@example.com"), None),
    ("Hi, I've got a wasps nest in my loft. Do you still do pest control and how much is it?", fbd("Trevor Gill"), None),
    ("Am I entitled to the single person discount if my son's 19 and at uni?", fbp("Debbie Spence"), None),
    ("Shopping trolleys dumped in the brook behind Cranbrook Ave, 3 of them. Could they be fished out?", fbp("Howard Frost"), None),
    ("Please can you send me a new garden waste sticker, I've paid but it never came with the letter. Ref GW-55821. Yvette Moran", em("Yvette Moran", "yvettemoran@example.co.uk"), None),
    ("Hello, what's the process for objecting to a planning application? There's one for next door", fbd("Ifor Davies"), W),
]
