# Thanks, praise, opinions, criticism of national policy, chat. Type NONE.
from s import em, fbp, fbd, xp, xd

S, W, N, E = "SCOTLAND", "WALES", "NORTHERN_IRELAND", "ENGLAND"

ROWS = [
    ("Just wanted to say the bin crew on Elm Road are brilliant, always put the bins back tidy and wave at my lad. Thank you!", fbp("Jo Brewster"), None),
    ("Massive thanks to the lady in the registrar's office who helped us last week. She was so kind when we registered Dad's death.", fbp("Sharon Whittaker"), None),
    ("The government's cut to council funding is a disgrace, councils are being set up to fail", xp("@localgovfan"), None),
    ("Park looks gorgeous this year, well done to the gardeners 🌸🌷", fbp("Elaine Broadbent"), None),
    ("Westminster should never have scrapped the housing target. Nothing the council can do about it but it's madness", fbp("Neil Tranmer"), E),
    ("Fair play to the gritters last night, roads were spot on this morning 👏", fbp("Huw Rees"), W),
    ("Is it just me or is the new council website actually decent for once", xp("@webnerd_tom"), None),
    ("Happy Christmas to all the staff working over the holidays ❤️", fbp("Mary-Rose Quinn"), N),
    ("Sorted! The repair man came this morning and the boiler's working. Thanks for being so quick.", fbd("Bev Linley"), None),
    ("Holyrood needs to give councils proper powers over tourism tax, the whole thing's a fudge", xp("@scotpolitics_anna"), S),
    ("council tax is too high full stop. same everywhere though", fbp("Roy Crompton"), None),
    ("Lovely to see the library full of kids for the summer reading challenge. Brought back memories", fbp("Patricia Oddie"), None),
    ("what a gorgeous sunset over the harbour tonight, this town 😍", xp("@harbourlights"), None),
    ("The 2 child benefit cap is cruel and the council should say so publicly", fbp("Naomi Ayling"), None),
    ("thanks for replying so fast yesterday, really appreciated 🙂", xd("@quickreply_fan"), None),
    ("Big shout out to Jas at the customer services desk. Sorted my mum's council tax in 10 minutes after months of letters from the DWP side of things.", fbp("Harjit Sandhu"), E),
    ("Fireworks last night were the best in years, whoever picked the music deserves a pay rise 🎆", fbp("Gemma Lowe"), None),
    ("Stormont's been useless for years, no wonder the roads are like they are", fbp("Brendan Mallon"), N),
    ("Well done to everyone who organised the Windrush Day celebration in the square yesterday. Proper vibes, my nan loved it.", fbp("Marcia Bennett"), E),
    ("Can't believe it's bin day again already. Where does the week go", xp("@weekflies"), None),
    ("Government should fund adult social care properly instead of leaving it to council tax. Rant over.", fbp("Sue Peplow"), None),
    ("Diolch to the team who fixed the bench by the river, it was falling apart for ages and now it's lovely", fbp("Nia Watkin"), W),
    ("Good luck to the council team running the 10k on Sunday! 🏃", xp("@runclub_ken"), None),
    ("I think the council's doing its best with what it's got tbh. People moan too much on here", fbp("Stella Riley"), None),
]
